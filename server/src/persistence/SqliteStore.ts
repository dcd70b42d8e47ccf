import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { DatabaseUnreadableError } from './DatabaseUnreadableError.ts'

export const DATABASE_FILE_NAME = 'reflectiebord.sqlite'
const SCHEMA_VERSION = 3

export interface SessionRow {
  id: string
  title: string
  facilitatorKeyHash: string
  createdAt: number
  /** The facilitator's retention period in days; null when the session follows the server's. */
  retentionDays: number | null
  /** Server time of the last activity as last stored (see sessions/SessionActivity.ts). */
  lastActivityAt: number
  /** Server time two or more people were first in the session at once; null before. */
  metAt: number | null
  /** Server time the last stretch together ended (or was last stored while going on). */
  partedAt: number | null
  /** Time two or more people were in the session at once, in ms, as last stored. */
  togetherMs: number
}

/** What a new session starts with; its last activity is its creation. */
export type NewSessionRow = Pick<SessionRow, 'id' | 'title' | 'facilitatorKeyHash' | 'createdAt'> &
  Partial<Pick<SessionRow, 'retentionDays'>>

/** What `SessionActivity` stores of a session, at most once a minute. */
export type SessionActivityRow = Pick<
  SessionRow,
  'lastActivityAt' | 'metAt' | 'partedAt' | 'togetherMs'
>

/** What the retention sweep needs of every session. */
export type RetentionRow = Pick<SessionRow, 'id' | 'retentionDays' | 'lastActivityAt'>

const SESSION_COLUMNS = `id, title, facilitator_key_hash AS facilitatorKeyHash, created_at AS createdAt,
  retention_days AS retentionDays, last_activity_at AS lastActivityAt, met_at AS metAt,
  parted_at AS partedAt, together_ms AS togetherMs`

/**
 * The one embedded database: sessions and the Yjs update log of every document.
 *
 * node:sqlite is synchronous, and that is a feature here: an update is on disk (WAL, fsync
 * with synchronous=FULL) when `appendUpdates` returns, so the caller can relay it knowing a
 * crash cannot take it back. Loading a room is synchronous too, so no message can be
 * answered while a room is half-loaded.
 */
export class SqliteStore {
  readonly file: string
  private readonly db: DatabaseSync
  private inOpenTransaction = false
  private readonly statements: {
    insertSession: StatementSync
    getSession: StatementSync
    writeActivity: StatementSync
    setRetentionDays: StatementSync
    retentionRows: StatementSync
    appendUpdate: StatementSync
    loadUpdates: StatementSync
    deleteUpdatesUpTo: StatementSync
    countUpdates: StatementSync
  }

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.file = join(dataDir, DATABASE_FILE_NAME)
    this.db = openChecked(this.file)
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
      deleteUpdatesUpTo: this.db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
      countUpdates: this.db.prepare('SELECT count(*) AS n FROM doc_updates WHERE doc = ?'),
    }
  }

  createSession(row: NewSessionRow): void {
    this.statements.insertSession.run(
      row.id,
      row.title,
      row.facilitatorKeyHash,
      row.createdAt,
      row.retentionDays ?? null,
      row.createdAt,
    )
  }

  getSession(id: string): SessionRow | undefined {
    const row = this.statements.getSession.get(id)
    return row ? (row as unknown as SessionRow) : undefined
  }

  /** Stores a session's activity; a session deleted meanwhile is not brought back. */
  writeActivity(id: string, activity: SessionActivityRow): void {
    this.statements.writeActivity.run(
      activity.lastActivityAt,
      activity.metAt,
      activity.partedAt,
      activity.togetherMs,
      id,
    )
  }

  /** A facilitator's new retention period; null: the server's. */
  setRetentionDays(id: string, days: number | null): void {
    this.statements.setRetentionDays.run(days, id)
  }

  /** Every session's retention period and last activity, for the retention sweep. */
  retentionRows(): RetentionRow[] {
    return this.statements.retentionRows.all() as unknown as RetentionRow[]
  }

  /**
   * Appends a batch of updates in one transaction (one fsync however many there are) and
   * returns the sequence number of the last one. Inside `inTransaction` it joins that one.
   */
  appendUpdates(doc: string, updates: readonly Uint8Array[]): number {
    let lastSeq = 0
    this.transaction(() => {
      for (const update of updates) {
        lastSeq = Number(this.statements.appendUpdate.run(doc, update).lastInsertRowid)
      }
    })
    return lastSeq
  }

  /**
   * Writes in one transaction; what `work` wrote, through this store or a store of its own
   * tables (sealed/), is all stored or none of it.
   */
  inTransaction(work: () => void): void {
    this.transaction(work)
  }

  /** A prepared statement on the one database, for stores of their own tables (sealed/). */
  prepare(sql: string): StatementSync {
    return this.db.prepare(sql)
  }

  /** All stored updates of a document, oldest first, with the sequence number of the last. */
  loadUpdates(doc: string): { updates: Uint8Array[]; lastSeq: number } {
    const rows = this.statements.loadUpdates.all(doc) as unknown as {
      seq: number
      data: Uint8Array
    }[]
    return { updates: rows.map((row) => row.data), lastSeq: rows.at(-1)?.seq ?? 0 }
  }

  /**
   * Replaces every update up to `upToSeq` by one snapshot, atomically: after a crash either
   * the old log or the snapshot is there, never neither. Updates appended after `upToSeq`
   * stay. Returns the snapshot's sequence number.
   */
  compact(doc: string, snapshot: Uint8Array, upToSeq: number): number {
    let snapshotSeq = 0
    this.transaction(() => {
      this.statements.deleteUpdatesUpTo.run(doc, upToSeq)
      snapshotSeq = Number(this.statements.appendUpdate.run(doc, snapshot).lastInsertRowid)
    })
    // Give the pages of the deleted rows back to the file system, so the file shrinks too.
    this.db.exec('PRAGMA incremental_vacuum')
    return snapshotSeq
  }

  /**
   * Forgets a session completely, in one transaction: its row, every stored update of its
   * documents and its sealed submissions. With secure_delete the freed pages are overwritten.
   */
  deleteSession(sessionId: string): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId)
      // Document names are `<sessionId>/<document>`; session ids are base64url, no wildcards.
      this.db.prepare("DELETE FROM doc_updates WHERE doc LIKE ? || '/%'").run(sessionId)
      this.db.prepare('DELETE FROM sealed_submissions WHERE session_id = ?').run(sessionId)
    })
    this.db.exec('PRAGMA incremental_vacuum')
  }

  /** Moves everything from the WAL into the database file and empties the WAL file. */
  checkpoint(): void {
    this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  }

  countUpdates(doc: string): number {
    return (this.statements.countUpdates.get(doc) as { n: number }).n
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }

  private transaction(work: () => void): void {
    // Nested: the outer transaction commits or rolls back the whole.
    if (this.inOpenTransaction) {
      work()
      return
    }
    this.inOpenTransaction = true
    try {
      this.runTransaction(work)
    } finally {
      this.inOpenTransaction = false
    }
  }

  private runTransaction(work: () => void): void {
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
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `schema version ${version} is newer than this server understands (${SCHEMA_VERSION})`,
    )
  }
  if (version === SCHEMA_VERSION) return
  db.exec('BEGIN IMMEDIATE')
  try {
    createTables(db)
    addRetentionColumns(db, Date.now())
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`)
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
