import {
  createTLStore,
  defaultBindingUtils,
  NoteShapeUtil,
  type TLRecord,
  type TLShapeId,
} from 'tldraw'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import * as Y from 'yjs'
import { AREA_SHAPE_TYPE, areaShapeId } from './areas/areaShape.ts'
import { boardShapeUtils } from './areas/boardShapeUtils.ts'
import {
  bindStoreToYDoc,
  isSharedRecord,
  loadRecordsIntoStore,
  putHeldBack,
  recordsMap,
  writeDefaultRecords,
} from './bindStoreToYDoc.ts'
import { createSkippedRecords } from './skippedRecords.ts'

function newStore() {
  return createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })
}

function board() {
  const store = newStore()
  const doc = new Y.Doc()
  const skipped = createSkippedRecords()
  writeDefaultRecords(doc, store, 'Pagina 1')
  loadRecordsIntoStore(doc, store, skipped)
  const stop = bindStoreToYDoc(doc, store, skipped)
  return { store, doc, stop, skipped }
}

function zone(id: TLShapeId): TLRecord {
  return {
    id,
    typeName: 'shape',
    type: AREA_SHAPE_TYPE,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'Y00',
    parentId: 'page:page',
    isLocked: true,
    opacity: 1,
    props: { w: 400, h: 300, title: { nl: 'Zone', en: 'Zone' }, instruction: { nl: '', en: '' } },
    meta: {},
  } as TLRecord
}

// A valid note as tldraw would write it: its util's defaults need no editor.
const noteProps = NoteShapeUtil.prototype.getDefaultProps.call(null)

function note(id: string): TLRecord {
  return {
    ...zone(id as TLShapeId),
    type: 'note',
    isLocked: false,
    index: 'a1',
    props: noteProps,
  } as TLRecord
}

/** A change another browser made, arriving through the provider. */
function fromPeer(doc: Y.Doc, change: (records: Y.Map<TLRecord>) => void): void {
  const peer = new Y.Doc()
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
  change(recordsMap(peer))
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)))
}

describe('the board binding keeps template zones local', () => {
  it('never writes a zone of the local board into the board document', () => {
    const { store, doc, stop } = board()
    const id = areaShapeId('inst:zone')
    // Zones are projected as a remote change; a user edit of one is what the binding sees.
    store.put([zone(id)])
    store.update(id, (record) => ({ ...record, x: 10 }))
    expect(recordsMap(doc).has(id)).toBe(false)
    stop()
  })

  it('ignores a zone a peer puts in the board document, by id or by type', () => {
    const { store, doc, stop } = board()
    const byId = areaShapeId('inst:sneaky')
    const byType = 'shape:not-a-zone-id' as TLShapeId
    fromPeer(doc, (records) => {
      records.set(byId, note(byId))
      records.set(byType, zone(byType))
    })
    expect(store.has(byId)).toBe(false)
    expect(store.has(byType)).toBe(false)
    // The same note under an ordinary id does arrive: it was the id that kept it out.
    fromPeer(doc, (records) => records.set('shape:plain', note('shape:plain')))
    expect(store.has('shape:plain' as TLShapeId)).toBe(true)
    stop()
  })

  it('passes everything else both ways', () => {
    const { store, doc, stop } = board()
    const mine = 'shape:mine' as TLShapeId
    store.put([note(mine)])
    expect(recordsMap(doc).has(mine)).toBe(true)
    const theirs = 'shape:theirs' as TLShapeId
    fromPeer(doc, (records) => records.set(theirs, note(theirs)))
    expect(store.has(theirs)).toBe(true)
    expect(isSharedRecord(note(theirs))).toBe(true)
    stop()
  })
})

/** A note with this text, as tldraw would write it. */
function noteSaying(id: string, text: string): TLRecord {
  const record = note(id) as TLRecord & { props: Record<string, unknown> }
  return {
    ...record,
    props: {
      ...record.props,
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
    },
  } as TLRecord
}

/** A note no tldraw accepts: a colour it does not have. Its text must never be logged. */
const SECRET = 'Familie Janssens-Qx'
function brokenNote(id: string): TLRecord {
  const record = noteSaying(id, SECRET) as TLRecord & { props: Record<string, unknown> }
  return { ...record, props: { ...record.props, color: 'chartreuse' } } as TLRecord
}

