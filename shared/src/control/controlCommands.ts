import {
  MAX_NOTES_PER_STATEMENT,
  MAX_STATEMENTS,
  NOTE_MAX_LENGTH,
} from '../exercises/stoplichtspel/gameState.ts'
import {
  checkStatementText,
  isStatementId,
  STATEMENT_MAX_LENGTH,
  type Statement,
} from '../exercises/stoplichtspel/statement.ts'
import { MAX_PARTICIPANT_CAP } from './controlState.ts'
import { checkDurationMs } from './timer.ts'

/**
 * What a facilitator can ask of the server. Commands travel over HTTP
 * (`POST /api/sessions/:id/control`); the server checks the sender's rights, validates, and
 * writes the result into session control state with its own clock.
 */
export type ControlCommand =
  | { type: 'template.load'; templateId: string; origin: { x: number; y: number } }
  | { type: 'template.remove'; instanceId: string }
  | { type: 'activity.select'; instanceId: string }
  | { type: 'phase.set'; index: number }
  | { type: 'phase.next' }
  | { type: 'phase.previous' }
  | { type: 'timer.start'; durationMs: number }
  | { type: 'timer.pause' }
  | { type: 'timer.resume' }
  | { type: 'timer.addMinute' }
  | { type: 'timer.reset' }
  | { type: 'follow.start' }
  | { type: 'follow.stop' }
  | { type: 'cap.set'; cap: number }
  | { type: 'role.grant'; publicId: string }
  | { type: 'role.revoke'; publicId: string }
  | { type: 'session.close' }
  | { type: 'session.reopen' }
  | { type: 'sealed.open'; boxId: string; anonymous: boolean }
  | { type: 'sealed.reveal'; boxId: string }
  | { type: 'dromen.start' }
  | { type: 'dromen.spotlight'; publicId: string | null }
  | { type: 'case.bringer'; publicId: string | null }
  | { type: 'case.example'; exampleId: string | null }
  | { type: 'board.redact'; shapeId: string }
  | { type: 'stoplicht.setup'; statements: Statement[] }
  | { type: 'stoplicht.anonymous'; anonymous: boolean }
  | { type: 'stoplicht.open'; statementId: string }
  | { type: 'stoplicht.reveal' }
  | { type: 'stoplicht.notes'; statementId: string; notes: string[] }
  | { type: 'stoplicht.summary'; show: boolean }

export type ControlCommandType = ControlCommand['type']

/** Why a command was refused; the UI maps each to a Dutch sentence. */
export const COMMAND_ERROR_CODES = [
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
  'invalid-statement',
  'unknown-statement',
  'no-game',
  'round-open',
  'no-open-round',
  'anonymity-locked',
  'invalid-note',
  'unknown-case',
  'unknown-shape',
  'not-redactable',
  'wrong-exercise',
  'no-spot',
] as const
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number]

export type CommandCheck =
  | { ok: true; command: ControlCommand }
  | { ok: false; code: CommandErrorCode; message: string }

/** Ids that come from us (public ids, instance ids, box ids): short and URL-safe. */
const ID_PATTERN = /^[A-Za-z0-9_:-]{1,64}$/
/** tldraw shape ids: `shape:` and a short id. */
const SHAPE_ID_PATTERN = /^shape:[A-Za-z0-9_~-]{1,64}$/
/** Board coordinates: generous, but finite and within reach of a scrolling person. */
const MAX_COORDINATE = 1_000_000

const fail = (code: CommandErrorCode, message: string): CommandCheck => ({
  ok: false,
  code,
  message,
})

