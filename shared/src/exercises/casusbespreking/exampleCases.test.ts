import { describe, expect, it } from 'vitest'
import { exampleCases, getExampleCase } from './exampleCases.ts'

describe('the example cases', () => {
  it('are three, set in a waiting room, with a question, in Dutch and English', () => {
    expect(exampleCases).toHaveLength(3)
    expect(new Set(exampleCases.map((c) => c.id)).size).toBe(3)
    for (const example of exampleCases) {
      for (const text of [example.title, example.situation, example.question]) {
        expect(text.nl.trim().length).toBeGreaterThan(5)
        expect(text.en.trim().length).toBeGreaterThan(5)
      }
      expect(example.question.nl.trim().endsWith('?')).toBe(true)
    }
    expect(exampleCases.some((c) => c.situation.nl.includes('wachtruimte'))).toBe(true)
  })

  it('are found by id, and an unknown id finds nothing', () => {
    expect(getExampleCase('stille-wachtruimte')?.title.nl).toBe('De stille wachtruimte')
    expect(getExampleCase('onbekend')).toBeUndefined()
  })
})
