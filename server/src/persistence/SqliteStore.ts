import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { AssetFiles } from '../assets/AssetFiles.ts'
import { DatabaseUnreadableError } from './DatabaseUnreadableError.ts'
import { LogWriter } from './LogWriter.ts'
import type {
  LoadedDocument,
  NewSessionRow,
  RetentionRow,
  SealedChange,
  SealedSubmission,
  SealedSubmissionRow,
  SessionActivityRow,
  SessionRow,
  Store,
  StoredUpdate,
} from './Store.ts'

export const DATABASE_FILE_NAME = 'reflectiebord.sqlite'
/** The schema this version writes (`PRAGMA user_version`). */
export const SQLITE_SCHEMA_VERSION = 3

const SESSION_COLUMNS = `id, title, facilitator_key_hash AS facilitatorKeyHash, created_at AS createdAt,
  retention_days AS retentionDays, last_activity_at AS lastActivityAt, met_at AS metAt,
  parted_at AS partedAt, together_ms AS togetherMs`

/**
 * The single-node store: one embedded database in DATA_DIR (sessions, the Yjs update log of
 * every document, sealed submissions) and the pictures as files beside it (`AssetFiles`).
 *
 * node:sqlite is synchronous, and that is a feature here: no other event can run between two
 * statements of one transaction. Appends are the exception that makes it fast: every append
 * asked for in one event-loop turn, by any room, is committed together in one transaction
 * (one fsync) on a writer thread with its own connection (`LogWriter`), and each promise
 * resolves only after that commit (group commit). The fsync then blocks that thread, not the
 * event loop. Every method that reads the log or writes first waits until the appends asked
 * for before it are committed and the writer is idle, so the order of writes and reads stays
 * the order they were asked for and the two connections never write at once.
 */
export class SqliteStore implements Store {
  readonly file: string
  private readonly db: DatabaseSync
  private readonly assets: AssetFiles
  private readonly writer: LogWriter
  private readonly statements: {
    insertSession: StatementSync
    getSession: StatementSync
    writeActivity: StatementSync
    setRetentionDays: StatementSync
    retentionRows: StatementSync
    appendUpdate: StatementSync
    loadUpdates: StatementSync
    loadUpdatesAfter: StatementSync
    countUpdates: StatementSync
    upsertSealed: StatementSync
    listSealed: StatementSync
    removeSealed: StatementSync
  }

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.file = join(dataDir, DATABASE_FILE_NAME)
    this.db = openChecked(this.file)
    this.assets = new AssetFiles(dataDir)
    // Opened after the checks and migration above, which need the file to themselves.
    this.writer = new LogWriter(this.file)
    this.statements = {
      insertSession: this.db.prepare(
        'INSERT INTO sessions (id, title, facilitator_key_hash, created_at, retention_days, last_activity_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      getSession: this.db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`),
      // The last activity only moves forward, whatever order two writers come in.
      writeActivity: this.db.prepare(
        'UPDATE sessions SET last_activity_at = max(last_activity_at, ?), met_at = ?, parted_at = ?, together_ms = ? WHERE id = ?',
      ),
      setRetentionDays: this.db.prepare('UPDATE sessions SET retention_days = ? WHERE id = ?'),
      retentionRows: this.db.prepare(
        'SELECT id, retention_days AS retentionDays, last_activity_at AS lastActivityAt FROM sessions',
      ),
      appendUpdate: this.db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
      loadUpdates: this.db.prepare('SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq'),
      loadUpdatesAfter: this.db.prepare(
        'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
      ),
      countUpdates: this.db.prepare('SELECT count(*) AS n FROM doc_updates WHERE doc = ?'),
      // A second submission by the same person replaces the first: one per person per box.
      upsertSealed: this.db.prepare(`
        INSERT INTO sealed_submissions (session_id, box_id, public_id, name, value, submitted_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (session_id, box_id, public_id)
        DO UPDATE SET name = excluded.name, value = excluded.value, submitted_at = excluded.submitted_at`),
      listSealed: this.db.prepare(`
        SELECT public_id AS publicId, name, value, submitted_at AS submittedAt
        FROM sealed_submissions WHERE session_id = ? AND box_id = ? ORDER BY submitted_at, rowid`),
      removeSealed: this.db.prepare(
        'DELETE FROM sealed_submissions WHERE session_id = ? AND box_id = ?',
      ),
    }
  }

