import type { FontStyle } from './recordFonts.ts'

/** The record's page: A4 portrait in points (1/72 inch), 2 cm margins; the footer sits in the bottom one. */
export const PAGE = {
  size: 'A4',
  margins: { top: 57, bottom: 62, left: 57, right: 57 },
} as const

/** One kind of text on the page. */
export interface TextStyle {
  font: FontStyle
  size: number
  /** Extra space between the lines of one paragraph. */
  lineGap: number
  color: string
  /** Space above, before the first line. */
  before: number
  /** Space below, after the last line. */
  after: number
}

const INK = '#1f2933'
const MUTED = '#4b5563'
/** The app's dark blue: section headings stand out when leafing through, without shouting. */
const ACCENT = '#1e3a8a'

// Sizes for reading on paper and on screen: 10.5 pt text, headings a clear step larger.
export const STYLES = {
  title: { font: 'bold', size: 20, lineGap: 2, color: INK, before: 0, after: 6 },
  fact: { font: 'regular', size: 10.5, lineGap: 2, color: MUTED, before: 0, after: 1 },
  section: { font: 'bold', size: 15, lineGap: 2, color: ACCENT, before: 20, after: 6 },
  heading: { font: 'bold', size: 12, lineGap: 2, color: INK, before: 12, after: 4 },
  body: { font: 'regular', size: 10.5, lineGap: 3, color: INK, before: 0, after: 6 },
  caption: { font: 'italic', size: 9.5, lineGap: 2, color: MUTED, before: 0, after: 8 },
  tableCaption: { font: 'bold', size: 10, lineGap: 2, color: INK, before: 2, after: 4 },
  footer: { font: 'regular', size: 8.5, lineGap: 0, color: MUTED, before: 0, after: 0 },
} as const satisfies Record<string, TextStyle>

export const COLORS = {
  ink: INK,
  rule: '#9aa5b1',
  tableHeader: '#e8edf2',
} as const

/** How far each list level is indented, and the marks of the first two levels. */
export const LIST = { indent: 16, bullets: ['•', '–'] } as const

/** The largest a picture is printed: about 8 × 6 cm. */
export const PICTURE = { maxWidth: 227, maxHeight: 170 } as const
