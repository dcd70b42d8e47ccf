import { MAX_STATEMENTS, type Statement, stoplichtspel } from '@reflectiebord/shared'
import { useSlice } from '../../control/ControlStoreContext.tsx'
import { type CommandRunner, useCommand } from '../../control/useCommand.ts'

export interface StatementSetup {
  /** The statements as the server has them now (empty before the game is set up). */
  statements: Statement[]
  /** Sends the whole new list; false when refused (the error shows via `command`). */
  apply(next: Statement[]): Promise<boolean>
  command: CommandRunner
}

const noStatements: Statement[] = []

/** Every list edit is one `stoplicht.setup` with the whole list: the server keeps results. */
export function useStatementSetup(): StatementSetup {
  const command = useCommand()
  const statements = useSlice(stoplichtspel)?.statements ?? noStatements
  const apply = async (next: Statement[]) => {
    if (next.length === 0 || next.length > MAX_STATEMENTS) return false
    return command.run({ type: 'stoplicht.setup', statements: next })
  }
  return { statements, apply, command }
}
