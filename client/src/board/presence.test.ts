import { bindPresenceIdentity, PRESENCE_FIELD, publicParticipantId } from '@reflectiebord/shared'
import {
  createPresenceStateDerivation,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  InstancePresenceRecordType,
} from 'tldraw'
import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { bindPresence, createLocalUser, participantColor, userIdOf } from './presence.ts'

const participantId = 'AAAAAAAAAAAAAAAAAAAAAA'
const publicId = publicParticipantId(participantId)

/** The presence state our page publishes, as JSON text on the wire. */
function publishedState(name: string): string {
  const user = createLocalUser(participantId, name)
  const store = createTLStore({
    shapeUtils: defaultShapeUtils,
    bindingUtils: defaultBindingUtils,
    users: { currentUser: user },
  })
  // Ends with tldraw's integrity check, which adds the page, instance, camera and pointer
  // records a presence is derived from, as it does when the page loads the board.
  store.mergeRemoteChanges(() => {})
  const presence = createPresenceStateDerivation(user, {
    instanceId: InstancePresenceRecordType.createId('1'),
  })(store)
  return JSON.stringify({ [PRESENCE_FIELD]: presence.get() })
}

describe('presence', () => {
  it("uses tldraw's user id format for the shared id", () => {
    expect(userIdOf(publicId)).toBe(createUserId(publicId))
  })

  it('is what the server would write: an honest presence passes the server unchanged', () => {
    const state = publishedState('Ann')
    expect(JSON.parse(state)[PRESENCE_FIELD]).not.toBeNull()
    expect(bindPresenceIdentity(state, { publicId, displayName: 'Ann' })).toBe(state)
  })

  it("is still a valid tldraw presence after the server wrote someone else's identity", () => {
    const bound = bindPresenceIdentity(publishedState('Els'), {
      publicId: publicParticipantId('BBBBBBBBBBBBBBBBBBBBBB'),
      displayName: 'Mallory',
    })
    const presence = JSON.parse(bound)[PRESENCE_FIELD]
    expect(() => InstancePresenceRecordType.validate(presence)).not.toThrow()
    expect(presence.userName).toBe('Mallory')
  })

  it('derives our colour from the public id only', () => {
    expect(participantColor(participantId)).toBe(createLocalUser(participantId, 'Ann').get().color)
  })
})

describe('bindPresence', () => {
  it('shows the people whose presence arrived before it was bound', () => {
    const ours = new Awareness(new Y.Doc())
    const theirs = new Awareness(new Y.Doc())
    const theirPresence = JSON.parse(publishedState('Els'))[PRESENCE_FIELD]
    theirs.setLocalStateField(PRESENCE_FIELD, theirPresence)
    // As the server's greeting does when the socket opens before the board is shown.
    applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'server')

    const user = createLocalUser(participantId, 'Ann')
    const store = createTLStore({
      shapeUtils: defaultShapeUtils,
      bindingUtils: defaultBindingUtils,
      users: { currentUser: user },
    })
    store.mergeRemoteChanges(() => {})
    const unbind = bindPresence(store, ours, user)
    try {
      const shown = store.query.records('instance_presence').get()
      expect(shown.map((presence) => presence.userName)).toEqual(['Els'])
    } finally {
      unbind()
      ours.destroy()
      theirs.destroy()
    }
  })
})
