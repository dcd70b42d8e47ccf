import * as v from 'valibot'

export const TEMPLATE_LIMITS = {
  idPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  /**
   * The id pattern alone has no upper bound, and ids are copied into every client's
   * session control state, so an untrusted template must not bring a huge one.
   */
  maxIdLength: 64,
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

/**
 * How the board nudges people during a phase (it nudges; it does not police):
 * `questions-only` notes are questions; `own-column` each person writes in their own column;
 * `case-bringer` only the case-bringer writes here.
 */
export const PHASE_NUDGES = ['questions-only', 'own-column', 'case-bringer'] as const
export type PhaseNudge = (typeof PHASE_NUDGES)[number]

// Messages say what a field must be without naming it: `validateTemplate` puts the path
// (`phases[0].title.nl`) in front, so the same schema serves every place it is used.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `v.object` for untrusted JSON, with two differences. An array is not an object here. And a
 * missing field is reported by the field's own schema, as if it were `undefined` ("title.en
 * must be text"), where valibot would repeat the object's message for it.
 */
function objectOf<const TEntries extends v.ObjectEntries>(entries: TEntries, message: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, message),
    v.object(entries, (issue) => {
      const key = issue.path?.[0]?.key
      const field = typeof key === 'string' ? entries[key] : undefined
      return (field && v.safeParse(field, undefined).issues?.[0].message) ?? message
    }),
  )
}

/** A clean copy keeps no `optional: undefined` fields: they would travel on as noise. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}

const ID_MESSAGE = `must be lower-case kebab-case (letters, digits and single hyphens) of at most ${TEMPLATE_LIMITS.maxIdLength} characters`

/** Template, phase and area ids, and the id of the exercise module a template belongs to. */
export const TemplateIdSchema = v.config(
  v.pipe(
    v.string(ID_MESSAGE),
    v.maxLength(TEMPLATE_LIMITS.maxIdLength, ID_MESSAGE),
    v.regex(TEMPLATE_LIMITS.idPattern, ID_MESSAGE),
  ),
  // One message per field, however many rules it breaks.
  { abortPipeEarly: true },
)

// Control characters can hide text and confuse screen readers. Titles are one line;
// instructions and descriptions may keep line breaks so facilitators can lay out steps.
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u
const CONTROL_CHARACTERS_EXCEPT_NEWLINE = /(?!\n)[\p{Cc}\u2028\u2029]/u

// Count code points so an emoji or accented letter counts as one character.
const characters = (text: string): number => [...text].length

/** One language's text: tidied, then checked, with only the first problem reported. */
function textSchema(maxLength: number, lines: 'single' | 'multi') {
  return v.config(
    v.pipe(
      v.string('must be text'),
      // Stray line-ending styles and composed/decomposed accents should not decide validity.
      v.transform((raw) => raw.replace(/\r\n?/g, '\n')),
      v.normalize('NFC'),
      v.trim(),
      v.nonEmpty('must not be empty'),
      v.check(
        (text) => characters(text) <= maxLength,
        (issue) => `must be at most ${maxLength} characters (it has ${characters(issue.input)})`,
      ),
      lines === 'single'
        ? v.check(
            (text) => !CONTROL_CHARACTERS.test(text),
            'must be a single line without control characters',
          )
        : v.check(
            (text) => !CONTROL_CHARACTERS_EXCEPT_NEWLINE.test(text),
            'must not contain control characters other than line breaks',
          ),
    ),
    { abortPipeEarly: true },
  )
}

/** Text in both interface languages, each at most `maxLength` characters. */
export function localizedTextSchema(maxLength: number, lines: 'single' | 'multi') {
  const text = textSchema(maxLength, lines)
  return objectOf({ nl: text, en: text }, 'must be an object with Dutch (nl) and English (en) text')
}

