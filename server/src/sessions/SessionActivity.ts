import { type Meeting, meetingAt, nextTimeTogether, type TimeTogether } from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { SessionRow, Store } from '../persistence/Store.ts'

/** How often at most a busy session's activity is written to its row. */
export const ACTIVITY_WRITE_EVERY_MS = 60_000

interface Entry {
  lastActivityAt: number
  together: TimeTogether
  /** When this entry was last written to the session's row. */
  storedAt: number
  writeScheduled: boolean
}

/**
 * When each session last saw activity, and how long people were in it together: what the
 * retention sweep and the record read. Activity is every change to a session's documents
 * (board edits, facilitator commands, people arriving or leaving, votes counted).
 *
 * A board edit must stay cheap, so the time is kept in memory and written to the session's
 * row at most once a minute while the session is busy: the first activity after a quiet
 * minute is written at once, later ones with the next write, and whatever is newer than the
 * row is written when a room unloads and when the server stops. A crash loses at most the
 * last minute, which brings a deletion at most a minute forward. Readers ask here, not the
 * row, so they see the time in memory. A session's first activity reads its row first; what
 * happens meanwhile waits for that read, in order.
 */
export class SessionActivity {
  private readonly store: Store
  private readonly logger: Logger
  private readonly writeEveryMs: number
  private readonly entries = new Map<string, Entry>()
  /** What waits for a session's row to be read, by session. */
  private readonly waiting = new Map<string, ((entry: Entry) => void)[]>()
  /** The reads of rows under way. */
  private readonly reads = new Set<Promise<void>>()

  constructor(store: Store, logger: Logger, writeEveryMs = ACTIVITY_WRITE_EVERY_MS) {
    this.store = store
    this.logger = logger
    this.writeEveryMs = writeEveryMs
  }

  /** Something happened in the session now. */
  touch(sessionId: string, now = Date.now()): void {
    this.withEntry(sessionId, (entry) => this.touchEntry(sessionId, entry, now))
  }

  /** The number of people in the session changed (an arrival or a departure is activity too). */
  peopleOnline(sessionId: string, count: number, now = Date.now()): void {
    this.withEntry(sessionId, (entry) => {
      entry.together = nextTimeTogether(entry.together, count, now)
      this.touchEntry(sessionId, entry, now)
    })
  }

  /** Settles when every session's row that was asked for has been read. */
  async settled(): Promise<void> {
    await Promise.all(this.reads)
  }

  /** The session's last activity: the one in memory when newer than its row's. */
  lastActivityAt(sessionId: string, stored: number): number {
    return Math.max(stored, this.entries.get(sessionId)?.lastActivityAt ?? 0)
  }

  /** When people met in the session and for how long, as it stands at `now`. */
  meeting(row: SessionRow, now = Date.now()): Meeting | null {
    return meetingAt(this.entries.get(row.id)?.together ?? togetherOf(row), now)
  }

  /**
   * Writes what is newer than the row (a room unloaded). The entry is let go of unless a
   * stretch together is going on, which lives only here.
   */
  async save(sessionId: string, now = Date.now()): Promise<void> {
    await this.settled()
    const entry = this.entries.get(sessionId)
    if (!entry) return
    if (entry.together.since === null) this.entries.delete(sessionId)
    await this.write(sessionId, entry, now)
  }

  /** Writes every session's activity (the server stops). */
  async saveAll(now = Date.now()): Promise<void> {
    await this.settled()
    await Promise.all(
      [...this.entries].map(([sessionId, entry]) => this.write(sessionId, entry, now)),
    )
  }

  /** The session is deleted: nothing of it is written again. */
  forget(sessionId: string): void {
    this.entries.delete(sessionId)
    this.waiting.delete(sessionId)
  }

  private touchEntry(sessionId: string, entry: Entry, now: number): void {
    entry.lastActivityAt = Math.max(entry.lastActivityAt, now)
    if (now - entry.storedAt >= this.writeEveryMs) this.scheduleWrite(sessionId, entry, now)
  }

  /** Runs `use` on the session's entry, reading its row first if it has none yet. */
  private withEntry(sessionId: string, use: (entry: Entry) => void): void {
    const known = this.entries.get(sessionId)
    if (known) {
      use(known)
      return
    }
    const waiting = this.waiting.get(sessionId)
    if (waiting) {
      waiting.push(use)
      return
    }
    const uses = [use]
    this.waiting.set(sessionId, uses)
    const read = this.store.getSession(sessionId).then(
      (row) => {
        // Forgotten meanwhile (deleted), or no such session: nothing to keep.
        if (this.waiting.get(sessionId) !== uses) return
        this.waiting.delete(sessionId)
        if (!row) return
        const entry: Entry = this.entries.get(sessionId) ?? {
          lastActivityAt: row.lastActivityAt,
          together: togetherOf(row),
          storedAt: row.lastActivityAt,
          writeScheduled: false,
        }
        this.entries.set(sessionId, entry)
        for (const waiter of uses) waiter(entry)
      },
      (err: unknown) => {
        if (this.waiting.get(sessionId) === uses) this.waiting.delete(sessionId)
        this.logger.error('reading a session’s activity failed', {
          session: sessionId,
          error: String(err),
        })
      },
    )
    this.reads.add(read)
    void read.finally(() => this.reads.delete(read))
  }

  /** Later in this turn: never inside the Yjs update event or a database transaction. */
  private scheduleWrite(sessionId: string, entry: Entry, now: number): void {
    if (entry.writeScheduled) return
    entry.writeScheduled = true
    setImmediate(() => {
      entry.writeScheduled = false
      // Deleted meanwhile: this entry is no longer the session's.
      if (this.entries.get(sessionId) === entry) void this.write(sessionId, entry, now)
    })
  }

  private async write(sessionId: string, entry: Entry, now: number): Promise<void> {
    const meeting = meetingAt(entry.together, now)
    try {
      await this.store.writeActivity(sessionId, {
        lastActivityAt: entry.lastActivityAt,
        metAt: meeting?.metAt ?? null,
        partedAt: meeting?.endedAt ?? null,
        togetherMs: meeting?.togetherMs ?? 0,
      })
      entry.storedAt = now
    } catch (err) {
      // Tried again with the next activity; the board itself is not affected.
      this.logger.error('storing a session’s activity failed', {
        session: sessionId,
        error: String(err),
      })
    }
  }
}

/** The time together as stored: a stretch going on when it was stored is not known to go on. */
function togetherOf(row: SessionRow): TimeTogether {
  return { metAt: row.metAt, partedAt: row.partedAt, endedMs: row.togetherMs, since: null }
}
