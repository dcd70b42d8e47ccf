import { useCallback, useState } from 'react'
import { type Caller, downloadRecord, type RecordFormat } from '../api/apiClient.ts'
import { useUiStore } from '../state/uiStore.ts'
import { saveDownload } from './saveDownload.ts'

export type DownloadState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: RecordFormat }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; serverBusy: boolean }

/**
 * Downloads the record as Markdown or PDF in the UI's language, one at a time, and says what
 * is happening: the PDF takes a moment to make, so the page shows it is busy meanwhile.
 */
export function useRecordDownload(sessionId: string, caller: Caller) {
  const language = useUiStore((state) => state.language)
  const [state, setState] = useState<DownloadState>({ kind: 'idle' })
  const busy = state.kind === 'busy'

  const download = useCallback(
    async (format: RecordFormat) => {
      if (busy) return
      setState({ kind: 'busy', format })
      const result = await downloadRecord(sessionId, caller, language, format)
      if (!result.ok) {
        setState({ kind: 'failed', serverBusy: result.kind === 'api' && result.status === 503 })
        return
      }
      saveDownload(result.value.file, result.value.fileName)
      setState({ kind: 'done', fileName: result.value.fileName })
    },
    [busy, sessionId, caller, language],
  )

  return { state, download }
}
