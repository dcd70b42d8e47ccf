import { type ControlState, readControlState } from '@reflectiebord/shared'
import type { Editor } from 'tldraw'
import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { type Identity, type MyRole, myRole } from './myRole.ts'
import { shareUnchanged } from './shareUnchanged.ts'

/** What control state says before the server answered: no exercise, defaults, nobody. */
export const EMPTY_CONTROL_STATE: ControlState = readControlState(new Y.Doc())

/**
 * Everything the session's UI reads about session control, in one store per open board:
 * readers select the part they show (see `useControl`), so a submission count that changes
 * re-renders the count, not the panel, the banners and every exercise.
 */
export interface SessionControl {
  sessionId: string
  /**
   * This browser's private participant id: it proves who I am when I submit to a sealed box.
   * Never shown to others; they know me by my public id.
   */
  participantId: string
  /** Session control state as the server last sent it. */
  control: ControlState
  /**
   * Session control state as the server first sent it (null until then): what was already so
   * when this page arrived. A part loaded later (an exercise's chunk) compares against this,
   * not against what it found when it mounted, to tell what changed while the page was open.
   */
  arrival: ControlState | null
  me: MyRole
  /** Server time minus local time, in ms (see `serverClock.ts`). */
  clockOffset: number
  /** The mounted tldraw editor; null until tldraw is up. */
  editor: Editor | null
  receiveControl(next: ControlState): void
  setClockOffset(offset: number): void
  setEditor(editor: Editor | null): void
}

export type ControlStore = StoreApi<SessionControl>

export function createControlStore({
  sessionId,
  participantId,
  facilitatorKey,
}: Identity & { sessionId: string }): ControlStore {
  const identity: Identity = { participantId, facilitatorKey }
  return createStore<SessionControl>()((set, get) => ({
    sessionId,
    participantId,
    control: EMPTY_CONTROL_STATE,
    arrival: null,
    me: myRole(identity, EMPTY_CONTROL_STATE.people),
    clockOffset: 0,
    editor: null,
    receiveControl(next) {
      const { control, me, arrival } = get()
      const shared = shareUnchanged(control, next)
      if (shared === control && arrival) return
      set({ control: shared, arrival: arrival ?? shared, me: myRole(identity, shared.people, me) })
    },
    setClockOffset(clockOffset) {
      if (clockOffset !== get().clockOffset) set({ clockOffset })
    },
    setEditor(editor) {
      set({ editor })
    },
  }))
}
