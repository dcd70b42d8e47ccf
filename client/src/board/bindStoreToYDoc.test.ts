import {
  createTLStore,
  defaultBindingUtils,
  NoteShapeUtil,
  type TLRecord,
  type TLShapeId,
} from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { AREA_SHAPE_TYPE, areaShapeId } from './areas/areaShape.ts'
import { boardShapeUtils } from './areas/boardShapeUtils.ts'
import {
  bindStoreToYDoc,
  isSharedRecord,
  loadRecordsIntoStore,
  recordsMap,
  writeDefaultRecords,
} from './bindStoreToYDoc.ts'

function board() {
  const store = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })
  const doc = new Y.Doc()
  writeDefaultRecords(doc, store, 'Pagina 1')
  loadRecordsIntoStore(doc, store)
  const stop = bindStoreToYDoc(doc, store)
  return { store, doc, stop }
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
