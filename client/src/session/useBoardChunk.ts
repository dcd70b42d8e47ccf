import { useEffect, useRef, useState } from 'react'
import { type BoardChunk, loadBoardChunk, loadedBoardChunk } from './boardChunk.ts'

/**
 * The board's chunk once it is here, null until then; a chunk that cannot be fetched is thrown,
 * for the `ChunkErrorBoundary` around the caller, as `React.lazy` would, after `onFailed`.
 *
 * Not `React.lazy`: a lazy component that resolves is shown by a Suspense retry, and React holds
 * a retry back until 300 ms after the fallback appeared (its fallback throttle). The board's
 * chunk mostly arrives while the session is looked up, so that wait came straight on top of
 * every board's first paint. A state update commits at once.
 */
export function useBoardChunk(onFailed: () => void): BoardChunk | null {
  const [chunk, setChunk] = useState(loadedBoardChunk)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  // Read when the chunk fails: a new callback each render must not fetch the chunk again.
  const onFailedRef = useRef(onFailed)
  onFailedRef.current = onFailed
  useEffect(() => {
    if (chunk) return
    let live = true
    loadBoardChunk().then(
      (arrived) => {
        if (live) setChunk(() => arrived)
      },
      (error: unknown) => {
        if (!live) return
        onFailedRef.current()
        setFailure({ error })
      },
    )
    return () => {
      live = false
    }
  }, [chunk])
  if (failure) throw failure.error
  return chunk
}
