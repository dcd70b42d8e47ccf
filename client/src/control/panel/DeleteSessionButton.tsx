import { useState } from 'react'
import { deleteSession } from '../../api/apiClient.ts'
import { dropOfflineCopy } from '../../board/offlineCopy.ts'
import { forgetMySession } from '../../home/mySessionsStorage.ts'
import { useT } from '../../i18n/useT.ts'

/**
 * Removes the session for everyone, from the server and from this browser. Only for whoever
 * holds the facilitator link: a co-facilitator runs a session, the owner decides it is gone.
 */
export function DeleteSessionButton({
  sessionId,
  facilitatorKey,
}: {
  sessionId: string
  facilitatorKey: string
}) {
  const t = useT()
  const [failed, setFailed] = useState(false)
  const remove = async () => {
    if (!window.confirm(t('sessionPanel.deleteConfirm'))) return
    const result = await deleteSession(sessionId, facilitatorKey)
    if (!result.ok) {
      setFailed(true)
      return
    }
    forgetMySession(sessionId)
    // The offline copy of the board in this browser goes too.
    void dropOfflineCopy(sessionId)
    location.assign('/')
  }
  return (
    <>
      <p className="muted">{t('sessionPanel.deleteHint')}</p>
      <button
        type="button"
        className="button button--small button--destructive"
        data-testid="session-delete"
        onClick={() => void remove()}
      >
        <span aria-hidden="true">🗑 </span>
        {t('sessionPanel.delete')}
      </button>
      {failed ? (
        <p role="alert" className="command-error">
          <span aria-hidden="true">⚠ </span>
          {t('sessionPanel.deleteFailed')}
        </p>
      ) : null}
    </>
  )
}