  get location(): string {
    return this.file
  }

  createSession(row: NewSessionRow): Promise<void> {
    return this.writer.exclusive(() => {
      this.statements.insertSession.run(
        row.id,
        row.title,
        row.facilitatorKeyHash,
        row.createdAt,
        row.retentionDays ?? null,
        row.createdAt,
      )
    })
  }

  async getSession(id: string): Promise<SessionRow | undefined> {
    const row = this.statements.getSession.get(id)
    return row ? (row as unknown as SessionRow) : undefined
  }

  writeActivity(id: string, activity: SessionActivityRow): Promise<void> {
    return this.writer.exclusive(() => {
      this.statements.writeActivity.run(
        activity.lastActivityAt,
        activity.metAt,
        activity.partedAt,
        activity.togetherMs,
        id,
      )
    })
  }

  setRetentionDays(id: string, days: number | null): Promise<void> {
    return this.writer.exclusive(() => {
      this.statements.setRetentionDays.run(days, id)
    })
  }

  async retentionRows(): Promise<RetentionRow[]> {
    return this.statements.retentionRows.all() as unknown as RetentionRow[]
  }

  /** Queued for the next group commit; resolves once the batch is on disk. */
  appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.writer.append(doc, updates)
  }

  loadUpdates(doc: string): Promise<LoadedDocument> {
    return this.writer.exclusive(() => {
      const rows = this.statements.loadUpdates.all(doc) as unknown as {
        seq: number
        data: Uint8Array
      }[]
      return { updates: rows.map((row) => row.data), lastSeq: rows.at(-1)?.seq ?? 0 }
    })
  }

  loadUpdatesAfter(doc: string, seq: number): Promise<StoredUpdate[]> {
    return this.writer.exclusive(() => {
      const rows = this.statements.loadUpdatesAfter.all(doc, seq) as unknown as {
        seq: number
        data: Uint8Array
      }[]
      return rows.map((row) => ({ seq: row.seq, update: row.data }))
    })
  }

  /** On the writer thread too, in one transaction after the appends asked before it. */
  compact(doc: string, snapshot: Uint8Array, upToSeq: number): Promise<number> {
    return this.writer.compact(doc, snapshot, upToSeq)
  }

  countUpdates(doc: string): Promise<number> {
    return this.writer.exclusive(() => {
      return (this.statements.countUpdates.get(doc) as { n: number }).n
    })
  }

  withSessionLock<T>(_sessionId: string, work: () => Promise<T>): Promise<T> {
    return work()
  }

  submitSealed(submission: SealedSubmission, change: SealedChange): Promise<number> {
    return this.writer.exclusive(() => {
      const { doc, sessionId, boxId, row } = submission
      let lastSeq = 0
      this.transaction(() => {
        this.statements.upsertSealed.run(
          sessionId,
          boxId,
          row.publicId,
          row.name,
          row.value,
          row.submittedAt,
        )
        // One node: nobody else stores rows of this document, so nothing was missed.
        const updates = change(this.listSealedNow(sessionId, boxId), [])
        if (updates.length > 0) lastSeq = this.append(doc, updates)
      })
      return lastSeq
    })
  }

  async listSealed(sessionId: string, boxId: string): Promise<SealedSubmissionRow[]> {
    return this.listSealedNow(sessionId, boxId)
  }

  removeSealed(sessionId: string, boxId: string, forGood: boolean): Promise<void> {
    return this.writer.exclusive(() => {
      this.statements.removeSealed.run(sessionId, boxId)
      if (forGood) this.checkpoint()
    })
  }

  putAsset(sessionId: string, data: Uint8Array): Promise<string> {
    return this.assets.put(sessionId, data)
  }

  readAsset(sessionId: string, name: string): Promise<Uint8Array | undefined> {
    return this.assets.read(sessionId, name)
  }

  /** With secure_delete the freed pages are overwritten; the pictures go after the commit. */
  async deleteSession(sessionId: string): Promise<void> {
    await this.writer.exclusive(() => {
      this.transaction(() => {
        this.db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId)
        // Document names are `<sessionId>/<document>`; session ids are base64url, no wildcards.
        this.db.prepare("DELETE FROM doc_updates WHERE doc LIKE ? || '/%'").run(sessionId)
        this.db.prepare('DELETE FROM sealed_submissions WHERE session_id = ?').run(sessionId)
      })
      this.db.exec('PRAGMA incremental_vacuum')
    })
    await this.assets.removeAll(sessionId)
  }

  scrub(): Promise<void> {
    return this.writer.exclusive(() => {
      this.checkpoint()
    })
  }

  /** Moves everything from the WAL into the database file and empties the WAL file. */
  checkpoint(): void {
    this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  }

  async close(): Promise<void> {
    await this.writer.close()
    if (this.db.isOpen) this.db.close()
  }

  private append(doc: string, updates: readonly Uint8Array[]): number {
    let lastSeq = 0
    for (const update of updates) {
      lastSeq = Number(this.statements.appendUpdate.run(doc, update).lastInsertRowid)
    }
    return lastSeq
  }

  private listSealedNow(sessionId: string, boxId: string): SealedSubmissionRow[] {
    return this.statements.listSealed.all(sessionId, boxId) as unknown as SealedSubmissionRow[]
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.db.exec('COMMIT')
    } catch (err) {
      this.db.exec('ROLLBACK')
      throw err
    }
  }
}

