import { type CommandRunner, useCommand } from '../../control/useCommand.ts'

/** Opens a voting round on a statement (its next round if it was voted on before). */
export function useOpenStatement(): {
  open(statementId: string): Promise<boolean>
  command: CommandRunner
} {
  const command = useCommand()
  return {
    open: (statementId) => command.run({ type: 'stoplicht.open', statementId }),
    command,
  }
}
