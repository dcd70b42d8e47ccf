import type * as Y from 'yjs'
import {
  type ActivityState,
  type AreaState,
  ControlMaps,
  type ControlState,
  defaultSettings,
  type FollowState,
  noRedactions,
  type PersonState,
  type RedactionState,
  type SealedBoxState,
  type SessionSettings,
} from './controlState.ts'
import type { TimerState } from './timer.ts'

/** Reads the whole control state from its Yjs document (client and server alike). */
export function readControlState(doc: Y.Doc): ControlState {
  const session = doc.getMap<unknown>(ControlMaps.session)
  return {
    activity: (session.get('activity') as ActivityState | undefined) ?? null,
    timer: (session.get('timer') as TimerState | undefined) ?? null,
    settings: {
      ...defaultSettings,
      ...((session.get('settings') as SessionSettings | undefined) ?? {}),
    },
    follow: (session.get('follow') as FollowState | undefined) ?? { leaderPublicId: null },
    areas: valuesOf<AreaState>(doc, ControlMaps.areas),
    people: valuesOf<PersonState>(doc, ControlMaps.people),
    sealed: valuesOf<SealedBoxState>(doc, ControlMaps.sealed),
    games: Object.fromEntries(doc.getMap<unknown>(ControlMaps.games).entries()),
    redactions: (session.get('redactions') as RedactionState | undefined) ?? noRedactions,
  }
}

function valuesOf<T>(doc: Y.Doc, name: string): T[] {
  return [...doc.getMap<T>(name).values()]
}