describe('one bad record never breaks a board', () => {
  let warn: MockInstance<typeof console.warn>
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    // Ids and reasons only: never what someone wrote.
    expect(JSON.stringify(warn.mock.calls)).not.toContain(SECRET)
    warn.mockRestore()
  })

  it('loads every record that fits and skips, logs and lists the ones that do not', () => {
    const store = newStore()
    const doc = new Y.Doc()
    const skipped = createSkippedRecords()
    writeDefaultRecords(doc, store, 'Pagina 1')
    doc.transact(() => {
      const records = recordsMap(doc) as unknown as Y.Map<unknown>
      records.set('shape:one', noteSaying('shape:one', 'Eerste'))
      records.set('shape:broken', brokenNote('shape:broken'))
      records.set('shape:two', noteSaying('shape:two', 'Tweede'))
      records.set('shape:junk', 'not a record at all')
      records.set('shape:elsewhere', noteSaying('shape:other', 'Onder een andere sleutel'))
      records.set('gadget:x', { id: 'gadget:x', typeName: 'gadget' })
    })

    expect(loadRecordsIntoStore(doc, store, skipped)).toEqual({ ok: true })
    const shapeIds = store
      .allRecords()
      .filter((record) => record.typeName === 'shape')
      .map((record) => record.id)
      .sort()
    expect(shapeIds).toEqual(['shape:one', 'shape:two'])
    expect([...skipped.getState().ids].sort()).toEqual([
      'gadget:x',
      'shape:broken',
      'shape:elsewhere',
      'shape:junk',
    ])
    expect(warn).toHaveBeenCalledTimes(4)
    const brokenWarning = warn.mock.calls.find((call) => String(call[0]).includes('shape:broken'))
    expect(String(brokenWarning?.[0])).toContain('props.color')
    // Skipped, not repaired: the board document still holds what was written.
    expect(recordsMap(doc).has('shape:broken' as TLShapeId)).toBe(true)
  })

  it('takes remote records one by one: a bad one is skipped, the others arrive', () => {
    const { store, doc, stop, skipped } = board()
    fromPeer(doc, (records) => {
      records.set('shape:good', noteSaying('shape:good', 'Goed'))
      records.set('shape:bad', brokenNote('shape:bad'))
    })
    expect(store.has('shape:good' as TLShapeId)).toBe(true)
    expect(store.has('shape:bad' as TLShapeId)).toBe(false)
    expect(skipped.getState().ids).toEqual(['shape:bad'])

    // Written again so that it fits, it arrives and leaves the list.
    fromPeer(doc, (records) => records.set('shape:bad', noteSaying('shape:bad', 'Hersteld')))
    expect(store.has('shape:bad' as TLShapeId)).toBe(true)
    expect(skipped.getState().ids).toEqual([])

    // A bad version of a record everyone sees: the last good one stays on the board.
    fromPeer(doc, (records) => records.set('shape:good', brokenNote('shape:good')))
    expect(store.get('shape:good' as TLShapeId)).toMatchObject({ props: { color: 'black' } })
    expect(skipped.getState().ids).toEqual(['shape:good'])

    // Removed from the board document (a facilitator's `board.removeRecord`): gone everywhere.
    fromPeer(doc, (records) => records.delete('shape:good'))
    expect(store.has('shape:good' as TLShapeId)).toBe(false)
    expect(skipped.getState().ids).toEqual([])
    stop()
  })

  it('forgets a skipped record once this page writes one that fits under its id', () => {
    const { store, doc, stop, skipped } = board()
    fromPeer(doc, (records) => records.set('shape:bad', brokenNote('shape:bad')))
    expect(skipped.getState().ids).toEqual(['shape:bad'])
    store.put([noteSaying('shape:bad', 'Opnieuw')])
    expect(skipped.getState().ids).toEqual([])
    expect(recordsMap(doc).get('shape:bad' as TLShapeId)).toMatchObject({
      props: { color: 'black' },
    })
    stop()
  })

  it('still migrates records of an older schema, and skips the one that does not fit after', () => {
    const store = newStore()
    const doc = new Y.Doc()
    const skipped = createSkippedRecords()
    writeDefaultRecords(doc, store, 'Pagina 1')
    // The board as a client of tldraw's note version 11 wrote it.
    const schema = store.schema.serialize()
    const older = { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.note': 11 } }
    const asVersion11 = (record: TLRecord) => {
      const { textLastEditedBy: _dropped, ...props } = (
        record as TLRecord & { props: Record<string, unknown> }
      ).props
      return { ...record, props: { ...props, fontSizeAdjustment: 0, textFirstEditedBy: null } }
    }
    doc.transact(() => {
      const records = recordsMap(doc) as unknown as Y.Map<unknown>
      records.set('shape:old', asVersion11(noteSaying('shape:old', 'Van vroeger')))
      records.set('shape:oldbroken', asVersion11(brokenNote('shape:oldbroken')))
      doc.getMap('meta').set('schema', older)
    })

    expect(loadRecordsIntoStore(doc, store, skipped)).toEqual({ ok: true })
    const migrated = store.get('shape:old' as TLShapeId) as TLRecord & {
      props: Record<string, unknown>
    }
    expect(migrated.props.fontSizeAdjustment).toBe(1)
    expect(migrated.props.textLastEditedBy).toBeNull()
    expect('textFirstEditedBy' in migrated.props).toBe(false)
    expect(skipped.getState().ids).toEqual(['shape:oldbroken'])
    // The migrated record is written back for everyone; the bad one is left as it was.
    expect(recordsMap(doc).get('shape:old' as TLShapeId)).toEqual(migrated)
    expect(doc.getMap('meta').get('schema')).toEqual(schema)
  })

  it("replaces a bad document or first page with tldraw's default, for everyone", () => {
    const store = newStore()
    const doc = new Y.Doc()
    const skipped = createSkippedRecords()
    writeDefaultRecords(doc, store, 'Pagina 1')
    fromPeer(doc, (records) => {
      const map = records as unknown as Y.Map<unknown>
      map.set('page:page', { id: 'page:page', typeName: 'page', name: 42 })
      map.set('shape:one', noteSaying('shape:one', 'Op de pagina'))
    })

    expect(loadRecordsIntoStore(doc, store, skipped)).toEqual({ ok: true })
    expect(store.get('page:page' as TLRecord['id'])).toMatchObject({ typeName: 'page' })
    expect(store.has('shape:one' as TLShapeId)).toBe(true)
    expect(recordsMap(doc).get('page:page' as TLRecord['id'])).toEqual(
      store.get('page:page' as TLRecord['id']),
    )
    expect(skipped.getState().ids).toEqual([])
  })
})

