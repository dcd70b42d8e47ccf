import {
  type AreaTemplate,
  EXERCISE_KINDS,
  type ExerciseTemplate,
  type LocalizedText,
  PHASE_NUDGES,
  type PhaseTemplate,
  TEMPLATE_LIMITS,
} from './templateSchema.ts'

export type TemplateValidation =
  | { ok: true; template: ExerciseTemplate }
  | { ok: false; errors: string[] }

/**
 * The id pattern alone has no upper bound, and ids are copied into every client's
 * session control state, so an untrusted template must not bring a huge one.
 */
export const TEMPLATE_ID_MAX_LENGTH = 64

const LANGUAGES = ['nl', 'en'] as const

// Control characters can hide text and confuse screen readers. Titles are one line;
// instructions and descriptions may keep line breaks so facilitators can lay out steps.
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u
const CONTROL_CHARACTERS_EXCEPT_NEWLINE = /(?!\n)[\p{Cc}\u2028\u2029]/u

type Lines = 'single' | 'multi'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function checkId(value: unknown, path: string, errors: string[]): string | undefined {
  if (
    typeof value !== 'string' ||
    value.length > TEMPLATE_ID_MAX_LENGTH ||
    !TEMPLATE_LIMITS.idPattern.test(value)
  ) {
    errors.push(
      `${path} must be lower-case kebab-case (letters, digits and single hyphens) of at most ${TEMPLATE_ID_MAX_LENGTH} characters`,
    )
    return undefined
  }
  return value
}

function checkText(
  value: unknown,
  path: string,
  maxLength: number,
  lines: Lines,
  errors: string[],
): LocalizedText | undefined {
  if (!isRecord(value)) {
    errors.push(`${path} must be an object with Dutch (nl) and English (en) text`)
    return undefined
  }
  const result: Partial<LocalizedText> = {}
  for (const language of LANGUAGES) {
    const raw = value[language]
    const at = `${path}.${language}`
    if (typeof raw !== 'string') {
      errors.push(`${at} must be text`)
      continue
    }
    // Stray line-ending styles and composed/decomposed accents should not decide validity.
    const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim()
    if (text.length === 0) {
      errors.push(`${at} must not be empty`)
      continue
    }
    // Count code points so an emoji or accented letter counts as one character.
    const length = [...text].length
    if (length > maxLength) {
      errors.push(`${at} must be at most ${maxLength} characters (it has ${length})`)
      continue
    }
    const forbidden = lines === 'single' ? CONTROL_CHARACTERS : CONTROL_CHARACTERS_EXCEPT_NEWLINE
    if (forbidden.test(text)) {
      errors.push(
        lines === 'single'
          ? `${at} must be a single line without control characters`
          : `${at} must not contain control characters other than line breaks`,
      )
      continue
    }
    result[language] = text
  }
  return result.nl !== undefined && result.en !== undefined
    ? { nl: result.nl, en: result.en }
    : undefined
}

function checkRange(
  value: unknown,
  path: string,
  min: number,
  max: number,
  wholeOnly: boolean,
  errors: string[],
): number | undefined {
  const inRange = isNumber(value) && value >= min && value <= max
  if (!inRange || (wholeOnly && !Number.isInteger(value))) {
    errors.push(`${path} must be a ${wholeOnly ? 'whole number' : 'number'} from ${min} to ${max}`)
    return undefined
  }
  return value
}

/** Keeps the first index of each id so a duplicate can point at the one it clashes with. */
function checkUnique(
  id: string | undefined,
  path: string,
  listName: string,
  seen: Map<string, number>,
  index: number,
  errors: string[],
): void {
  if (id === undefined) return
  const first = seen.get(id)
  if (first === undefined) {
    seen.set(id, index)
  } else {
    errors.push(`${path}.id "${id}" is already used by ${listName}[${first}]`)
  }
}

/** The fields every phase and every area has: a unique id, a one-line title, an instruction. */
function checkTitled(
  item: Record<string, unknown>,
  path: string,
  list: 'phases' | 'areas',
  seen: Map<string, number>,
  index: number,
  errors: string[],
): {
  id: string | undefined
  title: LocalizedText | undefined
  instruction: LocalizedText | undefined
} {
  const id = checkId(item.id, `${path}.id`, errors)
  checkUnique(id, path, list, seen, index, errors)
  const title = checkText(item.title, `${path}.title`, TEMPLATE_LIMITS.maxTitle, 'single', errors)
  const instruction = checkText(
    item.instruction,
    `${path}.instruction`,
    TEMPLATE_LIMITS.maxInstruction,
    'multi',
    errors,
  )
  return { id, title, instruction }
}

