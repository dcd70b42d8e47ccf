import type { Writable } from 'node:stream'
import { recordFacts, recordHeading, type SessionRecord } from '@reflectiebord/shared'
import { PdfComposer } from './PdfComposer.ts'
import { type BlockContext, writeBlock, writeText } from './pdfBlocks.ts'
import { COLORS, STYLES } from './pdfStyle.ts'
import { pdfWords } from './pdfWords.ts'
import { loadRecordFonts } from './recordFonts.ts'
import type { PdfPicture } from './recordPictures.ts'

export interface RecordPdfOptions {
  /** Loads a picture the record names, or null (see `RecordPictures`). */
  picture: (src: string) => Promise<PdfPicture | null>
  /** Pictures printed at most; the rest appear by their description. Bounds time and size. */
  maxPictures: number
}

/**
 * Writes the session record as a tagged A4 PDF into `out`, page by page as it is made (a large
 * board is never held whole in memory): the title (H1) and facts, then one section (Sect, H2)
 * per exercise with its blocks, in reading order. Language and title are set for screen
 * readers; the footer is an artifact. Resolves when `out` has everything, or when it was
 * closed early (the reader went away), in which case the rest is not made.
 */
export async function writeRecordPdf(
  record: SessionRecord,
  out: Writable,
  options: RecordPdfOptions,
): Promise<void> {
  const fonts = await loadRecordFonts()
  const words = pdfWords[record.language]
  const heading = recordHeading(record)
  const composer = new PdfComposer({
    fonts,
    lang: record.language === 'nl' ? 'nl-BE' : 'en',
    title: heading,
    footer: (page) => ({ left: heading, right: words.page(page) }),
  })
  const { doc } = composer
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve)
    out.once('close', resolve)
    out.once('error', reject)
    doc.once('error', reject)
  })
  doc.pipe(out)
  composer.start()

  const root = doc.struct('Document')
  doc.addStructure(root)
  writeText(composer, root, 'H1', heading, STYLES.title)
  for (const fact of recordFacts(record)) {
    writeText(composer, root, 'P', `${fact.label}: ${fact.value}`, STYLES.fact)
  }
  const ruleY = doc.y + 6
  doc.markContent('Artifact', { type: 'Layout' })
  doc
    .moveTo(composer.left, ruleY)
    .lineTo(composer.left + composer.width, ruleY)
    .lineWidth(0.8)
    .strokeColor(COLORS.rule)
    .stroke()
  doc.endMarkedContent()
  doc.y = ruleY + 4

  let printed = 0
  const context: BlockContext = {
    composer,
    words,
    picture: (src) =>
      printed++ < options.maxPictures ? options.picture(src) : Promise.resolve(null),
  }
  for (const section of record.sections) {
    if (out.destroyed) break
    const sect = doc.struct('Sect')
    root.add(sect)
    writeText(composer, sect, 'H2', section.title, STYLES.section, { keepWith: 3 })
    for (const block of section.blocks) {
      if (out.destroyed) break
      await writeBlock(block, sect, context)
    }
    sect.end()
  }
  root.end()
  doc.end()
  await done
}
