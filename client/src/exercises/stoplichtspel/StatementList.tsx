import type { StoplichtGameState } from '@reflectiebord/shared'
import { useEffect, useState } from 'react'
import { CommandError } from '../../control/CommandError.tsx'
import { roundsPlayed } from './gameProgress.ts'
import { useStoplichtT } from './messages.ts'
import { StatementRow } from './StatementRow.tsx'
import { moveStatement, removeStatement, replaceText } from './statementEdits.ts'
import { useOpenStatement } from './useOpenStatement.ts'
import { useStatementSetup } from './useStatementSetup.ts'

/** The game's statements, in play order, each editable, movable and openable for voting. */
export function StatementList({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const { statements, apply, command } = useStatementSetup()
  const open = useOpenStatement()
  // After a move the row's DOM node moves too, which drops focus: put it back.
  const [refocus, setRefocus] = useState<{ id: string; up: boolean } | null>(null)
  const order = statements.map((s) => s.id).join(' ')

  // biome-ignore lint/correctness/useExhaustiveDependencies: run when the order arrives from the server
  useEffect(() => {
    if (!refocus) return
    const index = statements.findIndex((s) => s.id === refocus.id)
    const preferred =
      refocus.up && index > 0
        ? 'up'
        : !refocus.up && index < statements.length - 1
          ? 'down'
          : refocus.up
            ? 'down'
            : 'up'
    document
      .querySelector<HTMLButtonElement>(`[data-testid="stoplicht-move-${preferred}-${refocus.id}"]`)
      ?.focus()
    setRefocus(null)
  }, [order])

  const current = game.current
  const roundOpen = current?.status === 'open'

  const tallyText = (statementId: string) =>
    (game.results[statementId] ?? [])
      .map((r) =>
        t('panel.roundShort', {
          round: r.round,
          tally: t('panel.tallyShort', { ...r.tally }),
        }),
      )
      .join('; ')

  const statusOf = (statementId: string) => {
    if (current?.statementId === statementId) {
      return current.status === 'open'
        ? t('panel.statusOpen', { round: current.round })
        : `${t('panel.statusRevealed', { round: current.round })}: ${tallyText(statementId)}`
    }
    return roundsPlayed(game, statementId) > 0
      ? t('panel.statusPlayed', { rounds: tallyText(statementId) })
      : t('panel.statusNotPlayed')
  }

  const remove = (statementId: string, number: number) => {
    const hasWork =
      roundsPlayed(game, statementId) > 0 || (game.notes[statementId]?.length ?? 0) > 0
    if (hasWork && !window.confirm(t('panel.removeConfirm', { number }))) return
    void apply(removeStatement(statements, statementId))
  }

  return (
    <div className="statement-list">
      <h4 className="statement-list__heading">
        {t('panel.statementsHeading', { count: statements.length })}
      </h4>
      <p className="muted panel-section__hint">{t('panel.editHint')}</p>
      <ol className="statement-list__items">
        {statements.map((statement, index) => (
          <StatementRow
            key={statement.id}
            statement={statement}
            index={index}
            count={statements.length}
            status={statusOf(statement.id)}
            isCurrent={current?.statementId === statement.id}
            played={roundsPlayed(game, statement.id) > 0}
            openDisabled={roundOpen}
            removeDisabled={roundOpen && current?.statementId === statement.id}
            onSaveText={(text) => apply(replaceText(statements, statement.id, text))}
            onMove={(to) => {
              setRefocus({ id: statement.id, up: to < index })
              void apply(moveStatement(statements, index, to))
            }}
            onRemove={() => remove(statement.id, index + 1)}
            onOpen={() => void open.open(statement.id)}
          />
        ))}
      </ol>
      <CommandError error={command.error ?? open.command.error} />
    </div>
  )
}
