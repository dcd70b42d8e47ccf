/** A piece of text to be set in one font: the index of that font in a fallback chain. */
export interface FontRun {
  text: string
  font: number
}

/**
 * Code points that belong with what comes before them: combining marks (an é typed as e plus
 * an accent), zero-width joiners, variation selectors and skin tones inside an emoji. Spaces
 * too, so a line is not cut into runs at every word.
 */
const CLINGS = /^(?:\p{M}|\s|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}])$/u

/**
 * Cuts text into runs, each set in the first font of the chain that has its glyphs; text no
 * font has stays in the first font (drawn as an empty box, but still in the text layer). No
 * font covers everything people write: the text face has no ● or emoji, the fallbacks do.
 */
export function fontRuns(
  text: string,
  covers: readonly ((codePoint: number) => boolean)[],
): FontRun[] {
  const runs: FontRun[] = []
  for (const char of text) {
    const last = runs.at(-1)
    if (last && CLINGS.test(char)) {
      last.text += char
      continue
    }
    const codePoint = char.codePointAt(0) ?? 0
    const found = covers.findIndex((has) => has(codePoint))
    const font = found === -1 ? 0 : found
    if (last && last.font === font) last.text += char
    else runs.push({ text: char, font })
  }
  return runs
}

/** The first font of the chain that has every character of the text, else the first. */
export function fontForAll(
  text: string,
  covers: readonly ((codePoint: number) => boolean)[],
): number {
  const found = covers.findIndex((has) =>
    [...text].every((char) => CLINGS.test(char) || has(char.codePointAt(0) ?? 0)),
  )
  return found === -1 ? 0 : found
}
