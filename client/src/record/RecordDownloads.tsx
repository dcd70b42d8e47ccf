import type { Caller } from '../api/apiClient.ts'
import { useRecordT } from './messages.ts'
import { useRecordDownload } from './useRecordDownload.ts'

interface RecordDownloadsProps {
  sessionId: string
  caller: Caller
  /** The smaller buttons of the facilitator panel. */
  small?: boolean
}

/**
 * The two downloads of the record, PDF and Markdown, with a polite status line: busy (with an
 * indeterminate progress bar while the server makes the file), done, or why it failed.
 */
export function RecordDownloads({ sessionId, caller, small = false }: RecordDownloadsProps) {
  const t = useRecordT()
  const { state, download } = useRecordDownload(sessionId, caller)
  const busy = state.kind === 'busy'
  const buttonClass = `button${small ? ' button--small' : ''}`
  return (
    <div className="record-downloads">
      <div className="button-row">
        <button
          type="button"
          className={`${buttonClass} button--primary`}
          data-testid="record-download-pdf"
          aria-busy={busy && state.format === 'pdf'}
          // Not disabled: a disabled button drops the keyboard focus mid-download.
          aria-disabled={busy}
          onClick={() => void download('pdf')}
        >
          {t('download.pdf')}
        </button>
        <button
          type="button"
          className={buttonClass}
          data-testid="record-download"
          aria-busy={busy && state.format === 'md'}
          aria-disabled={busy}
          onClick={() => void download('md')}
        >
          {t('download.markdown')}
        </button>
      </div>
      <div role="status" className="record-downloads__status" data-testid="record-download-status">
        {state.kind === 'busy' ? (
          <>
            <progress className="record-downloads__progress" aria-hidden="true" />
            <span>{t(state.format === 'pdf' ? 'download.pdfBusy' : 'download.markdownBusy')}</span>
          </>
        ) : state.kind === 'done' ? (
          <span>
            <span aria-hidden="true">✓ </span>
            {t('download.done', { file: state.fileName })}
          </span>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <p className="command-error" role="alert" data-testid="record-failed">
          {t(state.serverBusy ? 'download.busyServer' : 'download.failed')}
        </p>
      ) : null}
    </div>
  )
}
