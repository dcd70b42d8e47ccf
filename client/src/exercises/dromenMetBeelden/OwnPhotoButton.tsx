import { type ChangeEvent, useId, useState } from 'react'
import { type ApiFailure, type UploadedPicture, uploadPicture } from '../../api/apiClient.ts'
import { type DromenTranslate, useDromenT } from './messages.ts'

interface OwnPhotoButtonProps {
  sessionId: string
  participantId: string
  /** Called with the stored picture and the file it came from. */
  onUploaded(picture: UploadedPicture, file: File): void
}

/** A refusal in the server's own words (it says why: too big, not a picture); else ours. */
function errorText(failure: ApiFailure, t: DromenTranslate): string {
  if (failure.kind === 'api' && failure.message) return failure.message
  if (failure.kind === 'network') return t('layer.uploadOffline')
  return t('layer.uploadFailed')
}

/**
 * "Eigen foto": a file picker that on a phone offers the camera. The photo goes to our own
 * server and only its address enters the board. A refusal is shown in the server's words.
 */
export function OwnPhotoButton({ sessionId, participantId, onUploaded }: OwnPhotoButtonProps) {
  const t = useDromenT()
  const inputId = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setBusy(true)
    setError(null)
    const result = await uploadPicture(sessionId, participantId, file)
    setBusy(false)
    // The same file may be chosen again after a fix.
    input.value = ''
    if (result.ok) onUploaded(result.value, file)
    else setError(errorText(result, t))
  }

  return (
    <span className="dromen-photo">
      <input
        id={inputId}
        className="dromen-photo__input"
        type="file"
        accept="image/*"
        capture="environment"
        data-testid="own-photo-input"
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={onChange}
      />
      <label htmlFor={inputId} className="button button--small" aria-busy={busy}>
        <span aria-hidden="true">+ </span>
        {busy ? t('layer.ownPhotoBusy') : t('layer.ownPhoto')}
      </label>
      {error ? (
        <span
          id={`${inputId}-error`}
          className="dromen-error"
          role="alert"
          data-testid="own-photo-error"
        >
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      ) : null}
    </span>
  )
}
