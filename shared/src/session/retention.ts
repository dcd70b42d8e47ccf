import * as v from 'valibot'

/**
 * How long a session is kept: a number of days after its last activity (board updates,
 * facilitator commands, people arriving or leaving). The server has one period, its default and
 * its maximum (`RETENTION_DAYS`); a facilitator may choose a shorter one for a session. After
 * that the server deletes the session as the delete button does.
 */

export const DAY_MS = 86_400_000

/** The periods a facilitator can pick besides the server's own, shortest first. */
export const RETENTION_CHOICES_DAYS = [1, 7, 30] as const

/** The longest period anyone can ask for: a hundred years is "keep", not a mistake. */
export const MAX_RETENTION_DAYS = 36_500

/**
 * A period in days as a request carries it: a positive number, fractions allowed (an operator's
 * `RETENTION_DAYS=0.5` is twelve hours). Whether it fits the server's period is `checkRetentionDays`.
 */
export const RetentionDaysSchema = v.pipe(
  v.number('must be a number of days'),
  v.finite('must be a number of days'),
  v.gtValue(0, 'must be more than 0 days'),
  v.maxValue(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days`),
)

export type RetentionProblem = 'invalid' | 'too-long'
export type RetentionCheck =
  | { ok: true; days: number | null }
  | { ok: false; problem: RetentionProblem }

/**
 * A facilitator's choice, checked against the server's period. Absent or null asks for the
 * server's own (stored as null, so it follows the server when its operator changes it);
 * anything longer than the server's period is refused, never quietly shortened.
 */
export function checkRetentionDays(raw: unknown, serverDays: number): RetentionCheck {
  if (raw === undefined || raw === null) return { ok: true, days: null }
  const parsed = v.safeParse(RetentionDaysSchema, raw)
  if (!parsed.success) return { ok: false, problem: 'invalid' }
  if (parsed.output > serverDays) return { ok: false, problem: 'too-long' }
  return { ok: true, days: parsed.output }
}

/**
 * The period that applies to a session: its own choice, but never longer than the server's
 * period now (an operator who shortens `RETENTION_DAYS` shortens it for every session).
 */
export function retentionDaysOf(chosen: number | null, serverDays: number): number {
  return chosen === null ? serverDays : Math.min(chosen, serverDays)
}

/** When a session whose last activity was at `lastActivityAt` may be deleted (ms). */
export function keptUntil(lastActivityAt: number, days: number): number {
  return lastActivityAt + Math.round(days * DAY_MS)
}

export function isExpired(lastActivityAt: number, days: number, now: number): boolean {
  return now >= keptUntil(lastActivityAt, days)
}

/** What the create form offers: the shorter standard periods, then the server's own. */
export function retentionChoices(serverDays: number): number[] {
  return [...RETENTION_CHOICES_DAYS.filter((days) => days < serverDays), serverDays]
}

/** `GET /api/retention`: the server's period, which is both its default and its maximum. */
export const ServerRetentionSchema = v.object({ days: v.number() })
export type ServerRetention = v.InferOutput<typeof ServerRetentionSchema>

/** `GET /api/sessions/:id/retention`: how long this session is kept. */
export const SessionRetentionSchema = v.object({
  /** The period that applies, in days. */
  days: v.number(),
  /** The facilitator's choice; null when the session follows the server's period. */
  chosenDays: v.nullable(v.number()),
  /** The server's period: the longest a facilitator may choose. */
  serverDays: v.number(),
  /** When the server deletes the session if nothing happens in it before then (ms). */
  keptUntil: v.number(),
})
export type SessionRetention = v.InferOutput<typeof SessionRetentionSchema>