/** The most a template's text may be (an instruction or a description); titles allow less. */
export const LocalizedTextSchema = localizedTextSchema(TEMPLATE_LIMITS.maxInstruction, 'multi')
/** Text in the two interface languages; Dutch (nl-BE) is the one every template must have. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>

function numberSchema(min: number, max: number, whole: 'whole' | 'fractional') {
  const message = `must be a ${whole === 'whole' ? 'whole number' : 'number'} from ${min} to ${max}`
  return v.pipe(
    v.number(message),
    v.check(
      (n) =>
        Number.isFinite(n) &&
        n >= min &&
        n <= max &&
        (whole === 'fractional' || Number.isInteger(n)),
      message,
    ),
  )
}

const titled = {
  id: TemplateIdSchema,
  title: localizedTextSchema(TEMPLATE_LIMITS.maxTitle, 'single'),
  /** What everyone should do now; shown to all while the phase or zone is active. */
  instruction: localizedTextSchema(TEMPLATE_LIMITS.maxInstruction, 'multi'),
}

/** One step of an exercise, with the time box the shared timer starts from. */
export const PhaseSchema = v.pipe(
  objectOf(
    {
      ...titled,
      /** Default time box in whole minutes. */
      durationMinutes: numberSchema(
        TEMPLATE_LIMITS.minDurationMinutes,
        TEMPLATE_LIMITS.maxDurationMinutes,
        'whole',
      ),
      nudge: v.optional(v.picklist(PHASE_NUDGES, `must be one of ${PHASE_NUDGES.join(', ')}`)),
      /** The zone (area id) this phase writes in, when there is one. */
      areaId: v.optional(TemplateIdSchema),
    },
    'must be an object',
  ),
  v.transform((phase) => withoutUndefined(phase)),
)
export type PhaseTemplate = v.InferOutput<typeof PhaseSchema>

// Offsets are measured from the template's top-left corner, so they cannot be negative.
const placement = {
  x: numberSchema(0, TEMPLATE_LIMITS.maxOffset, 'fractional'),
  y: numberSchema(0, TEMPLATE_LIMITS.maxOffset, 'fractional'),
  w: numberSchema(TEMPLATE_LIMITS.minAreaSize, TEMPLATE_LIMITS.maxAreaSize, 'fractional'),
  h: numberSchema(TEMPLATE_LIMITS.minAreaSize, TEMPLATE_LIMITS.maxAreaSize, 'fractional'),
}
const RectSchema = v.object(placement)
type Rect = v.InferOutput<typeof RectSchema>

/**
 * A labelled zone on the board, positioned relative to where the template is placed.
 * Zones live in session control state and appear on the board as locked shapes.
 */
export const AreaSchema = objectOf({ ...titled, ...placement }, 'must be an object')
export type AreaTemplate = v.InferOutput<typeof AreaSchema>

/** A problem a list-wide check found, at a path below the list it checked. */
interface ListProblem {
  message: string
  path: [v.IssuePathItem, ...v.IssuePathItem[]]
}

function at(list: readonly unknown[], index: number): v.ArrayPathItem {
  return { type: 'array', origin: 'value', input: list, key: index, value: list[index] }
}

function field(item: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'value', input: item, key, value: item[key] }
}

// List-wide checks run even when some items have problems of their own, so that every problem
// is reported in one go. They look only at the parts of an item that are valid by themselves,
// and report at the item's own index.

/** Points a duplicate at the first item with the same id. */
function duplicateIds(list: unknown, name: 'phases' | 'areas'): ListProblem[] {
  if (!Array.isArray(list)) return []
  const problems: ListProblem[] = []
  const seen = new Map<string, number>()
  list.forEach((item: unknown, index) => {
    if (!isRecord(item) || !v.is(TemplateIdSchema, item.id)) return
    const first = seen.get(item.id)
    if (first === undefined) seen.set(item.id, index)
    else {
      problems.push({
        message: `"${item.id}" is already used by ${name}[${first}]`,
        path: [at(list, index), field(item, 'id')],
      })
    }
  })
  return problems
}

