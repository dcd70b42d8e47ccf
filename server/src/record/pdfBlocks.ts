import type { RecordBlock, RecordListItem } from '@reflectiebord/shared'
import { fontForAll } from './fontRuns.ts'
import type { PdfComposer } from './PdfComposer.ts'
// PDFKit options its published types lack (structParent, scope, bbox).
import type {} from './pdfkitTypes.ts'
import { COLORS, LIST, PICTURE, STYLES, type TextStyle } from './pdfStyle.ts'
import type { PdfWords } from './pdfWords.ts'
import type { PdfPicture } from './recordPictures.ts'

type Parent = PDFKit.PDFStructureElement

export interface BlockContext {
  composer: PdfComposer
  words: PdfWords
  /** Loads a picture named in the record; null when there is none to print. */
  picture: (src: string) => Promise<PdfPicture | null>
}

/**
 * One block of a record section as tagged PDF content under `parent`: a heading (H3), a
 * paragraph (P), a list (L > LI > Lbl + LBody, nested lists inside their item's body), a
 * table (Table > TR > TH/TD, the header cells naming their column) or a picture (Figure with
 * its description as alternative text, and the title and description printed under it).
 */
export async function writeBlock(block: RecordBlock, parent: Parent, ctx: BlockContext) {
  switch (block.kind) {
    case 'heading':
      writeText(ctx.composer, parent, 'H3', block.text, STYLES.heading, { keepWith: 2 })
      return
    case 'paragraph':
      writeText(ctx.composer, parent, 'P', block.text, STYLES.body)
      return
    case 'list':
      writeList(ctx.composer, parent, block.items, 0)
      ctx.composer.doc.y += STYLES.body.after
      return
    case 'table':
      writeTable(ctx.composer, parent, block)
      return
    case 'picture':
      await writePicture(ctx, parent, block)
      return
  }
}

/** A heading or paragraph; a heading is kept on one page with the first lines after it. */
export function writeText(
  composer: PdfComposer,
  parent: Parent,
  tag: string,
  text: string,
  style: TextStyle,
  { keepWith = 0 }: { keepWith?: number } = {},
): void {
  const width = composer.width
  composer.ensureSpace(
    style.before +
      Math.min(composer.heightOf(text, style, width), composer.lineHeight(style) * 3) +
      keepWith * composer.lineHeight(STYLES.body),
  )
  parent.add(composer.doc.struct(tag, {}, () => composer.write(text, style, composer.left, width)))
}

function writeList(
  composer: PdfComposer,
  parent: Parent,
  items: readonly RecordListItem[],
  depth: number,
): void {
  const { doc } = composer
  const list = doc.struct('L')
  parent.add(list)
  const labelX = composer.left + depth * LIST.indent
  const bodyX = labelX + LIST.indent
  const bodyWidth = composer.width - (bodyX - composer.left)
  const bullet = LIST.bullets[depth % LIST.bullets.length] ?? '•'
  for (const item of items) {
    const text = item.author ? `${item.text} (${item.author})` : item.text
    composer.ensureSpace(composer.lineHeight(STYLES.body) * 2)
    const top = doc.y
    const entry = doc.struct('LI')
    list.add(entry)
    entry.add(
      doc.struct('Lbl', {}, () => {
        composer.write(bullet, { ...STYLES.body, after: 0 }, labelX, LIST.indent)
      }),
    )
    doc.y = top
    const body = doc.struct('LBody')
    entry.add(body)
    body.add(() => composer.write(text, { ...STYLES.body, after: 2 }, bodyX, bodyWidth))
    if (item.items && item.items.length > 0) writeList(composer, body, item.items, depth + 1)
    body.end()
    entry.end()
  }
  list.end()
}

function writeTable(
  composer: PdfComposer,
  parent: Parent,
  block: Extract<RecordBlock, { kind: 'table' }>,
): void {
  if (block.columns.length === 0) return
  const { doc } = composer
  // One face for the header row and one for the rest, so no row is set in two fonts.
  const regular = composer.chain('regular')
  const bold = composer.chain('bold')
  const covers = regular.map((font) => font.covers)
  const headerFace = fontForAll(block.columns.join(' '), covers)
  const bodyFace = fontForAll(block.rows.flat().join(' '), covers)
  const size = 10
  const rowHeight = size * 2.4
  composer.ensureSpace(
    composer.lineHeight(STYLES.tableCaption) + rowHeight * Math.min(3, block.rows.length + 1),
  )
  writeText(composer, parent, 'P', block.caption, STYLES.tableCaption)
  const width = Math.min(composer.width, 110 + block.columns.length * 80)
  doc.table({
    structParent: parent,
    position: { x: composer.left, y: doc.y },
    maxWidth: width,
    defaultStyle: {
      font: { src: regular[bodyFace]?.name ?? regular[0].name, size },
      padding: [4, 6],
      border: 0.6,
      borderColor: COLORS.rule,
      textColor: COLORS.ink,
    },
    data: [
      block.columns.map((text) => ({
        text,
        type: 'TH' as const,
        scope: 'Column' as const,
        font: { src: bold[headerFace]?.name ?? bold[0].name, size },
        backgroundColor: COLORS.tableHeader,
      })),
      ...block.rows,
    ],
  })
  doc.x = composer.left
  doc.y += 10
}

async function writePicture(
  ctx: BlockContext,
  parent: Parent,
  block: Extract<RecordBlock, { kind: 'picture' }>,
): Promise<void> {
  const { composer } = ctx
  const { doc } = composer
  const picture = await ctx.picture(block.src)
  if (!picture) {
    writeText(composer, parent, 'P', ctx.words.pictureNotShown(block.title, block.alt), {
      ...STYLES.caption,
      color: STYLES.body.color,
    })
    return
  }
  const scale = Math.min(PICTURE.maxWidth / picture.width, PICTURE.maxHeight / picture.height)
  const width = picture.width * scale
  const height = picture.height * scale
  const caption = `${block.title}: ${block.alt}`
  composer.ensureSpace(height + 6 + composer.heightOf(caption, STYLES.caption, composer.width))
  const x = composer.left
  const y = doc.y
  parent.add(
    doc.struct('Figure', { alt: block.alt, bbox: [x, y, x + width, y + height] }, () => {
      doc.image(picture.data, x, y, { width, height })
    }),
  )
  doc.x = composer.left
  doc.y = y + height + 6
  writeText(composer, parent, 'P', caption, STYLES.caption)
}
