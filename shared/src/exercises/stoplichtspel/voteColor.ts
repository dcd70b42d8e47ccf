import type { LocalizedText } from '../templateSchema.ts'

/** The three answers, in the order the UI shows them: from "goes well" to "needs work". */
export const VOTE_COLORS = ['groen', 'oranje', 'rood'] as const

export type VoteColor = (typeof VOTE_COLORS)[number]

/** Votes arrive from the server's sealed box as `unknown`; only these strings count. */
export function isVoteColor(v: unknown): v is VoteColor {
  return typeof v === 'string' && (VOTE_COLORS as readonly string[]).includes(v)
}

export interface VoteCue {
  /** Colour alone fails people with colour blindness and grey-scale screens: a shape always goes with it. */
  shape: 'circle' | 'triangle' | 'square'
  /** The colour's name, for buttons and screen readers. */
  label: LocalizedText
  /** What choosing it says, so nobody has to remember the code. */
  meaning: LocalizedText
  /** Keyboard shortcuts: a digit works on every layout, a letter is easy to remember. */
  keys: string[]
}

export const voteCue: Record<VoteColor, VoteCue> = {
  groen: {
    shape: 'circle',
    label: { nl: 'Groen', en: 'Green' },
    meaning: { nl: 'Akkoord, dit loopt goed', en: 'Agree, this goes well' },
    keys: ['1', 'g'],
  },
  oranje: {
    shape: 'triangle',
    label: { nl: 'Oranje', en: 'Orange' },
    meaning: { nl: 'Deels, of ik twijfel', en: 'Partly, or I have doubts' },
    keys: ['2', 'o'],
  },
  rood: {
    shape: 'square',
    label: { nl: 'Rood', en: 'Red' },
    meaning: {
      nl: 'Niet akkoord, hier moeten we aan werken',
      en: 'Disagree, this needs work',
    },
    keys: ['3', 'r'],
  },
}

/** The colour a key press chooses; Caps Lock or Shift must not make a shortcut stop working. */
export function voteColorForKey(key: string): VoteColor | undefined {
  const pressed = key.toLowerCase()
  return VOTE_COLORS.find((color) => voteCue[color].keys.includes(pressed))
}
