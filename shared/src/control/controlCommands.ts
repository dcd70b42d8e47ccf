import * as v from 'valibot'
import { type CommandsOf, command } from './commandSchema.ts'
import { MAX_PARTICIPANT_CAP } from './controlState.ts'
import { TIMER_LIMITS } from './timer.ts'

/** Ids that come from us (public ids, instance ids, box ids): short and URL-safe. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_:-]{1,64}$/, 'must be an id'))
/** tldraw shape ids: `shape:` and a short id. */
const ShapeIdSchema = v.pipe(
  v.string(),
  v.regex(/^shape:[A-Za-z0-9_~-]{1,64}$/, 'must be a tldraw shape id (shape:…)'),
)
/**
 * A key of the board document's records map, as the page names one it could not show. Any
 * client can write any key there, so this is only bounded in length, not in form: a removal
 * must reach exactly the records that do not fit tldraw's ids either.
 */
export const MAX_BOARD_RECORD_ID_LENGTH = 1024
const BoardRecordIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(
    MAX_BOARD_RECORD_ID_LENGTH,
    `must be at most ${MAX_BOARD_RECORD_ID_LENGTH} characters`,
  ),
)

/**
 * Records every board is made with and tldraw cannot do without: the document record and the
 * first page, which holds the shapes. A bad one of these is not removed but replaced: tldraw
 * puts its own default in its place when a board opens without it, and the page writes that
 * back (see `bindStoreToYDoc.ts`).
 */
export const REQUIRED_BOARD_RECORD_IDS: ReadonlySet<string> = new Set([
  'document:document',
  'page:page',
])

/** Whether `board.removeRecord` may remove the record under this key. */
export function isRemovableBoardRecord(recordId: string): boolean {
  return v.is(BoardRecordIdSchema, recordId) && !REQUIRED_BOARD_RECORD_IDS.has(recordId)
}

/** Board coordinates: generous, but finite and within reach of a scrolling person. */
const MAX_COORDINATE = 1_000_000
const CoordinateSchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-MAX_COORDINATE),
  v.maxValue(MAX_COORDINATE, `must be within ±${MAX_COORDINATE}`),
)

/**
 * What a facilitator can ask of the server that is not about one exercise (exercises declare
 * their own, see `ExerciseModule`). Commands travel over HTTP
 * (`POST /api/sessions/:id/control`); the server checks the sender's rights, validates, and
 * writes the result into session control state with its own clock.
 */
export const coreCommands = {
  'template.load': command(
    { templateId: IdSchema, origin: v.object({ x: CoordinateSchema, y: CoordinateSchema }) },
    { templateId: 'invalid-id', origin: 'invalid-position' },
  ),
  'template.remove': command({ instanceId: IdSchema }, { instanceId: 'invalid-id' }),
  'activity.select': command({ instanceId: IdSchema }, { instanceId: 'invalid-id' }),
  'phase.set': command({ index: v.pipe(v.number(), v.integer()) }, { index: 'phase-out-of-range' }),
  'phase.next': command({}),
  'phase.previous': command({}),
  'timer.start': command(
    {
      durationMs: v.pipe(
        v.number(),
        v.integer('must be whole milliseconds'),
        v.minValue(TIMER_LIMITS.minDurationMs, 'must be at least 1 second'),
        v.maxValue(TIMER_LIMITS.maxDurationMs, 'must be at most 4 hours'),
      ),
    },
    { durationMs: 'invalid-duration' },
  ),
  'timer.pause': command({}),
  'timer.resume': command({}),
  'timer.addMinute': command({}),
  'timer.reset': command({}),
  /** How the timer follows the phases, for this session. */
  'timer.configure': command(
    { autoStart: v.boolean(), sound: v.boolean() },
    { autoStart: 'invalid-setting', sound: 'invalid-setting' },
  ),
  'follow.start': command({}),
  'follow.stop': command({}),
  'cap.set': command(
    { cap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PARTICIPANT_CAP)) },
    { cap: 'invalid-cap' },
  ),
  'role.grant': command({ publicId: IdSchema }, { publicId: 'invalid-id' }),
  'role.revoke': command({ publicId: IdSchema }, { publicId: 'invalid-id' }),
  'session.close': command({}),
  'session.reopen': command({}),
  /** Lets participants read the record (verslag), or stops them; allowed on a closed session. */
  'record.allowParticipants': command({ allowed: v.boolean() }),
  'sealed.open': command({ boxId: IdSchema, anonymous: v.boolean() }, { boxId: 'invalid-id' }),
  'sealed.reveal': command({ boxId: IdSchema }, { boxId: 'invalid-id' }),
  'board.redact': command({ shapeId: ShapeIdSchema }, { shapeId: 'invalid-id' }),
  /** Removes a record from the board for everyone: one that does not fit tldraw's schema. */
  'board.removeRecord': command({ recordId: BoardRecordIdSchema }, { recordId: 'invalid-id' }),
} as const

export type CoreCommand = CommandsOf<typeof coreCommands>

/** Why a core command was refused; the page maps each to a Dutch sentence. Exercises add theirs. */
export const CORE_COMMAND_ERRORS = [
  'invalid-command',
  'unknown-command',
  'invalid-duration',
  'invalid-position',
  'invalid-cap',
  'invalid-id',
  'unknown-template',
  'unknown-instance',
  'unknown-person',
  'no-activity',
  'phase-out-of-range',
  'no-timer',
  'box-exists',
  'unknown-box',
  'box-closed',
  'not-facilitator',
  'session-closed',
  'unknown-shape',
  'not-redactable',
  'unknown-record',
  'not-removable',
  'wrong-exercise',
  'invalid-setting',
] as const
