import { PRESENCE_FIELD, presenceColor, presenceUserId } from '../session/presenceIdentity.ts'
import type { AwarenessEntry } from './frameParser.ts'

/** Who a connection was admitted as, as far as others may see it. */
export interface PresenceOwner {
  publicId: string
  displayName: string
}

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The server writes the sender's own identity over the identity fields of every awareness
 * state it takes (`Room.receive`), so that a participant can appear neither as another
 * person nor as the facilitator that follow-me follows. It overwrites rather than checks and
 * refuses: the result is the same for a liar, and an honest page is never refused over a
 * detail (a name it spelled differently). The cost is one parse per entry, and a stringify
 * only when something changed; an honest page's state passes as it came.
 *
 * Only `presence` is rewritten, because it is the only field the page reads
 * (`client/src/board/presence.ts`): a tldraw presence record whose `userId`, `userName` and
 * `color` become the sender's. Everything else in it (cursor, camera, selection, chat...)
 * passes through. A state without `presence`, or `null` (a client leaving), passes
 * unchanged: there is no identity in it that anyone shows. A `presence` that is not an
 * object becomes `null`, which the page reads as "no presence", the same as it would have
 * read the malformed value; the rest of that state still passes.
 *
 * `state` is JSON text that `parseClientFrame` has already parsed once. Returns the text to
 * apply: the very same string when nothing had to change, so the caller can keep the frame.
 */
export function bindPresenceIdentity(state: string, owner: PresenceOwner): string {
  const parsed: unknown = JSON.parse(state)
  if (!isObject(parsed) || !Object.hasOwn(parsed, PRESENCE_FIELD)) return state
  const presence = parsed[PRESENCE_FIELD]
  if (presence === null) return state
  if (!isObject(presence)) {
    parsed[PRESENCE_FIELD] = null
    return JSON.stringify(parsed)
  }
  const userId = presenceUserId(owner.publicId)
  const color = presenceColor(owner.publicId)
  if (
    presence.userId === userId &&
    presence.userName === owner.displayName &&
    presence.color === color
  ) {
    return state
  }
  presence.userId = userId
  presence.userName = owner.displayName
  presence.color = color
  return JSON.stringify(parsed)
}

/** The same for one parsed awareness entry; the very same entry when nothing changed. */
export function bindEntryIdentity(entry: AwarenessEntry, owner: PresenceOwner): AwarenessEntry {
  const state = bindPresenceIdentity(entry.state, owner)
  return state === entry.state ? entry : { ...entry, state }
}
