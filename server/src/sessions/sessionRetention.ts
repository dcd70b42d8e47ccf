import { keptUntil, retentionDaysOf, type SessionRetention } from '@reflectiebord/shared'
import type { SessionRow } from '../persistence/Store.ts'
import type { SessionActivity } from './SessionActivity.ts'

/**
 * How long a session is kept, as the panel, the API and the record say it: its period and
 * the moment the sweep may delete it, counted from the last activity in memory or on disk.
 */
export function sessionRetention(
  row: SessionRow,
  activity: SessionActivity,
  serverDays: number,
): SessionRetention {
  const days = retentionDaysOf(row.retentionDays, serverDays)
  return {
    days,
    chosenDays: row.retentionDays,
    serverDays,
    keptUntil: keptUntil(activity.lastActivityAt(row.id, row.lastActivityAt), days),
  }
}
