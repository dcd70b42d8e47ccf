import { AUTHOR_META, freePlace, type Rect } from '@reflectiebord/shared'
import { type Box, createShapeId, type Editor, type TLShapeId, toRichText } from 'tldraw'
import { isSharedRecord } from '../board/bindStoreToYDoc.ts'

/**
 * How the list view writes the board: through the tldraw editor, like the canvas, so the
 * binding carries it to everyone. Unlike the canvas it never starts editing on the board or
 * takes the keyboard focus: the person is typing in the list.
 */

/** tldraw notes are 200 units square at scale 1. */
const NOTE_SIZE = 200
/** Room for a zone's title and instruction at its top (see AreaZone). */
const ZONE_HEADER = 120
const GAP = 20

/** Shapes on the page (zones left out): what a new note must not cover. */
function obstacles(editor: Editor): Rect[] {
  const pageId = editor.getCurrentPageId()
  return editor
    .getCurrentPageShapes()
    .filter((shape) => shape.parentId === pageId && isSharedRecord(shape))
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((box): box is Box => box !== undefined)
    .map(({ x, y, w, h }) => ({ x, y, w, h }))
}

/**
 * A new note with `text` at a free place in `region` (a zone, or part of one). Made by me,
 * like a note written on the canvas (the board's author mark is set on creation).
 */
export function addNote(
  editor: Editor,
  region: Rect,
  text: string,
  options: { top?: number } = {},
): TLShapeId {
  const id = createShapeId()
  const at = freePlace(region, { w: NOTE_SIZE, h: NOTE_SIZE }, obstacles(editor), {
    top: options.top ?? ZONE_HEADER,
    gap: GAP,
  })
  editor.markHistoryStoppingPoint('list:add-note')
  editor.createShape({
    id,
    parentId: editor.getCurrentPageId(),
    type: 'note',
    x: at.x,
    y: at.y,
    props: { richText: toRichText(text) },
  })
  return id
}

/** Replaces a note's (or text's) words. */
export function setText(editor: Editor, id: TLShapeId, text: string): void {
  const shape = editor.getShape(id)
  if (!shape || (shape.type !== 'note' && shape.type !== 'text')) return
  editor.markHistoryStoppingPoint('list:edit-note')
  editor.updateShape({ id, type: shape.type, props: { richText: toRichText(text) } })
}

export function deleteShape(editor: Editor, id: TLShapeId): void {
  editor.markHistoryStoppingPoint('list:delete')
  editor.deleteShapes([id])
}

/** Whether a shape is mine: the list offers editing and deleting only then. */
export function isMine(meta: Readonly<Record<string, unknown>>, myPublicId: string): boolean {
  return meta[AUTHOR_META] === myPublicId
}

/** Selects a shape on the canvas and brings it into view, without taking the focus. */
export function showOnCanvas(editor: Editor, id: TLShapeId): void {
  if (!editor.getShape(id)) return
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !editor.getViewportPageBounds().contains(bounds)) {
    editor.centerOnPoint(bounds.center, { animation: { duration: 250 } })
  }
}
