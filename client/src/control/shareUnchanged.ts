import type { ControlState } from '@reflectiebord/shared'
import { shallow } from 'zustand/shallow'

/**
 * The new control state, with every part that did not change replaced by the previous
 * one. The Yjs document hands out the same object for a value it did not replace, but the
 * lists and maps around them are rebuilt on every update; keeping the old ones lets a reader
 * that selects `areas` (say) skip the re-render when only a submission count changed.
 */
export function shareUnchanged(previous: ControlState, next: ControlState): ControlState {
  const keep = <K extends keyof ControlState>(key: K): ControlState[K] =>
    shallow(previous[key], next[key]) ? previous[key] : next[key]
  const shared: ControlState = {
    games: keep('games'),
    activity: keep('activity'),
    timer: keep('timer'),
    settings: keep('settings'),
    follow: keep('follow'),
    areas: keep('areas'),
    people: keep('people'),
    sealed: keep('sealed'),
    redactions: keep('redactions'),
  }
  const keys = Object.keys(shared) as (keyof ControlState)[]
  return keys.every((key) => shared[key] === previous[key]) ? previous : shared
}
