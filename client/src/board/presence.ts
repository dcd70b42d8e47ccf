import {
  PRESENCE_FIELD,
  presenceColor,
  presenceUserId,
  publicParticipantId,
} from '@reflectiebord/shared'
import {
  type Atom,
  atom,
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
  type TLUserId,
  UserRecordType,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/*
 * Presence: our cursor, selection and viewport go out through the y-awareness field
 * `PRESENCE_FIELD`; everyone else's come back as `instance_presence` records in the store,
 * which tldraw draws as named cursors. Presence never enters the Yjs document.
 *
 * The user id, name and colour in a presence are the sender's, whatever it wrote: the server
 * writes them from the connection's admitted identity (shared/src/protocol/bindPresenceIdentity.ts)
 * with the same shared functions used here, so an honest page's presence passes unchanged.
 */

/** A person's tldraw user id, the same one the server writes into their presence. */
export function userIdOf(publicId: string): TLUserId {
  // tldraw's own format (`createUserId`), produced by the shared function the server uses.
  return presenceUserId(publicId) as TLUserId
}

/**
 * Our colour. Derived from the public id, as the server derives it, so that what we show for
 * ourselves is what everyone else sees; the private id never goes into it.
 */
export function participantColor(participantId: string): string {
  return presenceColor(publicParticipantId(participantId))
}

/**
 * Our user as others see it. The participant id is private (it is what proves to the server
 * who we are), so presence carries only its public, one-way derived id.
 */
export function createLocalUser(participantId: string, name: string): Atom<TLUser> {
  return atom(
    'reflectiebord:user',
    UserRecordType.create({
      id: userIdOf(publicParticipantId(participantId)),
      name,
      color: participantColor(participantId),
    }),
  )
}

/**
 * Presence changes with every pointer move; sending each one would multiply into thousands
 * of messages a second in a room of twenty. A dozen or so updates a second reads as smooth.
 */
const PRESENCE_INTERVAL_MS = 80

function presenceIdFor(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId))
}

function isPresenceRecord(value: unknown): value is TLInstancePresence {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { typeName?: unknown }).typeName === 'instance_presence'
  )
}

/** Mirrors presence both ways until the returned function is called. */
export function bindPresence(store: TLStore, awareness: Awareness, user: Atom<TLUser>): () => void {
  const ownId = presenceIdFor(awareness.clientID)
  const localPresence = createPresenceStateDerivation(user, { instanceId: ownId })(store)

  let lastSent = 0
  let pending: ReturnType<typeof setTimeout> | undefined
  const publish = () => {
    pending = undefined
    lastSent = Date.now()
    awareness.setLocalStateField(PRESENCE_FIELD, localPresence.get())
  }
  const stopReacting = react('reflectiebord:publish-presence', () => {
    localPresence.get()
    if (pending !== undefined) return
    const wait = PRESENCE_INTERVAL_MS - (Date.now() - lastSent)
    if (wait <= 0) publish()
    else pending = setTimeout(publish, wait)
  })
  const stopPublishing = () => {
    stopReacting()
    clearTimeout(pending)
  }

  const onAwarenessChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[]
    updated: number[]
    removed: number[]
  }) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const presence: unknown = states.get(clientId)?.[PRESENCE_FIELD]
      // The record id is derived from the awareness client, not trusted from the payload.
      if (isPresenceRecord(presence)) toPut.push({ ...presence, id: presenceIdFor(clientId) })
      else if (store.has(presenceIdFor(clientId))) toRemove.push(presenceIdFor(clientId))
    }
    for (const clientId of removed) {
      if (store.has(presenceIdFor(clientId))) toRemove.push(presenceIdFor(clientId))
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      for (const presence of toPut) {
        try {
          store.put([presence])
        } catch (error) {
          console.warn('reflectiebord: ignored invalid presence', error)
        }
      }
    })
  }
  awareness.on('change', onAwarenessChange)
  // The socket may have opened before the board bound its presence (the sync is prepared ahead
  // of the board): those already in the room sent theirs then, and will not again until they
  // move.
  onAwarenessChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    stopPublishing()
    awareness.off('change', onAwarenessChange)
    awareness.setLocalStateField(PRESENCE_FIELD, null)
    const remaining = store
      .allRecords()
      .filter((record) => record.typeName === 'instance_presence')
      .map((record) => record.id)
    if (remaining.length > 0) store.mergeRemoteChanges(() => store.remove(remaining))
  }
}
