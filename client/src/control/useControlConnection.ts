import { useEffect, useRef } from 'react'
import { ControlConnection, type ControlConnectionOptions } from './controlConnection.ts'
import type { ControlStore } from './controlStore.ts'

/**
 * Opens the session's control connection for as long as the board is open, and hands every
 * state the server sends to the session's control store.
 */
export function useControlConnection(
  store: ControlStore,
  {
    sessionId,
    displayName,
    participantId,
    facilitatorKey,
    onRefused,
  }: Omit<ControlConnectionOptions, 'onState'>,
): void {
  const onRefusedRef = useRef(onRefused)
  onRefusedRef.current = onRefused

  useEffect(() => {
    const opened = new ControlConnection({
      sessionId,
      displayName,
      participantId,
      facilitatorKey,
      onRefused: (code) => onRefusedRef.current(code),
      onState: (state) => store.getState().receiveControl(state),
    })
    return () => opened.destroy()
  }, [store, sessionId, displayName, participantId, facilitatorKey])
}
