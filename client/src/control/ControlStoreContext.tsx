import { type ControlState, type ExerciseModule, readSlice } from '@reflectiebord/shared'
import { createContext, type ReactNode, useCallback, useContext } from 'react'
import type { Editor } from 'tldraw'
import { useStore } from 'zustand'
import type { ControlStore, SessionControl } from './controlStore.ts'
import type { MyRole } from './myRole.ts'

// The context carries the store, never its values: it does not change while the board is
// open, so nothing re-renders through it. Readers subscribe to the part they select.
const ControlStoreContext = createContext<ControlStore | null>(null)

export function ControlStoreProvider({
  store,
  children,
}: {
  store: ControlStore
  children: ReactNode
}) {
  return <ControlStoreContext.Provider value={store}>{children}</ControlStoreContext.Provider>
}

function useControlStore(): ControlStore {
  const store = useContext(ControlStoreContext)
  if (!store) throw new Error('session control read outside <ControlStoreProvider>')
  return store
}

/**
 * Reads from the session's control store; re-renders only when the selected value changes
 * (by `Object.is`). A selector that builds an array or object each time must be wrapped in
 * `useShallow`, or it would re-render on every update.
 */
export function useSessionControl<T>(selector: (state: SessionControl) => T): T {
  return useStore(useControlStore(), selector)
}

/** Reads from session control state: `useControl((control) => control.timer)`. */
export function useControl<T>(selector: (control: ControlState) => T): T {
  return useSessionControl((state) => selector(state.control))
}

/**
 * An exercise's slice of session control, checked against its schema; null when absent.
 * The same object while the slice is unchanged, so it is a cheap thing to select.
 */
export function useSlice<TSlice>(module: Pick<ExerciseModule<TSlice>, 'slice'>): TSlice | null {
  return useControl((control) => readSlice(control, module))
}

/**
 * Reads session control as this page first received it; null until it has. Parts that tell
 * what changed while the page was open compare against this.
 */
export function useArrivalControl<T>(selector: (control: ControlState) => T): T | null {
  return useSessionControl((state) => (state.arrival ? selector(state.arrival) : null))
}

/**
 * Reads session control when asked (on submit, say), without re-rendering on every change of
 * it: for what needs the whole state at one moment, not to show it.
 */
export function useReadControl(): () => ControlState {
  const store = useControlStore()
  return useCallback(() => store.getState().control, [store])
}

export function useMe(): MyRole {
  return useSessionControl((state) => state.me)
}

export function useEditor(): Editor | null {
  return useSessionControl((state) => state.editor)
}

export function useSessionId(): string {
  return useSessionControl((state) => state.sessionId)
}

export function useParticipantId(): string {
  return useSessionControl((state) => state.participantId)
}

export function useClockOffset(): number {
  return useSessionControl((state) => state.clockOffset)
}
