import type { PictureSource } from './boardActions.ts'
import type { LibraryPicture } from './pictures/library.ts'

/** A library picture as it is placed on the board, described in the reader's language. */
export function librarySource(picture: LibraryPicture, language: 'nl' | 'en'): PictureSource {
  // The picture cards are 400×300 (docs/pictures.md).
  return {
    src: picture.src,
    width: 400,
    height: 300,
    alt: picture.alt[language],
    name: `${picture.id}.svg`,
    mimeType: 'image/svg+xml',
  }
}
