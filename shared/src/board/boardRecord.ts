/**
 * The slice of a tldraw record that pure code reads from the board document (one record per
 * key in the `tldraw` Y.Map). Other fields are ignored, so this stays valid across tldraw
 * versions that add fields.
 */
export interface BoardRecord {
  id: string
  typeName: string
  type?: string
  parentId?: string
  x?: number
  y?: number
  props?: Record<string, unknown>
  meta?: Record<string, unknown>
}

/** The plain text of tldraw rich text (a TipTap document) or of a plain string. */
export function plainText(richText: unknown): string {
  if (typeof richText === 'string') return richText
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const { text, content, type } = node as { text?: unknown; content?: unknown; type?: unknown }
    if (typeof text === 'string') parts.push(text)
    if (Array.isArray(content)) {
      content.forEach(walk)
      if (type === 'paragraph') parts.push('\n')
    }
  }
  walk(richText)
  return parts.join('').trim()
}
