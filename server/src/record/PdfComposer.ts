import PDFDocument from 'pdfkit'
import { fontRuns } from './fontRuns.ts'
import { PAGE, STYLES, type TextStyle } from './pdfStyle.ts'
import type { FontStyle, RecordFont, RecordFontChains } from './recordFonts.ts'

export interface ComposerOptions {
  fonts: RecordFontChains
  /** BCP 47, the document's language for screen readers: `nl-BE` or `en`. */
  lang: string
  /** The document title viewers show instead of the file name. */
  title: string
  /** The footer of page n (an artifact: not read as part of the text). */
  footer: (page: number) => { left: string; right: string }
}

/**
 * A tagged A4 PDF being written from top to bottom: text in the record's fonts (each
 * character in the first font of its chain that has it), page breaks, and a footer on every
 * page marked as an artifact so assistive technology skips it. What the content means (which
 * structure element it belongs to) is up to the caller; see `pdfBlocks.ts`.
 */
export class PdfComposer {
  readonly doc: PDFKit.PDFDocument
  private readonly fonts: RecordFontChains
  private readonly footer: ComposerOptions['footer']
  private pages = 0
  /** The font and size text is set in now: a footer drawn mid-paragraph must give them back. */
  private current: { name: string; size: number } | null = null
  private color: string = STYLES.body.color

  constructor(options: ComposerOptions) {
    this.fonts = options.fonts
    this.footer = options.footer
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margins,
      // The first page is added by `start`, once the footer listener is in place.
      autoFirstPage: false,
      pdfVersion: '1.7',
      tagged: true,
      lang: options.lang,
      displayTitle: true,
      info: { Title: options.title, Creator: 'Reflectiebord' },
    })
    const registered = new Set<string>()
    for (const chain of Object.values(this.fonts)) {
      for (const font of chain) {
        if (registered.has(font.name)) continue
        this.doc.registerFont(font.name, font.data)
        registered.add(font.name)
      }
    }
    this.doc.on('pageAdded', () => this.onPageAdded())
  }

  start(): void {
    this.doc.addPage()
  }

  get left(): number {
    return PAGE.margins.left
  }

  get width(): number {
    return this.doc.page.width - PAGE.margins.left - PAGE.margins.right
  }

  /** Starts a new page unless this much height is left on this one. */
  ensureSpace(height: number): void {
    const bottom = this.doc.page.height - PAGE.margins.bottom
    if (this.doc.y + height > bottom) this.doc.continueOnNewPage()
  }

  /** The height of one line of this style, for keeping a heading with what follows it. */
  lineHeight(style: TextStyle): number {
    this.useFont(this.chain(style.font)[0], style.size)
    return this.doc.currentLineHeight(true) + style.lineGap
  }

  /** How tall this text will be at this width (measured in the style's first font). */
  heightOf(text: string, style: TextStyle, width: number): number {
    this.useFont(this.chain(style.font)[0], style.size)
    return this.doc.heightOfString(text, { width, lineGap: style.lineGap })
  }

  /**
   * Writes text at `x` from the current height, wrapping at `width` and breaking pages as
   * needed, each run in a font that has its characters. The trailing space keeps the last
   * word of this text apart from the first of the next in the text layer.
   */
  write(text: string, style: TextStyle, x: number, width: number): void {
    const chain = this.chain(style.font)
    const runs = fontRuns(
      `${text} `,
      chain.map((font) => font.covers),
    )
    this.color = style.color
    this.doc.fillColor(style.color)
    this.doc.y += style.before
    runs.forEach((run, index) => {
      this.useFont(chain[run.font] ?? chain[0], style.size)
      const options = { width, lineGap: style.lineGap, continued: index < runs.length - 1 }
      if (index === 0) this.doc.text(run.text, x, this.doc.y, options)
      else this.doc.text(run.text, options)
    })
    this.doc.x = this.left
    this.doc.y += style.after
  }

  /** The font of a chain for a single run of text that must stay in one font (a table). */
  chain(style: FontStyle): readonly [RecordFont, ...RecordFont[]] {
    const chain = this.fonts[style]
    const first = chain[0]
    if (!first) throw new Error(`no ${style} font`)
    return [first, ...chain.slice(1)]
  }

  private useFont(font: RecordFont | undefined, size: number): void {
    if (!font) return
    this.doc.font(font.name).fontSize(size)
    this.current = { name: font.name, size }
  }

  private onPageAdded(): void {
    this.pages += 1
    const { doc } = this
    const resume = { x: doc.x, y: doc.y, font: this.current }
    const style = STYLES.footer
    const { left, right } = this.footer(this.pages)
    const y = doc.page.height - 36
    const font = this.chain(style.font)[0]
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] })
    doc.font(font.name).fontSize(style.size).fillColor(style.color)
    const rightWidth = doc.widthOfString(right)
    doc.text(right, this.left + this.width - rightWidth, y, { lineBreak: false })
    doc.text(left, this.left, y, {
      width: this.width - rightWidth - 12,
      height: style.size * 1.5,
      ellipsis: true,
      lineBreak: false,
    })
    doc.endMarkedContent()
    if (resume.font) doc.font(resume.font.name).fontSize(resume.font.size)
    doc.fillColor(this.color)
    doc.x = resume.x
    doc.y = resume.y
  }
}
