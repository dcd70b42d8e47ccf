import { type ControlState, readControlState } from '@reflectiebord/shared'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { ControlConnection, type ControlConnectionOptions } from './controlConnection.ts'

/** What control state says before the server answered: no exercise, defaults, nobody. */
export const EMPTY_CONTROL_STATE: ControlState = readControlState(new Y.Doc())

const subscribeToNothing = () => () => {}
const emptyState = () => EMPTY_CONTROL_STATE

/** Opens the session's control connection for as long as the board is open. */
export function useControlConnection({
  sessionId,
  displayName,
  participantId,
  facilitatorKey,
  onRefused,
}: ControlConnectionOptions): ControlConnection | null {
  const [connection, setConnection] = useState<ControlConnection | null>(null)
  const onRefusedRef = useRef(onRefused)
  onRefusedRef.current = onRefused

  useEffect(() => {
    const opened = new ControlConnection({
      sessionId,
      displayName,
      participantId,
      facilitatorKey,
      onRefused: (code) => onRefusedRef.current(code),
    })
    setConnection(opened)
    return () => {
      setConnection(null)
      opened.destroy()
    }
  }, [sessionId, displayName, participantId, facilitatorKey])

  return connection
}

/** The latest control state; re-renders on every change the server makes. */
export function useControlState(connection: ControlConnection | null): ControlState {
  return useSyncExternalStore(
    connection?.subscribe ?? subscribeToNothing,
    connection?.getState ?? emptyState,
  )
}
