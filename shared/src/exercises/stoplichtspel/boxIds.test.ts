import { describe, expect, it } from 'vitest'
import { MAX_VOTE_ROUND, parseVoteBoxId, voteBoxId } from './boxIds.ts'
import { defaultStatements } from './defaultStatements.ts'
import { STATEMENT_ID_MAX_LENGTH } from './statement.ts'

const SERVER_ID_PATTERN = /^[A-Za-z0-9_:-]{1,64}$/

describe('the sealed box id of a vote round', () => {
  it('names the statement and the round', () => {
    expect(voteBoxId('visie-waarom', 1)).toBe('vote:visie-waarom:1')
    expect(voteBoxId('visie-waarom', 2)).toBe('vote:visie-waarom:2')
  })

  it('passes the server’s id check, even at the longest id and highest round', () => {
    const longest = voteBoxId('x'.repeat(STATEMENT_ID_MAX_LENGTH), MAX_VOTE_ROUND)
    expect(longest).toMatch(SERVER_ID_PATTERN)
    for (const { id } of defaultStatements) expect(voteBoxId(id, 1)).toMatch(SERVER_ID_PATTERN)
  })

  it('refuses statement ids and rounds that would not make a valid box id', () => {
    expect(() => voteBoxId('a:b', 1)).toThrow(RangeError)
    expect(() => voteBoxId('', 1)).toThrow(RangeError)
    expect(() => voteBoxId('x'.repeat(STATEMENT_ID_MAX_LENGTH + 1), 1)).toThrow(RangeError)
    for (const round of [0, -1, 1.5, MAX_VOTE_ROUND + 1, Number.NaN]) {
      expect(() => voteBoxId('visie', round)).toThrow(RangeError)
    }
  })

  it('reads back the statement and round it was made from', () => {
    expect(parseVoteBoxId(voteBoxId('toegang-uren', 3))).toEqual({
      statementId: 'toegang-uren',
      round: 3,
    })
  })

  it('reads nothing from other boxes or malformed ids', () => {
    for (const id of [
      'poll:abc',
      'vote:abc',
      'vote:abc:0',
      'vote:abc:01',
      'vote:abc:1000',
      'vote::1',
      'vote:a:b:1',
      'VOTE:abc:1',
      'vote:abc:1 ',
    ]) {
      expect(parseVoteBoxId(id)).toBeUndefined()
    }
  })
})
