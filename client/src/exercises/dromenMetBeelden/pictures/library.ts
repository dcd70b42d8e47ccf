import type { Language } from '../../../i18n/languages.ts'
import { type PictureScene, sceneCatalog } from './sceneCatalog.ts'

/**
 * The picture library as the UI sees it: what each picture shows and where to load it from.
 * The figure data stays out, so the UI does not depend on how the cards are drawn.
 */
export interface LibraryPicture {
  readonly id: string
  readonly title: PictureScene['title']
  readonly alt: PictureScene['alt']
  readonly tags: readonly string[]
  /** Same-origin URL: the pictures are built into the app (public/pictures/). */
  readonly src: string
}

export const pictureLibrary: readonly LibraryPicture[] = sceneCatalog.map(
  ({ id, title, alt, tags }) => ({ id, title, alt, tags, src: `/pictures/${id}.svg` }),
)

/**
 * Lower-case and strip accents, so "cafe" finds "café" and "Zetel" finds "zetel". The typographic
 * apostrophe used in "mama’s" is folded to a plain one, as people type it that way.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim()
}

// Searched text per picture and language, computed once: the library does not change at runtime.
const haystacks: Readonly<Record<Language, readonly string[]>> = {
  nl: pictureLibrary.map((p) => normalizeForSearch([p.title.nl, p.alt.nl, ...p.tags].join(' '))),
  en: pictureLibrary.map((p) =>
    // Tags are Dutch only; they stay searchable in English too, since people mix languages.
    normalizeForSearch([p.title.en, p.alt.en, ...p.tags].join(' ')),
  ),
}

/**
 * Pictures whose title, description or tags contain every word of the query (in any order).
 * An empty query returns the whole library.
 */
export function searchPictures(query: string, language: Language): readonly LibraryPicture[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return pictureLibrary
  const texts = haystacks[language]
  return pictureLibrary.filter((_, i) => {
    const text = texts[i] ?? ''
    return words.every((word) => text.includes(word))
  })
}