/** An optional field that, when present, must be one of `allowed`. */
function checkOneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  errors: string[],
): T | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  errors.push(`${path} must be one of ${allowed.join(', ')}`)
  return undefined
}

function checkPhases(value: unknown, errors: string[]): PhaseTemplate[] {
  const { maxPhases, minDurationMinutes, maxDurationMinutes } = TEMPLATE_LIMITS
  // An oversized list is refused before looking inside, so hostile input stays cheap.
  if (!Array.isArray(value) || value.length < 1 || value.length > maxPhases) {
    errors.push(`phases must be a list of 1 to ${maxPhases} phases`)
    return []
  }
  const phases: PhaseTemplate[] = []
  const seen = new Map<string, number>()
  value.forEach((item: unknown, index) => {
    const path = `phases[${index}]`
    if (!isRecord(item)) {
      errors.push(`${path} must be an object`)
      return
    }
    const { id, title, instruction } = checkTitled(item, path, 'phases', seen, index, errors)
    const durationMinutes = checkRange(
      item.durationMinutes,
      `${path}.durationMinutes`,
      minDurationMinutes,
      maxDurationMinutes,
      true,
      errors,
    )
    const nudge = checkOneOf(item.nudge, `${path}.nudge`, PHASE_NUDGES, errors)
    const areaId =
      item.areaId === undefined ? undefined : checkId(item.areaId, `${path}.areaId`, errors)
    if (id && title && instruction && durationMinutes !== undefined) {
      phases.push({
        id,
        title,
        instruction,
        durationMinutes,
        ...(nudge ? { nudge } : {}),
        ...(areaId ? { areaId } : {}),
      })
    }
  })
  return phases
}

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

// Touching edges is fine (zones may sit flush); only a shared interior counts as overlap.
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function checkAreas(value: unknown, errors: string[]): AreaTemplate[] {
  const { maxAreas, minAreaSize, maxAreaSize, maxOffset } = TEMPLATE_LIMITS
  if (!Array.isArray(value) || value.length > maxAreas) {
    errors.push(`areas must be a list of at most ${maxAreas} areas`)
    return []
  }
  const areas: AreaTemplate[] = []
  // Every zone with a valid position counts, even one with a bad text, so that all overlaps
  // are reported in one go; the index is kept so errors name the original positions.
  const placed: { index: number; rect: Rect }[] = []
  const seen = new Map<string, number>()
  value.forEach((item: unknown, index) => {
    const path = `areas[${index}]`
    if (!isRecord(item)) {
      errors.push(`${path} must be an object`)
      return
    }
    const { id, title, instruction } = checkTitled(item, path, 'areas', seen, index, errors)
    // Offsets are measured from the template's top-left corner, so they cannot be negative.
    const x = checkRange(item.x, `${path}.x`, 0, maxOffset, false, errors)
    const y = checkRange(item.y, `${path}.y`, 0, maxOffset, false, errors)
    const w = checkRange(item.w, `${path}.w`, minAreaSize, maxAreaSize, false, errors)
    const h = checkRange(item.h, `${path}.h`, minAreaSize, maxAreaSize, false, errors)
    if (x === undefined || y === undefined || w === undefined || h === undefined) return
    const rect = { x, y, w, h }
    for (const other of placed) {
      if (overlaps(rect, other.rect)) errors.push(`${path} overlaps areas[${other.index}]`)
    }
    placed.push({ index, rect })
    if (id && title && instruction) areas.push({ id, title, instruction, ...rect })
  })
  return areas
}

/**
 * Checks untrusted data (an imported file, a stored session) against the template schema.
 * On success it returns a clean copy: texts trimmed and normalised, unknown fields dropped,
 * so nothing unexpected travels on into session control state.
 */
export function validateTemplate(t: unknown): TemplateValidation {
  if (!isRecord(t)) return { ok: false, errors: ['template must be an object'] }
  const errors: string[] = []
  const id = checkId(t.id, 'id', errors)
  const title = checkText(t.title, 'title', TEMPLATE_LIMITS.maxTitle, 'single', errors)
  const description = checkText(
    t.description,
    'description',
    TEMPLATE_LIMITS.maxDescription,
    'multi',
    errors,
  )
  const exercise = checkOneOf(t.exercise, 'exercise', EXERCISE_KINDS, errors)
  const phases = checkPhases(t.phases, errors)
  const areas = checkAreas(t.areas, errors)
  for (const [index, phase] of phases.entries()) {
    if (phase.areaId && !areas.some((area) => area.id === phase.areaId)) {
      errors.push(`phases[${index}].areaId names no area of this template`)
    }
  }
  if (errors.length > 0 || !id || !title || !description) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    template: { id, ...(exercise ? { exercise } : {}), title, description, phases, areas },
  }
}
