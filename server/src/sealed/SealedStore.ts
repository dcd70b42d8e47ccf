import type { SqliteStore } from '../persistence/SqliteStore.ts'

/** One person's hidden submission to a sealed box (a server-held secret until the reveal). */
export interface SealedSubmissionRow {
  publicId: string
  name: string
  value: string
  submittedAt: number
}

/**
 * The server-held secrets on disk: the `sealed_submissions` table of the one database (its
 * schema is created with the others in `SqliteStore`, so deleting a session is one
 * transaction). Nothing here ever reaches a client before the reveal.
 */
export class SealedStore {
  private readonly store: SqliteStore
  private readonly statements

  constructor(store: SqliteStore) {
    this.store = store
    this.statements = {
      // A second submission by the same person replaces the first: one per person per box.
      upsert: store.prepare(`
        INSERT INTO sealed_submissions (session_id, box_id, public_id, name, value, submitted_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (session_id, box_id, public_id)
        DO UPDATE SET name = excluded.name, value = excluded.value, submitted_at = excluded.submitted_at`),
      list: store.prepare(`
        SELECT public_id AS publicId, name, value, submitted_at AS submittedAt
        FROM sealed_submissions WHERE session_id = ? AND box_id = ? ORDER BY submitted_at, rowid`),
      remove: store.prepare('DELETE FROM sealed_submissions WHERE session_id = ? AND box_id = ?'),
    }
  }

  /** Stores or replaces one person's submission (who counts is for SealedBoxes to say). */
  put(sessionId: string, boxId: string, row: SealedSubmissionRow): void {
    this.statements.upsert.run(sessionId, boxId, row.publicId, row.name, row.value, row.submittedAt)
  }

  list(sessionId: string, boxId: string): SealedSubmissionRow[] {
    return this.statements.list.all(sessionId, boxId) as unknown as SealedSubmissionRow[]
  }

  remove(sessionId: string, boxId: string): void {
    this.statements.remove.run(sessionId, boxId)
  }

  /**
   * Removes a box's submissions so that no file in the data folder holds them any more: the
   * rows are deleted (secure_delete overwrites their bytes, earlier versions of a changed
   * submission included), and the WAL, which keeps old page images until a checkpoint, is
   * checkpointed and truncated. For anonymous boxes: after the reveal, nothing on disk may
   * link a value to a person, not even for a backup taken while the server runs.
   */
  removeForGood(sessionId: string, boxId: string): void {
    this.remove(sessionId, boxId)
    this.store.checkpoint()
  }
}
