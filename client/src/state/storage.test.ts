import { isParticipantId, newParticipantId } from '@reflectiebord/shared'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addMySession, forgetMySession, readMySessions } from '../home/mySessionsStorage.ts'
import { knownSession, rememberSession } from '../session/knownSessions.ts'
import { getParticipantId } from '../session/participantIdentity.ts'
import { MemoryStorage } from './memoryStorage.ts'
import { lenientArray, lenientRecord, readStoredWith, writeStoredJson } from './storage.ts'

let local: MemoryStorage

beforeEach(() => {
  local = new MemoryStorage()
  vi.stubGlobal('localStorage', local)
  vi.stubGlobal('sessionStorage', new MemoryStorage())
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const store = (key: string, raw: string) => local.setItem(`reflectiebord:${key}`, raw)

describe('readStoredWith', () => {
  const Schema = v.object({ n: v.number() })

  it('reads what fits the schema, and gives the fallback for anything else', () => {
    writeStoredJson('x', { n: 1, extra: true })
    expect(readStoredWith('x', Schema, { n: 0 })).toEqual({ n: 1 })
    for (const raw of ['{"n":"1"}', 'not json', '[]', 'null']) {
      store('x', raw)
      expect(readStoredWith('x', Schema, { n: 0 }), raw).toEqual({ n: 0 })
    }
    expect(readStoredWith('missing', Schema, { n: 0 })).toEqual({ n: 0 })
  })

  it('gives the fallback when storage is unavailable', () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new Error('SecurityError')
      },
    })
    expect(readStoredWith('x', Schema, { n: 0 })).toEqual({ n: 0 })
  })

  it('keeps the entries of a list or map that fit and drops the rest', () => {
    expect(v.parse(lenientArray(v.number()), [1, 'twee', 3])).toEqual([1, 3])
    expect(v.parse(lenientRecord(v.number()), { a: 1, b: 'twee' })).toEqual({ a: 1 })
    expect(v.is(lenientRecord(v.number()), [1, 2])).toBe(false)
  })
})

describe('my sessions', () => {
  const session = (id: string, createdAt: number) => ({
    id,
    title: `Sessie ${id}`,
    createdAt,
    facilitatorKey: `key-${id}`,
  })

  it('adds, lists newest first and forgets', () => {
    addMySession(session('a', 1))
    addMySession(session('b', 2))
    expect(readMySessions().map((s) => s.id)).toEqual(['b', 'a'])
    expect(forgetMySession('b').map((s) => s.id)).toEqual(['a'])
  })

  it('skips entries that do not fit and survives data that is no list at all', () => {
    store(
      'mySessions',
      JSON.stringify([
        session('a', 1),
        { id: 'b', title: 'B' },
        null,
        { ...session('c', 3), x: 1 },
      ]),
    )
    expect(readMySessions()).toEqual([session('c', 3), session('a', 1)])
    store('mySessions', '{"a": 1}')
    expect(readMySessions()).toEqual([])
    store('mySessions', '[{')
    expect(readMySessions()).toEqual([])
  })
})

describe('known sessions', () => {
  it('remembers a session by id and reads it back', () => {
    rememberSession({ id: 'abc', title: 'Intervisie', createdAt: 5 })
    expect(knownSession('abc')).toEqual({ id: 'abc', title: 'Intervisie', createdAt: 5 })
    expect(knownSession('xyz')).toBeNull()
  })

  it('ignores entries that do not fit and takes the id from the key', () => {
    store(
      'knownSessions',
      JSON.stringify({
        good: { id: 'elders', title: 'Goed', createdAt: 1 },
        bad: { title: 7, createdAt: 1 },
        none: null,
      }),
    )
    expect(knownSession('good')).toEqual({ id: 'good', title: 'Goed', createdAt: 1 })
    expect(knownSession('bad')).toBeNull()
    store('knownSessions', '["good"]')
    expect(knownSession('0')).toBeNull()
  })
})

describe('participant id', () => {
  it('keeps a stored id and replaces one that is malformed', () => {
    const id = newParticipantId()
    store('participantId', id)
    expect(getParticipantId()).toBe(id)
    store('participantId', 'niet-geldig')
    const replaced = getParticipantId()
    expect(isParticipantId(replaced)).toBe(true)
    expect(getParticipantId()).toBe(replaced)
  })
})