/** Checks the shape of an untrusted command; rights and state are checked by the server. */
export function parseControlCommand(raw: unknown): CommandCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('invalid-command', 'A command is a JSON object with a "type".')
  }
  const input = raw as Record<string, unknown>
  const type = input.type
  switch (type) {
    case 'phase.next':
    case 'phase.previous':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.addMinute':
    case 'timer.reset':
    case 'follow.start':
    case 'follow.stop':
    case 'session.close':
    case 'session.reopen':
      return { ok: true, command: { type } }
    case 'template.load': {
      if (!isId(input.templateId)) return fail('invalid-id', 'templateId must be a template id.')
      const origin = input.origin as { x?: unknown; y?: unknown } | null | undefined
      if (!origin || !isCoordinate(origin.x) || !isCoordinate(origin.y)) {
        return fail(
          'invalid-position',
          `origin must have finite x and y within ±${MAX_COORDINATE}.`,
        )
      }
      return {
        ok: true,
        command: { type, templateId: input.templateId, origin: { x: origin.x, y: origin.y } },
      }
    }
    case 'template.remove':
    case 'activity.select':
      if (!isId(input.instanceId)) return fail('invalid-id', 'instanceId must be an id.')
      return { ok: true, command: { type, instanceId: input.instanceId } }
    case 'phase.set':
      if (typeof input.index !== 'number' || !Number.isInteger(input.index)) {
        return fail('phase-out-of-range', 'index must be a whole number.')
      }
      return { ok: true, command: { type, index: input.index } }
    case 'timer.start': {
      const duration = checkDurationMs(input.durationMs)
      if (!duration.ok) {
        return fail(
          'invalid-duration',
          `durationMs must be whole milliseconds from 1 second to 4 hours (${duration.problem}).`,
        )
      }
      return { ok: true, command: { type, durationMs: duration.value } }
    }
    case 'cap.set':
      if (
        typeof input.cap !== 'number' ||
        !Number.isInteger(input.cap) ||
        input.cap < 1 ||
        input.cap > MAX_PARTICIPANT_CAP
      ) {
        return fail('invalid-cap', `cap must be a whole number from 1 to ${MAX_PARTICIPANT_CAP}.`)
      }
      return { ok: true, command: { type, cap: input.cap } }
    case 'role.grant':
    case 'role.revoke':
      if (!isId(input.publicId))
        return fail('invalid-id', 'publicId must be a public participant id.')
      return { ok: true, command: { type, publicId: input.publicId } }
    case 'sealed.open':
      if (!isId(input.boxId)) return fail('invalid-id', 'boxId must be an id.')
      if (typeof input.anonymous !== 'boolean')
        return fail('invalid-command', 'anonymous must be true or false.')
      return { ok: true, command: { type, boxId: input.boxId, anonymous: input.anonymous } }
    case 'sealed.reveal':
      if (!isId(input.boxId)) return fail('invalid-id', 'boxId must be an id.')
      return { ok: true, command: { type, boxId: input.boxId } }
    case 'dromen.start':
      return { ok: true, command: { type } }
    case 'dromen.spotlight':
      if (input.publicId !== null && !isId(input.publicId)) {
        return fail('invalid-id', 'publicId must be a public participant id or null.')
      }
      return { ok: true, command: { type, publicId: input.publicId } }
    case 'case.bringer':
      if (input.publicId !== null && !isId(input.publicId)) {
        return fail('invalid-id', 'publicId must be a public participant id or null.')
      }
      return { ok: true, command: { type, publicId: input.publicId } }
    case 'case.example':
      if (input.exampleId !== null && !isId(input.exampleId)) {
        return fail('invalid-id', 'exampleId must be an example case id or null.')
      }
      return { ok: true, command: { type, exampleId: input.exampleId } }
    case 'board.redact':
      if (typeof input.shapeId !== 'string' || !SHAPE_ID_PATTERN.test(input.shapeId)) {
        return fail('invalid-id', 'shapeId must be a tldraw shape id (shape:…).')
      }
      return { ok: true, command: { type, shapeId: input.shapeId } }
    case 'stoplicht.setup':
      return parseStatements(input.statements)
    case 'stoplicht.anonymous':
      if (typeof input.anonymous !== 'boolean')
        return fail('invalid-command', 'anonymous must be true or false.')
      return { ok: true, command: { type, anonymous: input.anonymous } }
    case 'stoplicht.open':
      if (!isStatementId(input.statementId))
        return fail('unknown-statement', 'statementId must be a statement id.')
      return { ok: true, command: { type, statementId: input.statementId } }
    case 'stoplicht.reveal':
      return { ok: true, command: { type } }
    case 'stoplicht.notes':
      return parseNotes(input.statementId, input.notes)
    case 'stoplicht.summary':
      if (typeof input.show !== 'boolean')
        return fail('invalid-command', 'show must be true or false.')
      return { ok: true, command: { type, show: input.show } }
    default:
      return fail('unknown-command', `Unknown command type ${JSON.stringify(type)}.`)
  }
}

function parseStatements(raw: unknown): CommandCheck {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_STATEMENTS) {
    return fail(
      'invalid-statement',
      `statements must be a list of 1 to ${MAX_STATEMENTS} statements.`,
    )
  }
  const statements: Statement[] = []
  const ids = new Set<string>()
  for (const [i, item] of raw.entries()) {
    const entry = item as { id?: unknown; text?: { nl?: unknown; en?: unknown } } | null
    if (!entry || !isStatementId(entry.id) || ids.has(entry.id)) {
      return fail('invalid-statement', `statements[${i}].id must be a unique statement id.`)
    }
    const nl = checkStatementText(entry.text?.nl)
    // A facilitator's own statement may have one language only: it then reads the same in both.
    const en =
      entry.text?.en === undefined || entry.text.en === '' ? nl : checkStatementText(entry.text.en)
    if (!nl.ok || !en.ok) {
      const problem = !nl.ok ? nl.problem : !en.ok ? en.problem : ''
      return fail(
        'invalid-statement',
        `statements[${i}].text is ${problem} (1 to ${STATEMENT_MAX_LENGTH} characters).`,
      )
    }
    ids.add(entry.id)
    statements.push({ id: entry.id, text: { nl: nl.value, en: en.value } })
  }
  return { ok: true, command: { type: 'stoplicht.setup', statements } }
}

function parseNotes(statementId: unknown, raw: unknown): CommandCheck {
  if (!isStatementId(statementId))
    return fail('unknown-statement', 'statementId must be a statement id.')
  if (!Array.isArray(raw) || raw.length > MAX_NOTES_PER_STATEMENT) {
    return fail('invalid-note', `notes must be a list of at most ${MAX_NOTES_PER_STATEMENT} notes.`)
  }
  const notes: string[] = []
  for (const [i, note] of raw.entries()) {
    const text = checkStatementText(note)
    if (!text.ok || [...text.value].length > NOTE_MAX_LENGTH) {
      return fail('invalid-note', `notes[${i}] must be 1 to ${NOTE_MAX_LENGTH} characters.`)
    }
    notes.push(text.value)
  }
  return { ok: true, command: { type: 'stoplicht.notes', statementId, notes } }
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE
}
