import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

/** The three faces the record is set in. */
export type FontStyle = 'regular' | 'bold' | 'italic'

/** One font file, registered in a PDF under its name. */
export interface RecordFont {
  name: string
  data: Buffer
  covers: (codePoint: number) => boolean
}

/**
 * Font files from npm packages (all free licences, embedded as subsets):
 * - IBM Plex Sans (SIL OFL 1.1, `@expo-google-fonts/ibm-plex-sans`): the text, the same
 *   family tldraw draws the board's text in; every Dutch and Western European letter.
 * - DejaVu Sans (Bitstream Vera licence, `dejavu-fonts-ttf`): shapes and symbols Plex lacks,
 *   such as the ● ▲ ■ a vote tally puts beside its words.
 * - Noto Emoji (SIL OFL 1.1, `@expo-google-fonts/noto-emoji`): emoji people put in notes.
 */
const FILES: Readonly<Record<FontStyle, readonly string[]>> = {
  regular: [
    '@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf',
    'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  ],
  bold: [
    '@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf',
    'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    '@expo-google-fonts/noto-emoji/600SemiBold/NotoEmoji_600SemiBold.ttf',
  ],
  italic: [
    '@expo-google-fonts/ibm-plex-sans/400Regular_Italic/IBMPlexSans_400Regular_Italic.ttf',
    'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
    '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  ],
}

const require = createRequire(import.meta.url)

/** Each style's fallback chain, first font first. */
export type RecordFontChains = Readonly<Record<FontStyle, readonly RecordFont[]>>

let loaded: Promise<RecordFontChains> | undefined

/**
 * Reads the font files once, on the first PDF: a server that never makes one never holds
 * them. A missing file fails here, loudly, rather than giving a record in a standard font
 * that cannot write "één".
 */
export function loadRecordFonts(): Promise<RecordFontChains> {
  loaded ??= (async () => {
    const byFile = new Map<string, Promise<RecordFont>>()
    const open = (file: string): Promise<RecordFont> => {
      let font = byFile.get(file)
      if (!font) {
        font = readFile(require.resolve(file)).then((data) => {
          const parsed = fontkit.create(data)
          if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${file} is a font collection`)
          return {
            name: file.slice(file.lastIndexOf('/') + 1, -'.ttf'.length),
            data,
            covers: (codePoint: number) => parsed.hasGlyphForCodePoint(codePoint),
          }
        })
        byFile.set(file, font)
      }
      return font
    }
    const chain = (style: FontStyle) => Promise.all(FILES[style].map(open))
    const [regular, bold, italic] = await Promise.all([
      chain('regular'),
      chain('bold'),
      chain('italic'),
    ])
    return { regular, bold, italic }
  })()
  // A failed load is not kept: the next request tries again.
  loaded.catch(() => {
    loaded = undefined
  })
  return loaded
}
