import type { LocalizedText } from '../exercises/templateSchema.ts'
import type { TimerState } from './timer.ts'

/**
 * Session control: what everyone reads and only the server writes, on a facilitator's
 * command. It is its own Yjs document (`<sessionId>/control`), separate from the board, so
 * the server can refuse every client write to it without touching anyone's board work.
 *
 * Layout: one Y.Map per concern, values are plain JSON (replaced whole, never merged).
 */
export const ControlMaps = {
  /** Singletons: `activity`, `timer`, `settings`, `follow`, `redactions`. */
  session: 'session',
  /** Board zones of loaded templates, by area key. */
  areas: 'areas',
  /** Everyone who has been in the session, by public participant id. */
  people: 'people',
  /** Sealed boxes (hidden submissions, e.g. votes), by box id. */
  sealed: 'sealed',
  /** Each exercise module's own slice of session control, by the module's slice key. */
  games: 'games',
} as const

export interface ActivityState {
  templateId: string
  /** Which loaded copy of the template is active (a template can be loaded twice). */
  instanceId: string
  phaseIndex: number
}

export interface SessionSettings {
  /** Most participants at once (facilitators not counted). */
  cap: number
  /** A closed session is read-only for everyone until a facilitator reopens it. */
  closed: boolean
  /**
   * Participants may read the session record (verslag) too, not only facilitators. Off until
   * a facilitator turns it on: a record gathers what everyone wrote.
   */
  participantsMayReadRecord: boolean
  /** Whether a phase's time box starts running as the phase begins (else it waits for Start). */
  timerAutoStart: boolean
  /** Whether the page plays a soft chime when the timer runs out (the words are always shown). */
  timerSound: boolean
}

export interface FollowState {
  /** Public id of the facilitator everyone follows; null when nobody is followed. */
  leaderPublicId: string | null
}

/** A zone on the board, placed by loading a template; shown to all as a locked shape. */
export interface AreaState {
  /** `<instanceId>:<areaId>`, unique in the session. */
  key: string
  instanceId: string
  templateId: string
  areaId: string
  title: LocalizedText
  instruction: LocalizedText
  x: number
  y: number
  w: number
  h: number
  /** Set on a personal spot: the public id of the person whose spot it is. */
  ownerPublicId?: string
}

export type PersonRole = 'facilitator' | 'participant'

export interface PersonState {
  publicId: string
  name: string
  /** `facilitator`: came in with the facilitator link. */
  role: PersonRole
  /** A participant a facilitator gave facilitator rights. */
  coFacilitator: boolean
  online: boolean
  /** Server time of the last join or leave. */
  lastSeen: number
}

export interface SealedBoxState {
  id: string
  /** Open boxes accept submissions; a revealed box does not. */
  status: 'open' | 'revealed'
  /**
   * What the box accepts: `any` small JSON value, or a kind an exercise module declared
   * (with the schema a value must fit).
   */
  kind: string
  /** Chosen when the box opens and fixed for its life: who submitted what is never shown. */
  anonymous: boolean
  /** How many people have submitted: the only thing anyone sees before the reveal. */
  count: number
  /** Filled on reveal: one entry per person, in submission order. */
  revealed: SealedEntry[] | null
}

export interface SealedEntry {
  /** Null when the box is anonymous: then no entry can be traced to a person. */
  publicId: string | null
  name: string | null
  value: unknown
}

/**
 * How many times a note was blanked out (`board.redact`), and how far the board had come at the
 * last time. Browsers keep an offline copy of the board whose update log still holds the old
 * text; each one rewrites that copy when this count passes the one it last rewrote for, once
 * its own board holds the redaction (see `holdsLastRedaction`).
 */
export interface RedactionState {
  /** Redactions in this session so far; it only grows. */
  count: number
  /**
   * The board document's Yjs state vector (base64) right after the last redaction, written in
   * the same server command: a board whose state covers it holds the redacted text. Empty
   * before the first redaction.
   */
  boardStateVector: string
}

export const noRedactions: RedactionState = { count: 0, boardStateVector: '' }

export interface ControlState {
  /**
   * Exercise modules' slices, raw, by slice key: read one through `readSlice`, which checks
   * it against the module's schema.
   */
  games: Readonly<Record<string, unknown>>
  activity: ActivityState | null
  timer: TimerState | null
  settings: SessionSettings
  follow: FollowState
  areas: AreaState[]
  people: PersonState[]
  sealed: SealedBoxState[]
  redactions: RedactionState
}

export const DEFAULT_PARTICIPANT_CAP = 20
export const MAX_PARTICIPANT_CAP = 100

export const defaultSettings: SessionSettings = {
  cap: DEFAULT_PARTICIPANT_CAP,
  closed: false,
  participantsMayReadRecord: false,
  timerAutoStart: true,
  timerSound: false,
}
