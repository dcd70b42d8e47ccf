import { useEffect, useRef } from 'react'
import { SessionLinks } from '../home/SessionLinks.tsx'
import { useT } from '../i18n/useT.ts'

interface LinksDialogProps {
  sessionId: string
  open: boolean
  onClose(): void
}

/**
 * The participant link, for a facilitator to share during the session. The facilitator link is
 * left out on purpose: this dialog is likely to be on a shared screen.
 */
export function LinksDialog({ sessionId, open, onClose }: LinksDialogProps) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="links-dialog-heading"
      onClose={onClose}
      data-testid="links-dialog"
    >
      <h2 id="links-dialog-heading">{t('board.linksHeading')}</h2>
      <SessionLinks sessionId={sessionId} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('board.close')}
        </button>
      </div>
    </dialog>
  )
}
