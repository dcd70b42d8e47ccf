import { type ChangeEvent, useId, useState } from 'react'
import { UploadError, type UploadedPicture, uploadPicture } from '../../api/uploadPicture.ts'
import { type DromenTranslate, useDromenT } from './messages.ts'

interface OwnPhotoButtonProps {
  sessionId: string
  participantId: string
  /** Called with the stored picture and the file it came from. */
  onUploaded(picture: UploadedPicture, file: File): void
}

function errorText(error: unknown, t: DromenTranslate): string {
  if (error instanceof UploadError) {
    if (error.serverMessage) return error.serverMessage
    if (error.kind === 'network') return t('layer.uploadOffline')
  }
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
    try {
      const picture = await uploadPicture(sessionId, participantId, file)
      onUploaded(picture, file)
    } catch (caught) {
      setError(errorText(caught, t))
    } finally {
      setBusy(false)
      // The same file may be chosen again after a fix.
      input.value = ''
    }
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
