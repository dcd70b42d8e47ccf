import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ControlMaps } from '../control/controlState.ts'
import { controlDocumentNeedsUpgrade, upgradeControlDocument } from './upgradeControlDocument.ts'

/** An exercise that once kept its slice in the session map under another key. */
const rondje = { slice: { key: 'rondje', schema: v.unknown(), formerSessionKeys: ['rondje-oud'] } }
const before = { vraag: 'Wat neem je mee?' }

describe('upgradeControlDocument', () => {
  it('moves a slice an older version kept in the session map into games', () => {
    const doc = new Y.Doc()
    doc.getMap(ControlMaps.session).set('rondje-oud', before)
    doc.getMap(ControlMaps.session).set('timer', { running: false })
    expect(controlDocumentNeedsUpgrade(doc, [rondje])).toBe(true)
    expect(upgradeControlDocument(doc, [rondje])).toBe(true)
    expect(doc.getMap(ControlMaps.games).get('rondje')).toEqual(before)
    expect(doc.getMap(ControlMaps.session).has('rondje-oud')).toBe(false)
    // Core state in the session map stays where it is.
    expect(doc.getMap(ControlMaps.session).get('timer')).toEqual({ running: false })
    expect(controlDocumentNeedsUpgrade(doc, [rondje])).toBe(false)
    expect(upgradeControlDocument(doc, [rondje])).toBe(false)
  })

  it('keeps a slice that is already where this version reads it', () => {
    const doc = new Y.Doc()
    const current = { vraag: 'Wat heb je nodig?' }
    doc.getMap(ControlMaps.session).set('rondje-oud', before)
    doc.getMap(ControlMaps.games).set('rondje', current)
    upgradeControlDocument(doc, [rondje])
    expect(doc.getMap(ControlMaps.games).get('rondje')).toEqual(current)
    expect(doc.getMap(ControlMaps.session).has('rondje-oud')).toBe(false)
  })

  it('changes nothing in a document without former keys', () => {
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    expect(
      upgradeControlDocument(doc, [rondje, { slice: { key: 'x', schema: v.unknown() } }]),
    ).toBe(false)
    expect(updates).toEqual([])
  })
})
