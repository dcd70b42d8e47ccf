import { type StoplichtGameState, statementText } from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'

/**
 * What a screen reader should hear when the round changes: the new statement when a round
 * opens, the result when it is revealed. Only changes seen while the page is open are
 * announced, not the state found on arrival, which the page itself shows.
 */
export function useRoundAnnouncement(game: StoplichtGameState | null): string {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const [message, setMessage] = useState('')
  const current = game?.current ?? null
  const key = current ? `${current.boxId}:${current.status}` : ''
  const previous = useRef<string | null>(null)

  useEffect(() => {
    const before = previous.current
    previous.current = key
    // First render: nothing has changed yet.
    if (before === null || before === key || !game || !current) return
    if (current.status === 'open') {
      const statement = game.statements.find((s) => s.id === current.statementId)
      const text = statement ? statementText(statement.text, language) : ''
      // One full stop after the statement, not two ("… eruitzien.. Kies").
      setMessage(t('vote.opened', { statement: /[.!?]$/.test(text) ? text : `${text}.` }))
      return
    }
    const result = game.results[current.statementId]?.find((r) => r.round === current.round)
    if (result) {
      setMessage(
        t('vote.announce', {
          groen: result.tally.groen,
          oranje: result.tally.oranje,
          rood: result.tally.rood,
        }),
      )
    }
  }, [key, game, current, t, language])

  return message
}