function openChecked(file: string): DatabaseSync {
  let db: DatabaseSync | undefined
  try {
    db = new DatabaseSync(file)
    // quick_check reads every page; a file that is not a database fails even earlier.
    const check = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[]
    const problems = check.map((row) => row.quick_check).filter((text) => text !== 'ok')
    if (problems.length > 0) throw new Error(problems.slice(0, 3).join('; '))
    // Lets compaction give pages back to the file system. It only takes effect on a new,
    // empty database and must come before WAL mode; on an existing file it changes nothing.
    db.exec('PRAGMA auto_vacuum = INCREMENTAL')
    db.exec('PRAGMA journal_mode = WAL')
    // FULL: a committed update survives power loss, not only a process crash.
    db.exec('PRAGMA synchronous = FULL')
    db.exec('PRAGMA busy_timeout = 5000')
    // Deleted rows (compacted updates, a redacted note's old text) are overwritten, not left
    // readable in free pages of the file.
    db.exec('PRAGMA secure_delete = ON')
    migrate(db)
    return db
  } catch (err) {
    db?.close()
    throw new DatabaseUnreadableError(file, err instanceof Error ? err.message : String(err))
  }
}

function migrate(db: DatabaseSync): void {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as {
    user_version: number
  }
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new Error(
      `schema version ${version} is newer than this server understands (${SQLITE_SCHEMA_VERSION})`,
    )
  }
  if (version === SQLITE_SCHEMA_VERSION) return
  db.exec('BEGIN IMMEDIATE')
  try {
    createTables(db)
    addRetentionColumns(db, Date.now())
    db.exec(`PRAGMA user_version = ${SQLITE_SCHEMA_VERSION}`)
    db.exec('COMMIT')
  } catch (err) {
    db.exec('ROLLBACK')
    throw err
  }
}

function createTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      facilitator_key_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      retention_days REAL,
      last_activity_at INTEGER NOT NULL,
      met_at INTEGER,
      parted_at INTEGER,
      together_ms INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE IF NOT EXISTS doc_updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      doc TEXT NOT NULL,
      data BLOB NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
    CREATE TABLE IF NOT EXISTS sealed_submissions (
      session_id TEXT NOT NULL,
      box_id TEXT NOT NULL,
      public_id TEXT NOT NULL,
      name TEXT NOT NULL,
      value TEXT NOT NULL,
      submitted_at INTEGER NOT NULL,
      PRIMARY KEY (session_id, box_id, public_id)
    ) STRICT;
  `)
}

/**
 * Version 3 keeps sessions for a period after their last activity. A session from before
 * has no known last activity; it counts from the upgrade, so that no session a team used
 * yesterday is deleted at the first start of the new version.
 */
function addRetentionColumns(db: DatabaseSync, now: number): void {
  const columns = new Set(
    (db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[]).map((c) => c.name),
  )
  if (columns.has('last_activity_at')) return
  db.exec(`
    ALTER TABLE sessions ADD COLUMN retention_days REAL;
    ALTER TABLE sessions ADD COLUMN last_activity_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN met_at INTEGER;
    ALTER TABLE sessions ADD COLUMN parted_at INTEGER;
    ALTER TABLE sessions ADD COLUMN together_ms INTEGER NOT NULL DEFAULT 0;
  `)
  db.prepare('UPDATE sessions SET last_activity_at = ?').run(now)
}
