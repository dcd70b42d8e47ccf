import { isExpired, retentionDaysOf } from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { Store } from '../persistence/Store.ts'
import type { SessionActivity } from './SessionActivity.ts'

export interface RetentionSweeperDeps {
  store: Store
  activity: SessionActivity
  /** The server's period in days (`RETENTION_DAYS`). */
  serverDays: number
  /** The delete button's own deletion (see deleteSession.ts): nothing is deleted another way. */
  remove(sessionId: string): Promise<void>
  logger: Logger
}

/**
 * Deletes sessions whose retention period has passed since their last activity, at start-up
 * and every `intervalMs`. Each session is judged again just before it goes, from its row and
 * the activity in memory, so an edit that arrived meanwhile saves it.
 */
export class RetentionSweeper {
  private readonly deps: RetentionSweeperDeps
  private timer: NodeJS.Timeout | undefined
  private running: Promise<string[]> | null = null
  private stopped = false

  constructor(deps: RetentionSweeperDeps) {
    this.deps = deps
  }

  /** Sweeps now, then every `intervalMs`. */
  async start(intervalMs: number): Promise<void> {
    await this.sweep()
    if (this.stopped) return
    this.timer = setInterval(() => void this.sweep(), intervalMs)
    this.timer.unref()
  }

  /** Stops sweeping and waits for a sweep under way, so the database can close after it. */
  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    await this.running
  }

  /** Deletes every expired session; resolves with their ids. One sweep at a time. */
  sweep(now?: number): Promise<string[]> {
    this.running ??= this.sweepOnce(now).finally(() => {
      this.running = null
    })
    return this.running
  }

  private async sweepOnce(now?: number): Promise<string[]> {
    const deleted: string[] = []
    let candidates: string[]
    try {
      candidates = (await this.deps.store.retentionRows())
        .filter((row) => this.expired(row.id, row.retentionDays, row.lastActivityAt, now))
        .map((row) => row.id)
    } catch (err) {
      this.deps.logger.error('retention sweep failed', { error: String(err) })
      return deleted
    }
    for (const id of candidates) {
      if (this.stopped) break
      try {
        const row = await this.deps.store.getSession(id)
        if (!row || !this.expired(id, row.retentionDays, row.lastActivityAt, now)) continue
        this.deps.logger.info('session expired', { session: id })
        await this.deps.remove(id)
        deleted.push(id)
      } catch (err) {
        // Tried again at the next sweep.
        this.deps.logger.error('deleting an expired session failed', {
          session: id,
          error: String(err),
        })
      }
    }
    return deleted
  }

  private expired(
    id: string,
    chosenDays: number | null,
    storedActivity: number,
    now = Date.now(),
  ): boolean {
    return isExpired(
      this.deps.activity.lastActivityAt(id, storedActivity),
      retentionDaysOf(chosenDays, this.deps.serverDays),
      now,
    )
  }
}
