import { useEffect, useRef, useState } from 'react'
import { useSessionId } from '../../control/ControlStoreContext.tsx'
import { ShieldIcon } from '../../icons.tsx'
import { readStored, writeStored } from '../../state/storage.ts'
import { useCasusT } from './messages.ts'

const seenKey = (sessionId: string) => `casus-privacy-seen:${sessionId}`

/**
 * Once per session and browser, when a case discussion starts: no names, no recognisable
 * details of families. A modal dialog, so it is read before the first note is written; OK
 * (or Escape) closes it for good in this session.
 */
export function PrivacyReminder() {
  const m = useCasusT()
  const sessionId = useSessionId()
  const [seen, setSeen] = useState(() => readStored(seenKey(sessionId)) === 'yes')
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (seen || !element || element.open) return
    element.showModal()
  }, [seen])

  if (seen) return null
  const close = () => {
    writeStored(seenKey(sessionId), 'yes')
    dialog.current?.close()
    setSeen(true)
  }
  return (
    <dialog
      ref={dialog}
      className="dialog casus-privacy"
      data-testid="casus-privacy-reminder"
      aria-labelledby="casus-privacy-title"
      aria-describedby="casus-privacy-body"
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
    >
      <h2 id="casus-privacy-title" className="casus-privacy__title">
        <ShieldIcon /> {m('privacy.title')}
      </h2>
      <p id="casus-privacy-body" className="casus-privacy__body">
        {m('privacy.body')}
      </p>
      <p className="muted">{m('privacy.more')}</p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="casus-privacy-ok"
          // biome-ignore lint/a11y/noAutofocus: a modal dialog's one action should have the focus
          autoFocus
          onClick={close}
        >
          {m('privacy.ok')}
        </button>
      </div>
    </dialog>
  )
}
