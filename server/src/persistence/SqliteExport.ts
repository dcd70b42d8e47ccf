import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DatabaseUnreadableError } from './DatabaseUnreadableError.ts'
import { DATABASE_FILE_NAME, SQLITE_SCHEMA_VERSION } from './SqliteStore.ts'
import { ASSET_NAME, type SealedSubmissionRow, type SessionRow } from './Store.ts'

/** One stored document: its name and its rows, oldest first. */
export interface ExportedDocument {
  doc: string
  updates: Uint8Array[]
}

export interface ExportedSealed {
  sessionId: string
  boxId: string
  row: SealedSubmissionRow
}

export interface ExportedAsset {
  sessionId: string
  name: string
  data: Uint8Array
}

/**
 * Everything a single-node DATA_DIR holds, read as it is on disk: the sessions, every
 * document's update log, the sealed submissions and the pictures. For moving a DATA_DIR into
 * PostgreSQL (`tools/migrateToPostgres.ts`); the server must be stopped, so that nothing
 * changes while it is read. It only reads: a folder written by an older server must be opened
 * by the current server once first, which brings its schema up to date.
 */
export class SqliteExport {
  private readonly db: DatabaseSync
  private readonly dataDir: string

  constructor(dataDir: string) {
    const file = join(dataDir, DATABASE_FILE_NAME)
    if (!existsSync(file)) {
      throw new DatabaseUnreadableError(file, 'there is no database in this folder')
    }
    this.dataDir = dataDir
    try {
      this.db = new DatabaseSync(file)
      // A page the WAL still holds is read through it, as the server would.
      this.db.prepare('SELECT count(*) FROM sessions').get()
    } catch (err) {
      throw new DatabaseUnreadableError(file, err instanceof Error ? err.message : String(err))
    }
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as {
      user_version: number
    }
    if (version !== SQLITE_SCHEMA_VERSION) {
      this.db.close()
      throw new DatabaseUnreadableError(
        file,
        `its schema is version ${version}, this version reads ${SQLITE_SCHEMA_VERSION}: start the server of this version on it once, stop it, then move it`,
      )
    }
  }

  sessions(): SessionRow[] {
    return this.db
      .prepare(
        `SELECT id, title, facilitator_key_hash AS facilitatorKeyHash, created_at AS createdAt,
          retention_days AS retentionDays, last_activity_at AS lastActivityAt, met_at AS metAt,
          parted_at AS partedAt, together_ms AS togetherMs FROM sessions ORDER BY created_at, id`,
      )
      .all() as unknown as SessionRow[]
  }

  /** Each document with its rows; one document in memory at a time. */
  *documents(): Generator<ExportedDocument> {
    const names = this.db
      .prepare('SELECT DISTINCT doc FROM doc_updates ORDER BY doc')
      .all() as unknown as { doc: string }[]
    const rows = this.db.prepare('SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq')
    for (const { doc } of names) {
      const updates = (rows.all(doc) as unknown as { data: Uint8Array }[]).map((row) => row.data)
      yield { doc, updates }
    }
  }

  /** In the order they were submitted (the order a box lists them in). */
  sealed(): ExportedSealed[] {
    return (
      this.db
        .prepare(
          `SELECT session_id AS sessionId, box_id AS boxId, public_id AS publicId, name, value,
            submitted_at AS submittedAt FROM sealed_submissions ORDER BY submitted_at, rowid`,
        )
        .all() as unknown as (SealedSubmissionRow & { sessionId: string; boxId: string })[]
    ).map(({ sessionId, boxId, ...row }) => ({ sessionId, boxId, row }))
  }

  /** The picture files, one session folder at a time; names that are not ours are skipped. */
  *assets(): Generator<ExportedAsset> {
    const root = join(this.dataDir, 'assets')
    if (!existsSync(root)) return
    for (const sessionId of readdirSync(root).sort()) {
      const folder = join(root, sessionId)
      for (const name of readdirSync(folder).sort()) {
        if (!ASSET_NAME.test(name)) continue
        yield { sessionId, name, data: new Uint8Array(readFileSync(join(folder, name))) }
      }
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}
