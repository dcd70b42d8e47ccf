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
  'sealed.open': command({ boxId: IdSchema, anonymous: v.boolean() }, { boxId: 'invalid-id' }),
  'sealed.reveal': command({ boxId: IdSchema }, { boxId: 'invalid-id' }),
  'board.redact': command({ shapeId: ShapeIdSchema }, { shapeId: 'invalid-id' }),
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
  'wrong-exercise',
] as const
