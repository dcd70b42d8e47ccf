import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MemoryStorage } from '../../state/memoryStorage.ts'
import { deleteSet, readSavedSets, saveSet } from './savedSets.ts'

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

describe('saved statement sets', () => {
  const statement = { id: 's1', text: { nl: 'We overleggen genoeg.', en: 'We talk enough.' } }

  it('saves, lists newest first, replaces by name and deletes', () => {
    saveSet('Team A', [statement], 1)
    saveSet('Team B', [statement], 2)
    saveSet('team a', [statement], 3)
    expect(readSavedSets().map((s) => s.name)).toEqual(['team a', 'Team B'])
    expect(deleteSet('Team B').map((s) => s.name)).toEqual(['team a'])
  })

  it('skips sets that do not fit, and reads an old set without a date or English text', () => {
    store(
      'stoplicht-sets',
      JSON.stringify([
        { name: 'Oud', statements: [{ id: 's1', text: { nl: ' Oud  maar goed ' } }] },
        { name: 'Leeg', statements: [], savedAt: 5 },
        { name: 'Kapot', statements: [{ id: 'met:dubbele-punt', text: { nl: 'x' } }] },
        { name: 7, statements: [statement] },
        'onzin',
      ]),
    )
    expect(readSavedSets()).toEqual([
      {
        name: 'Oud',
        statements: [{ id: 's1', text: { nl: 'Oud maar goed', en: 'Oud maar goed' } }],
        savedAt: 0,
      },
    ])
  })
})

describe('my votes (sessionStorage)', () => {
  async function freshVotes() {
    // The store reads storage once, when the module loads.
    vi.resetModules()
    return import('./myVotes.ts')
  }

  it('remembers a vote across a reload of the tab, and forgets ones that are not colours', async () => {
    globalThis.sessionStorage.setItem(
      'reflectiebord:stoplicht-votes',
      JSON.stringify({ 's/vote:a:1': 'oranje', 's/vote:b:1': 'paars' }),
    )
    const first = await freshVotes()
    expect(first.readMyVote('s', 'vote:a:1')).toBe('oranje')
    expect(first.readMyVote('s', 'vote:b:1')).toBeNull()
    first.useMyVotes.getState().remember('s', 'vote:c:1', 'groen')
    const reloaded = await freshVotes()
    expect(reloaded.readMyVote('s', 'vote:c:1')).toBe('groen')
  })

  it('starts empty when what is stored is not a map of votes', async () => {
    globalThis.sessionStorage.setItem('reflectiebord:stoplicht-votes', '["groen"]')
    expect((await freshVotes()).useMyVotes.getState().votes).toEqual({})
  })
})
