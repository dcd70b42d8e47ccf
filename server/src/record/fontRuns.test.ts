import { describe, expect, it } from 'vitest'
import { fontForAll, fontRuns } from './fontRuns.ts'

// A text face with Latin letters, a symbol face with ● ▲ ■, an emoji face.
const text = (cp: number) => cp < 0x2000
const symbols = (cp: number) => cp >= 0x25a0 && cp <= 0x25ff
const emoji = (cp: number) => cp >= 0x1f300
const chain = [text, symbols, emoji]

describe('fontRuns', () => {
  it('keeps Dutch text with its diacritics in one run of the text face', () => {
    expect(fontRuns('één reünie, coöperatie', chain)).toEqual([
      { text: 'één reünie, coöperatie', font: 0 },
    ])
  })

  it('sets a shape in the symbol face and the word after it in the text face', () => {
    expect(fontRuns('● Groen', chain)).toEqual([
      { text: '● ', font: 1 },
      { text: 'Groen', font: 0 },
    ])
  })

  it('keeps an emoji with its skin tone and joiners together', () => {
    expect(fontRuns('Top 👍🏽!', chain)).toEqual([
      { text: 'Top ', font: 0 },
      { text: '👍🏽', font: 2 },
      { text: '!', font: 0 },
    ])
  })

  it('leaves what no face has in the first one', () => {
    expect(fontRuns('a\u{10ffff}b', [text])).toEqual([{ text: 'a\u{10ffff}b', font: 0 }])
  })
})

describe('fontForAll', () => {
  it('picks the first face that has every character', () => {
    expect(fontForAll('Ronde 1', chain)).toBe(0)
    expect(fontForAll('■ Rood', [text, (cp) => text(cp) || symbols(cp)])).toBe(1)
    expect(fontForAll('■ 👍', chain)).toBe(0)
  })
})
