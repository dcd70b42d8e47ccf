import { describe, expect, it } from 'vitest'
import { isVoteColor, VOTE_COLORS, voteColorForKey, voteCue } from './voteColor.ts'

describe('the vote colours', () => {
  it('are groen, oranje and rood, in that order', () => {
    expect(VOTE_COLORS).toEqual(['groen', 'oranje', 'rood'])
  })

  it('recognise only the three colour names', () => {
    for (const color of VOTE_COLORS) expect(isVoteColor(color)).toBe(true)
    for (const other of ['Groen', 'green', '', 'paars', 1, null, undefined, {}, ['rood']]) {
      expect(isVoteColor(other)).toBe(false)
    }
  })

  it('give every colour its own shape, so colour is never the only cue', () => {
    expect(voteCue.groen.shape).toBe('circle')
    expect(voteCue.oranje.shape).toBe('triangle')
    expect(voteCue.rood.shape).toBe('square')
    expect(new Set(VOTE_COLORS.map((c) => voteCue[c].shape)).size).toBe(3)
  })

  it('have a label and a meaning in Dutch and English', () => {
    for (const color of VOTE_COLORS) {
      const cue = voteCue[color]
      for (const text of [cue.label, cue.meaning]) {
        expect(text.nl.length).toBeGreaterThan(0)
        expect(text.en.length).toBeGreaterThan(0)
      }
    }
  })

  it('never share a keyboard shortcut', () => {
    const keys = VOTE_COLORS.flatMap((c) => voteCue[c].keys)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('choosing a colour with the keyboard', () => {
  it('maps 1, 2, 3 and g, o, r to the colours', () => {
    expect(voteColorForKey('1')).toBe('groen')
    expect(voteColorForKey('g')).toBe('groen')
    expect(voteColorForKey('2')).toBe('oranje')
    expect(voteColorForKey('o')).toBe('oranje')
    expect(voteColorForKey('3')).toBe('rood')
    expect(voteColorForKey('r')).toBe('rood')
  })

  it('ignores upper or lower case', () => {
    expect(voteColorForKey('G')).toBe('groen')
    expect(voteColorForKey('O')).toBe('oranje')
    expect(voteColorForKey('R')).toBe('rood')
  })

  it('chooses nothing for any other key', () => {
    for (const key of ['4', 'x', 'Enter', ' ', '', 'gr'])
      expect(voteColorForKey(key)).toBeUndefined()
  })
})
