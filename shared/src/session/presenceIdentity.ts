/**
 * Who a presence on the board is, as everyone sees it: the tldraw user id, the cursor
 * colour and the awareness field they travel in. The page writes them for itself and the
 * server writes the same values over whatever a connection sends (`bindPresenceIdentity`),
 * so both must come from here. They derive from the public id only: the private
 * participant id never leaves the browser except to our server.
 */

/** The awareness field the page writes tldraw's presence record into, and the only one it reads. */
export const PRESENCE_FIELD = 'presence'

/**
 * A person's tldraw user id. The format is tldraw's own (`createUserId` gives `user:<id>`),
 * which its presence validator requires; the page follows the facilitator by this id.
 */
export function presenceUserId(publicId: string): `user:${string}` {
  return `user:${publicId}`
}

/**
 * Cursor colours, dark enough for white name labels (contrast >= 4.5:1) and far enough apart
 * to tell people apart; the name label is there too, so colour is never the only cue.
 */
export const PRESENCE_COLORS = [
  '#1d4ed8', // blue
  '#b91c1c', // red
  '#047857', // green
  '#7e22ce', // purple
  '#b45309', // amber
  '#0e7490', // cyan
  '#be185d', // pink
  '#4d7c0f', // olive
  '#c2410c', // orange
  '#4338ca', // indigo
] as const

/** A stable colour per person: the same person keeps their colour across reloads and tabs. */
export function presenceColor(publicId: string): string {
  let hash = 0
  for (const char of publicId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0]
}
