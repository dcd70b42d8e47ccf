import {
  readSlice,
  type StoplichtGameState,
  statementText,
  stoplichtspel,
} from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import { useArrivalControl } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'

/** Which round is on and whether it is open or revealed; '' when none. */
function roundKey(game: StoplichtGameState | null): string {
  const current = game?.current
  return current ? `${current.boxId}:${current.status}` : ''
}

/**
 * What a screen reader should hear when the round changes: the new statement when a round
 * opens, the result when it is revealed. Only changes seen while the page is open are
 * announced, not the state found on arrival, which the page itself shows. The comparison
 * starts from the state the page arrived with, not from this part's first render: the
 * exercise's code may load after the facilitator already opened the round.
 */
export function useRoundAnnouncement(game: StoplichtGameState | null): string {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const [message, setMessage] = useState('')
  const current = game?.current ?? null
  const key = roundKey(game)
  const arrivalKey = useArrivalControl((control) => roundKey(readSlice(control, stoplichtspel)))
  const previous = useRef<string | null>(null)

  useEffect(() => {
    // Before the state has arrived, nothing can have changed.
    if (arrivalKey === null) return
    const before = previous.current ?? arrivalKey
    previous.current = key
    if (before === key || !game || !current) return
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
  }, [key, arrivalKey, game, current, t, language])

  return message
}