// Touching edges is fine (zones may sit flush); only a shared interior counts as overlap.
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** Every zone with a valid position counts, even one with a bad text. */
function overlappingAreas(list: unknown): ListProblem[] {
  if (!Array.isArray(list)) return []
  const problems: ListProblem[] = []
  const placed: { index: number; rect: Rect }[] = []
  list.forEach((item: unknown, index) => {
    const rect = v.safeParse(RectSchema, item)
    if (!rect.success) return
    for (const other of placed) {
      if (overlaps(rect.output, other.rect)) {
        problems.push({ message: `overlaps areas[${other.index}]`, path: [at(list, index)] })
      }
    }
    placed.push({ index, rect: rect.output })
  })
  return problems
}

const PhasesSchema = v.pipe(
  // The length is checked before looking inside, so hostile input stays cheap.
  v.array(v.unknown(), `must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`),
  v.minLength(1, `must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`),
  v.maxLength(
    TEMPLATE_LIMITS.maxPhases,
    `must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`,
  ),
  v.array(PhaseSchema),
  v.rawCheck(({ dataset, addIssue }) => {
    for (const problem of duplicateIds(dataset.value, 'phases')) addIssue(problem)
  }),
)

const AreasSchema = v.pipe(
  v.array(v.unknown(), `must be a list of at most ${TEMPLATE_LIMITS.maxAreas} areas`),
  v.maxLength(
    TEMPLATE_LIMITS.maxAreas,
    `must be a list of at most ${TEMPLATE_LIMITS.maxAreas} areas`,
  ),
  v.array(AreaSchema),
  v.rawCheck(({ dataset, addIssue }) => {
    for (const problem of duplicateIds(dataset.value, 'areas')) addIssue(problem)
    for (const problem of overlappingAreas(dataset.value)) addIssue(problem)
  }),
)

/** A phase tied to a zone must name one of the template's own zones. */
function phasesWithoutTheirArea(
  template: unknown,
  issues: readonly v.BaseIssue<unknown>[] | undefined,
): ListProblem[] {
  if (!isRecord(template) || !Array.isArray(template.phases)) return []
  // A refused list of phases was not looked into (it may be huge); neither is it here.
  if (issues?.some((issue) => issue.path?.length === 1 && issue.path[0]?.key === 'phases')) {
    return []
  }
  const areas: unknown[] = Array.isArray(template.areas) ? template.areas : []
  const areaIds = new Set(
    areas.flatMap((area) => (isRecord(area) && v.is(TemplateIdSchema, area.id) ? [area.id] : [])),
  )
  const phases = template.phases as unknown[]
  return phases.flatMap((phase, index): ListProblem[] =>
    isRecord(phase) && v.is(TemplateIdSchema, phase.areaId) && !areaIds.has(phase.areaId)
      ? [
          {
            message: 'names no area of this template',
            path: [field(template, 'phases'), at(phases, index), field(phase, 'areaId')],
          },
        ]
      : [],
  )
}

/**
 * A whole exercise template: what `validateTemplate` checks untrusted data against. The
 * output is a clean copy: texts trimmed and normalised, unknown fields dropped.
 */
export const TemplateSchema = v.pipe(
  objectOf(
    {
      /** Stable, lower-case, kebab-case: stored in session control state. */
      id: TemplateIdSchema,
      /**
       * The exercise module the template belongs to; several templates (methods) may share
       * one. Set by the registry from the module that lists the template, never by hand.
       */
      exercise: v.optional(TemplateIdSchema),
      title: localizedTextSchema(TEMPLATE_LIMITS.maxTitle, 'single'),
      description: localizedTextSchema(TEMPLATE_LIMITS.maxDescription, 'multi'),
      phases: PhasesSchema,
      areas: AreasSchema,
    },
    'must be an object',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    for (const problem of phasesWithoutTheirArea(dataset.value, dataset.issues)) addIssue(problem)
  }),
  v.transform((template) => withoutUndefined(template)),
)
export type ExerciseTemplate = v.InferOutput<typeof TemplateSchema>
