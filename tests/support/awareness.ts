import {
  encodeAwarenessEntries,
  MessageType,
  PRESENCE_FIELD,
  presenceColor,
  presenceUserId,
  publicParticipantId,
} from '@reflectiebord/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { TestPerson } from './control.ts'
import type { RawClient } from './rawClient.ts'
import type { StockClient } from './stockClient.ts'

/** Awareness as tests write and read it by hand: what a hand-written client could send. */

export interface Presence {
  typeName: 'instance_presence'
  userId: string
  userName: string
  color: string
  cursor: { x: number; y: number; type: string; rotation: number }
}

export interface SeenEntry {
  clientId: number
  clock: number
  state: { [PRESENCE_FIELD]?: Presence | null } | null
}

/** A presence the way the page writes it, claiming to be `who`, with its cursor at `x`. */
export function presenceClaiming(who: TestPerson, x: number): Presence {
  const publicId = publicParticipantId(who.pid)
  return {
    typeName: 'instance_presence',
    userId: presenceUserId(publicId),
    userName: who.name,
    color: presenceColor(publicId),
    cursor: { x, y: 0, type: 'default', rotation: 0 },
  }
}

/** The identity fields everyone must see on a presence sent by `who`. */
export function identityOf(who: TestPerson): Pick<Presence, 'userId' | 'userName' | 'color'> {
  const publicId = publicParticipantId(who.pid)
  return { userId: presenceUserId(publicId), userName: who.name, color: presenceColor(publicId) }
}

/** An awareness message as any client may send it: these clients, clocks and states. */
export function awarenessFrame(
  entries: { clientId: number; clock: number; state: unknown }[],
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(
    encoder,
    encodeAwarenessEntries(
      entries.map((entry) => ({ ...entry, state: JSON.stringify(entry.state) })),
    ),
  )
  return encoding.toUint8Array(encoder)
}

/** Every awareness entry the server sent to a raw client so far, in order. */
export function awarenessReceived(raw: RawClient): SeenEntry[] {
  const seen: SeenEntry[] = []
  for (const message of raw.received) {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.Awareness) continue
    const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder))
    const count = decoding.readVarUint(inner)
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(inner)
      const clock = decoding.readVarUint(inner)
      seen.push({ clientId, clock, state: JSON.parse(decoding.readVarString(inner)) })
    }
  }
  return seen
}

export function presenceSeenBy(client: StockClient, clientId: number): Presence | null | undefined {
  const state = client.provider.awareness.getStates().get(clientId) as SeenEntry['state']
  return state?.[PRESENCE_FIELD]
}

/** A client id nobody has used: what a fresh page would pick. */
export function freshClientId(): number {
  return 1 + Math.floor(Math.random() * 0x7fff_fffe)
}
