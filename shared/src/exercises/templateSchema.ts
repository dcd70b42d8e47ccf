/** Text in the two interface languages; Dutch (nl-BE) is the one every template must have. */
export interface LocalizedText {
  nl: string
  en: string
}

/**
 * How the board nudges people during a phase (it nudges; it does not police):
 * `questions-only` notes are questions; `own-column` each person writes in their own column;
 * `case-bringer` only the case-bringer writes here.
 */
export const PHASE_NUDGES = ['questions-only', 'own-column', 'case-bringer'] as const
export type PhaseNudge = (typeof PHASE_NUDGES)[number]

/** Exercises whose templates come with behaviour of their own (not just zones and phases). */
export const EXERCISE_KINDS = ['dromen-met-beelden', 'stoplichtspel', 'casusbespreking'] as const
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]

/** One step of an exercise, with the time box the shared timer starts from. */
export interface PhaseTemplate {
  /** The zone (area id) this phase writes in, when there is one. */
  areaId?: string
  nudge?: PhaseNudge
  id: string
  title: LocalizedText
  /** What everyone should do now; shown to all while the phase is active. */
  instruction: LocalizedText
  /** Default time box in whole minutes (1 to 240). */
  durationMinutes: number
}

/**
 * A labelled zone on the board, positioned relative to where the template is placed.
 * Zones live in session control state and appear on the board as locked shapes.
 */
export interface AreaTemplate {
  id: string
  title: LocalizedText
  instruction: LocalizedText
  x: number
  y: number
  w: number
  h: number
}

export interface ExerciseTemplate {
  /** Stable, lower-case, kebab-case: stored in session control state. */
  id: string
  /** Which exercise's behaviour applies; several templates (methods) may share one. */
  exercise?: ExerciseKind
  title: LocalizedText
  description: LocalizedText
  phases: PhaseTemplate[]
  areas: AreaTemplate[]
}

export const TEMPLATE_LIMITS = {
  idPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  maxTitle: 80,
  maxInstruction: 600,
  maxDescription: 600,
  maxPhases: 12,
  maxAreas: 40,
  minDurationMinutes: 1,
  maxDurationMinutes: 240,
  minAreaSize: 80,
  maxAreaSize: 4000,
  maxOffset: 20_000,
} as const
