import { describe, expect, it } from 'vitest'
import { defaultStatements, reflectionThemes, THEME_IDS } from './defaultStatements.ts'
import { checkStatementText, isStatementId, STATEMENT_MAX_LENGTH } from './statement.ts'

describe('the default statements', () => {
  it('are at least twelve', () => {
    expect(defaultStatements.length).toBeGreaterThanOrEqual(12)
  })

  it('have unique, valid ids', () => {
    const ids = defaultStatements.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(isStatementId(id)).toBe(true)
  })

  it('cover every reflection theme, and only those', () => {
    const used = new Set(defaultStatements.map((s) => s.theme))
    expect([...used].sort()).toEqual([...THEME_IDS].sort())
  })

  it('spread evenly enough that no theme has fewer than two', () => {
    for (const theme of THEME_IDS) {
      expect(defaultStatements.filter((s) => s.theme === theme).length).toBeGreaterThanOrEqual(2)
    }
  })

  it('have Dutch and English text that passes the same check as a typed statement', () => {
    for (const { text } of defaultStatements) {
      for (const value of [text.nl, text.en]) {
        expect(value.length).toBeGreaterThan(0)
        expect([...value].length).toBeLessThanOrEqual(STATEMENT_MAX_LENGTH)
        // Already clean: the check changes nothing, so a default reads exactly as written.
        expect(checkStatementText(value)).toEqual({ ok: true, value })
      }
    }
  })

  it('do not repeat a statement', () => {
    const texts = defaultStatements.map((s) => s.text.nl)
    expect(new Set(texts).size).toBe(texts.length)
  })
})

describe('the reflection themes', () => {
  it('are the six themes of the guide, each with a Dutch and English label', () => {
    expect(reflectionThemes.map((t) => t.id)).toEqual([...THEME_IDS])
    for (const { label } of reflectionThemes) {
      expect(label.nl.length).toBeGreaterThan(0)
      expect(label.en.length).toBeGreaterThan(0)
    }
  })
})
