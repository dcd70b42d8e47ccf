/**
 * Where a picture in the record comes from. The board holds an address anyone in the session
 * could have written, so a record shows only what this server serves itself: a built-in
 * library picture (`/pictures/<name>.svg`, part of the app) or a photo uploaded to this very
 * session (`/api/sessions/<id>/assets/<sha256>.webp`). Anything else is shown by its
 * description only, on the page and in the PDF alike.
 */
export type RecordPictureSource =
  | { kind: 'library'; file: string }
  | { kind: 'upload'; file: string }

const LIBRARY = /^\/pictures\/([a-z0-9][a-z0-9-]{0,99}\.svg)$/
const UPLOAD = /^\/api\/sessions\/([^/]+)\/assets\/([0-9a-f]{64}\.webp)$/

export function recordPictureSource(src: string, sessionId: string): RecordPictureSource | null {
  const library = LIBRARY.exec(src)
  if (library?.[1]) return { kind: 'library', file: library[1] }
  const upload = UPLOAD.exec(src)
  if (upload?.[2] && upload[1] === sessionId) return { kind: 'upload', file: upload[2] }
  return null
}
