import { useState } from 'react'
import { type Editor, useValue } from 'tldraw'
import { CommandError } from '../../control/CommandError.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { REDACTED_META } from './casusModel.ts'
import { useCasusT } from './messages.ts'

/**
 * For facilitators: blank out the selected note for everyone (a family's name slipped in).
 * The server replaces the text and compacts the board so the old text leaves its database;
 * every browser then forgets its undo history (see `useForgetRedactedText`).
 */
export function RedactButton({ editor }: { editor: Editor }) {
  const m = useCasusT()
  const command = useCommand()
  const [done, setDone] = useState(false)
  const noteId = useValue('casus:redactable-note', () => {
    const shape = editor.getOnlySelectedShape()
    if (shape?.type !== 'note' || shape.meta[REDACTED_META] === true) return null
    return shape.id
  }, [editor])

  const redact = async () => {
    if (!noteId || !window.confirm(m('redact.confirm'))) return
    setDone(false)
    if (await command.run({ type: 'board.redact', shapeId: noteId })) setDone(true)
  }

  return (
    <>
      {noteId ? (
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="casus-redact"
          aria-label={m('redact.label')}
          aria-busy={command.busy}
          onClick={() => void redact()}
        >
          <span aria-hidden="true">▇ </span>
          {m('redact.button')}
        </button>
      ) : null}
      <span className="visually-hidden" role="status" data-testid="casus-redact-status">
        {done ? m('redact.done') : ''}
      </span>
      <CommandError error={command.error} />
    </>
  )
}
