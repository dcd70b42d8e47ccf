import { describe, expect, it } from 'vitest'
import { parseControlCommand } from '../exercises/registry.ts'
import { isRemovableBoardRecord, MAX_BOARD_RECORD_ID_LENGTH } from './controlCommands.ts'

describe('parseControlCommand', () => {
  it.each([
    [{ type: 'phase.next' }],
    [{ type: 'timer.start', durationMs: 300_000 }],
    [{ type: 'template.load', templateId: 'reflecteren', origin: { x: 0, y: -400.5 } }],
    [{ type: 'cap.set', cap: 12 }],
    [{ type: 'record.allowParticipants', allowed: true }],
    [{ type: 'role.grant', publicId: 'AbC_-123' }],
    [{ type: 'sealed.open', boxId: 'stelling-1', anonymous: true }],
    // Any key another client wrote must be removable, however odd.
    [{ type: 'board.removeRecord', recordId: 'shape:van een andere app/…' }],
  ])('accepts %j', (raw) => {
    expect(parseControlCommand(raw)).toEqual({ ok: true, command: raw })
  })

  it('drops fields a command does not have', () => {
    expect(parseControlCommand({ type: 'timer.pause', evil: true })).toEqual({
      ok: true,
      command: { type: 'timer.pause' },
    })
  })

  it.each([
    ['not an object', 'phase.next', 'invalid-command'],
    ['an array', [], 'invalid-command'],
    ['an unknown type', { type: 'board.wipe' }, 'unknown-command'],
    ['a negative duration', { type: 'timer.start', durationMs: -1 }, 'invalid-duration'],
    ['an absurd duration', { type: 'timer.start', durationMs: 1e12 }, 'invalid-duration'],
    ['a duration in text', { type: 'timer.start', durationMs: '5 min' }, 'invalid-duration'],
    ['a missing duration', { type: 'timer.start' }, 'invalid-duration'],
    ['a fractional phase', { type: 'phase.set', index: 1.5 }, 'phase-out-of-range'],
    ['a phase in text', { type: 'phase.set', index: '2' }, 'phase-out-of-range'],
    ['a template without origin', { type: 'template.load', templateId: 'x' }, 'invalid-position'],
    [
      'a template at infinity',
      { type: 'template.load', templateId: 'x', origin: { x: Number.POSITIVE_INFINITY, y: 0 } },
      'invalid-position',
    ],
    [
      'a template id with a slash',
      { type: 'template.load', templateId: '../x', origin: { x: 0, y: 0 } },
      'invalid-id',
    ],
    ['a cap of zero', { type: 'cap.set', cap: 0 }, 'invalid-cap'],
    ['a cap of a thousand', { type: 'cap.set', cap: 1000 }, 'invalid-cap'],
    ['a grant without id', { type: 'role.grant' }, 'invalid-id'],
    [
      'a record permission in words',
      { type: 'record.allowParticipants', allowed: 'ja' },
      'invalid-command',
    ],
    ['a box without anonymity choice', { type: 'sealed.open', boxId: 'b' }, 'invalid-command'],
    ['an empty record id', { type: 'board.removeRecord', recordId: '' }, 'invalid-id'],
    [
      'an endless record id',
      { type: 'board.removeRecord', recordId: 'x'.repeat(MAX_BOARD_RECORD_ID_LENGTH + 1) },
      'invalid-id',
    ],
  ])('refuses %s', (_what, raw, code) => {
    const result = parseControlCommand(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe(code)
      expect(result.message.length).toBeGreaterThan(10)
    }
  })
})

describe('isRemovableBoardRecord', () => {
  it('offers any record but the document and the first page, which tldraw needs', () => {
    expect(isRemovableBoardRecord('shape:abc')).toBe(true)
    expect(isRemovableBoardRecord('page:tweede')).toBe(true)
    expect(isRemovableBoardRecord('document:document')).toBe(false)
    expect(isRemovableBoardRecord('page:page')).toBe(false)
    expect(isRemovableBoardRecord('')).toBe(false)
  })
})
