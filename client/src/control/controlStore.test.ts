import { type ControlState, type PersonState, publicParticipantId } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { createControlStore, EMPTY_CONTROL_STATE } from './controlStore.ts'

const PARTICIPANT_ID = 'p-0123456789abcdef0123456789abcdef'

function person(publicId: string, coFacilitator = false): PersonState {
  return { publicId, name: publicId, role: 'participant', coFacilitator, online: true, lastSeen: 0 }
}

/** A fresh snapshot as the connection makes one per update: new lists around the same values. */
function snapshot(control: ControlState, changes: Partial<ControlState> = {}): ControlState {
  return {
    ...control,
    settings: { ...control.settings },
    areas: [...control.areas],
    people: [...control.people],
    sealed: [...control.sealed],
    games: { ...control.games },
    ...changes,
  }
}

describe('the session control store', () => {
  it('keeps every part that did not change, so readers of it do not re-render', () => {
    const store = createControlStore({
      sessionId: 's',
      participantId: PARTICIPANT_ID,
      facilitatorKey: null,
    })
    const anna = person('anna')
    store.getState().receiveControl(snapshot(EMPTY_CONTROL_STATE, { people: [anna] }))
    const first = store.getState().control

    store.getState().receiveControl(snapshot(first))
    expect(store.getState().control).toBe(first)

    const box = {
      id: 'box',
      status: 'open' as const,
      kind: 'any',
      anonymous: false,
      count: 1,
      revealed: null,
    }
    store.getState().receiveControl(snapshot(first, { sealed: [box] }))
    const second = store.getState().control
    expect(second).not.toBe(first)
    expect(second.sealed).toEqual([box])
    expect(second.people).toBe(first.people)
    expect(second.areas).toBe(first.areas)
    expect(second.settings).toBe(first.settings)
  })

  it('remembers the state as it first arrived, for parts that mount later', () => {
    const store = createControlStore({
      sessionId: 's',
      participantId: PARTICIPANT_ID,
      facilitatorKey: null,
    })
    expect(store.getState().arrival).toBeNull()
    // The first state may equal the empty default: it has still arrived.
    store.getState().receiveControl(snapshot(EMPTY_CONTROL_STATE))
    const first = store.getState().arrival
    expect(first).not.toBeNull()
    store.getState().receiveControl(snapshot(EMPTY_CONTROL_STATE, { people: [person('anna')] }))
    expect(store.getState().arrival).toBe(first)
    expect(store.getState().control).not.toBe(first)
  })

  it('knows my role, and changes it only when a facilitator grants or takes it back', () => {
    const store = createControlStore({
      sessionId: 's',
      participantId: PARTICIPANT_ID,
      facilitatorKey: null,
    })
    const myId = publicParticipantId(PARTICIPANT_ID)
    const before = store.getState().me
    expect(before).toMatchObject({ publicId: myId, isFacilitator: false, credential: null })

    store.getState().receiveControl(snapshot(EMPTY_CONTROL_STATE, { people: [person(myId)] }))
    expect(store.getState().me).toBe(before)

    store.getState().receiveControl(snapshot(EMPTY_CONTROL_STATE, { people: [person(myId, true)] }))
    expect(store.getState().me).toMatchObject({
      isFacilitator: true,
      isCoFacilitator: true,
      credential: { participantId: PARTICIPANT_ID, facilitatorKey: null },
    })
  })

  it('gives whoever holds the facilitator key the rights from the start', () => {
    const store = createControlStore({
      sessionId: 's',
      participantId: PARTICIPANT_ID,
      facilitatorKey: 'key',
    })
    expect(store.getState().me.credential).toEqual({
      participantId: PARTICIPANT_ID,
      facilitatorKey: 'key',
    })
  })
})