describe('a large board: what is held back at load comes later, and never over newer news', () => {
  /** A board in the document with notes `a`, `b`, `c`; all but `a` held back at load. */
  function heldBackBoard() {
    const store = newStore()
    const doc = new Y.Doc()
    const skipped = createSkippedRecords()
    writeDefaultRecords(doc, store, 'Pagina 1')
    doc.transact(() => {
      for (const id of ['shape:a', 'shape:b', 'shape:c']) recordsMap(doc).set(id, note(id))
    })
    const result = loadRecordsIntoStore(doc, store, skipped, {
      split: (records) => ({
        first: records.filter((record) => record.id !== 'shape:b' && record.id !== 'shape:c'),
        later: records.filter((record) => record.id === 'shape:b' || record.id === 'shape:c'),
      }),
    })
    if (!result.ok) throw new Error('the board did not load')
    const stop = bindStoreToYDoc(doc, store, skipped)
    return { store, doc, skipped, stop, heldBack: result.heldBack ?? [] }
  }

  it('puts only the first part in the store at load, the rest with putHeldBack', () => {
    const { store, doc, skipped, stop, heldBack } = heldBackBoard()
    expect(store.has('shape:a' as TLShapeId)).toBe(true)
    expect(store.has('shape:b' as TLShapeId)).toBe(false)
    expect(heldBack.map((record) => record.id).sort()).toEqual(['shape:b', 'shape:c'])
    putHeldBack(doc, store, skipped, heldBack)
    expect(store.has('shape:b' as TLShapeId)).toBe(true)
    expect(store.has('shape:c' as TLShapeId)).toBe(true)
    // Put as a remote change: nothing of it is written back to the document.
    expect(recordsMap(doc).get('shape:b')).toEqual(note('shape:b'))
    stop()
  })

  it('leaves a record a peer changed or removed meanwhile as the peer left it', () => {
    const { store, doc, skipped, stop, heldBack } = heldBackBoard()
    fromPeer(doc, (records) => {
      records.set('shape:b', { ...note('shape:b'), x: 500 } as TLRecord)
      records.delete('shape:c')
    })
    putHeldBack(doc, store, skipped, heldBack)
    expect(store.get('shape:b' as TLShapeId)?.x).toBe(500)
    expect(store.has('shape:c' as TLShapeId)).toBe(false)
    stop()
  })

  it('keeps a shape out whose parent is gone, and writes nothing to the document', () => {
    const { store, doc, skipped, stop } = heldBackBoard()
    const orphan = { ...note('shape:child'), parentId: 'shape:gone' } as TLRecord
    recordsMap(doc).set('shape:child', orphan)
    const before = Y.encodeStateVector(doc)
    putHeldBack(doc, store, skipped, [orphan])
    expect(store.has('shape:child' as TLShapeId)).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    stop()
  })
})
