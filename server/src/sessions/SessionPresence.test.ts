import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { LiveSessions } from './LiveSessions.ts'
import type { PresenceDirectory } from './PresenceDirectory.ts'
import type { Session } from './Session.ts'

const SESSION = 'c2Vzc2lvbi1wcmVzZW5jZS0x'
const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function identity(name: string, role: 'participant' | 'facilitator' = 'participant') {
  return {
    participantId: `${name}-private`,
    publicId: `${name}-public`,
    displayName: name,
    role,
  } satisfies ConnectionIdentity
}

/**
 * The directory as the nodes see it: what this node published, plus what the test says other
 * nodes hold (a node that dies is taken out, as its expired entry would be).
 */
class DirectoryOfNodes implements PresenceDirectory {
  readonly elsewhere = new Map<string, Set<string>>()
  here: readonly string[] = []

  async publish(_sessionId: string, publicIds: readonly string[]): Promise<void> {
    this.here = [...publicIds]
  }

  async online(): Promise<Set<string>> {
    const people = new Set(this.here)
    for (const node of this.elsewhere.values()) for (const id of node) people.add(id)
    return people
  }

  async forget(): Promise<void> {}
  async withdraw(): Promise<void> {}
  close(): void {}
}

type Event = { name: string; online: boolean }

async function setUp(directory?: PresenceDirectory, dir?: string) {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'reflectiebord-presence-'))
  const store = new SqliteStore(folder)
  const rooms = new RoomRegistry(store, {
    compactEvery: 10_000,
    idleMs: 60_000,
    logger: createLogger('silent'),
  })
  const events: Event[] = []
  const live = new LiveSessions(
    {
      rooms,
      store,
      sealedKind: () => undefined,
      onPresence: (_session, person, online) => events.push({ name: person.name, online }),
      ...(directory ? { presence: directory } : {}),
    },
    async () => true,
  )
  const stop = async () => {
    await Promise.all(rooms.all().map((room) => room.unload()))
    await rooms.settled()
    await store.close()
  }
  cleanups.push(async () => {
    await stop().catch(() => {})
    if (!dir) rmSync(folder, { recursive: true, force: true })
  })
  const session = await live.get(SESSION)
  if (!session) throw new Error('the session exists')
  return { session, events, folder, stop }
}

function onlineNames(session: Session): string[] {
  return session
    .read()
    .people.filter((person) => person.online)
    .map((person) => person.name)
    .sort()
}

describe('presence on several nodes', () => {
  it('writes an arrival with the name and role it came with', async () => {
    const directory = new DirectoryOfNodes()
    const { session, events } = await setUp(directory)
    await session.presence.join(identity('Ann', 'facilitator'))
    expect(session.read().people).toEqual([
      expect.objectContaining({ name: 'Ann', role: 'facilitator', online: true }),
    ])
    expect(directory.here).toEqual(['Ann-public'])
    expect(events).toEqual([{ name: 'Ann', online: true }])
  })

  it('keeps someone online who is still connected through another node', async () => {
    const directory = new DirectoryOfNodes()
    const { session, events } = await setUp(directory)
    const bert = identity('Bert')
    await session.presence.join(bert)
    // Bert opened a second tab that landed on another node.
    directory.elsewhere.set('node-2', new Set([bert.publicId]))
    await session.presence.leave(bert)
    expect(directory.here).toEqual([])
    expect(onlineNames(session)).toEqual(['Bert'])
    expect(session.presence.isOnline(bert.publicId)).toBe(true)
    expect(events).toEqual([{ name: 'Bert', online: true }])
  })

  it('sets the people of a node that died offline on the next sweep, and only them', async () => {
    const directory = new DirectoryOfNodes()
    const { session, events } = await setUp(directory)
    await session.presence.join(identity('Ann'))
    // Carla arrived through node 2, which wrote her into session control.
    directory.elsewhere.set('node-2', new Set(['Carla-public']))
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual(['Ann'])
    session.change((doc) =>
      doc.getMap('people').set('Carla-public', {
        publicId: 'Carla-public',
        name: 'Carla',
        role: 'participant',
        coFacilitator: false,
        online: true,
        lastSeen: 1,
      }),
    )
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual(['Ann', 'Carla'])
    expect(session.presence.participantsOnline()).toBe(2)

    // Node 2 is killed: its entry expires and leaves the directory.
    directory.elsewhere.delete('node-2')
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual(['Ann'])
    expect(session.presence.participantsOnline()).toBe(1)
    expect(events.at(-1)).toEqual({ name: 'Carla', online: false })
  })

  it('counts its own people even when the directory lost them (Redis restarted empty)', async () => {
    const directory = new DirectoryOfNodes()
    const { session } = await setUp(directory)
    await session.presence.join(identity('Ann'))
    directory.here = []
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual(['Ann'])
  })

  it('writes an arrival on the next sweep when the directory failed at the time', async () => {
    const directory = new DirectoryOfNodes()
    const { session } = await setUp(directory)
    const broken = directory.publish
    directory.publish = () => Promise.reject(new Error('redis away'))
    await expect(session.presence.join(identity('Ann'))).rejects.toThrow('redis away')
    expect(onlineNames(session)).toEqual([])
    directory.publish = broken
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual(['Ann'])
  })
})

describe('presence on several nodes, when things go wrong', () => {
  it('runs one sweep at a time: sweeps behind a slow one are not piled up', async () => {
    const directory = new DirectoryOfNodes()
    const { session } = await setUp(directory)
    let asked = 0
    let answer = () => {}
    const slow = new Promise<void>((resolve) => {
      answer = resolve
    })
    const online = directory.online.bind(directory)
    directory.online = async () => {
      asked++
      await slow
      return online()
    }
    const sweeps = [session.presence.sweep(), session.presence.sweep(), session.presence.sweep()]
    answer()
    await Promise.all(sweeps)
    expect(asked).toBe(1)
    await session.presence.sweep()
    expect(asked).toBe(2)
  })

  it('stops counting a connection whose departure could not be written', async () => {
    const directory = new DirectoryOfNodes()
    const { session } = await setUp(directory)
    const ann = identity('Ann')
    await session.presence.join(ann)
    // The database did not answer at the departure: the directory still hears of it.
    await session.presence.forget(ann)
    expect(session.presence.isEmpty()).toBe(true)
    expect(directory.here).toEqual([])
    await session.presence.sweep()
    expect(onlineNames(session)).toEqual([])
  })

  it('says nothing to the directory when the session was deleted', async () => {
    const directory = new DirectoryOfNodes()
    const { session } = await setUp(directory)
    const ann = identity('Ann')
    await session.presence.join(ann)
    await session.presence.forget(ann, { deleted: true })
    expect(session.presence.isEmpty()).toBe(true)
    expect(directory.here).toEqual(['Ann-public'])
  })
})

describe('presence on one node', () => {
  it('sets whoever a crash left online offline when session control loads again', async () => {
    const first = await setUp()
    await first.session.presence.join(identity('Ann'))
    await first.session.presence.join(identity('Bert'))
    expect(onlineNames(first.session)).toEqual(['Ann', 'Bert'])
    // The process stops without anyone leaving (the store keeps what it wrote, as after a kill).
    await first.stop()

    const second = await setUp(undefined, first.folder)
    expect(onlineNames(second.session)).toEqual([])
    expect(second.events).toEqual([
      { name: 'Ann', online: false },
      { name: 'Bert', online: false },
    ])
    await second.session.presence.join(identity('Bert'))
    expect(onlineNames(second.session)).toEqual(['Bert'])
  })
})
