import pg from 'pg'
import { assetName } from '../assets/AssetFiles.ts'
import { DatabaseUnavailableError } from './DatabaseUnavailableError.ts'
import {
  ASSET_NAME,
  type LoadedDocument,
  type NewSessionRow,
  type RetentionRow,
  type SealedChange,
  type SealedSubmission,
  type SealedSubmissionRow,
  type SessionActivityRow,
  type SessionRow,
  type Store,
  type StoredUpdate,
} from './Store.ts'

const SCHEMA_VERSION = 1
/** Any constant: the advisory lock that lets one of several starting nodes create the schema. */
const MIGRATION_LOCK = 7_146_093_521

/** int8 (bigint) as a JavaScript number: times in ms and sequence numbers stay far below 2^53. */
const INT8_OID = 20
/** Connections for ordinary queries (pg's default). */
const POOL_SIZE = 10
/** Connections for work that takes a session's row lock (see `lockPool`). */
const LOCK_POOL_SIZE = 4
/** How long work waits for a session's lock before it fails. */
const LOCK_WAIT_SECONDS = 15
/** How long a holder of a session's lock may leave its transaction idle. */
const LOCK_IDLE_SECONDS = 60

const SESSION_COLUMNS = `id, title, facilitator_key_hash AS "facilitatorKeyHash", created_at AS "createdAt",
  retention_days AS "retentionDays", last_activity_at AS "lastActivityAt", met_at AS "metAt",
  parted_at AS "partedAt", together_ms AS "togetherMs"`

/**
 * Takes the next `$2` sequence numbers of document `$1` and inserts the updates `$3` under
 * them, in one statement. The `documents` row stays locked until the transaction ends, so the
 * appends to one document are one at a time across every node: sequence numbers are committed
 * in the order they were taken, without gaps, and "everything after seq N" never skips a row
 * that commits late.
 */
const APPEND = `
  WITH taken AS (
    INSERT INTO documents (doc, last_seq) VALUES ($1, $2)
    ON CONFLICT (doc) DO UPDATE SET last_seq = documents.last_seq + $2
    RETURNING last_seq
  )
  INSERT INTO doc_updates (doc, seq, data)
  SELECT $1, taken.last_seq - $2 + u.ord, u.data
  FROM taken, unnest($3::bytea[]) WITH ORDINALITY AS u(data, ord)
  RETURNING seq`

type Queryable = Pick<pg.PoolClient, 'query'>

/**
 * The store of several nodes: everything in one PostgreSQL database (`DATABASE_URL`),
 * pictures included (a `bytea` table), so that every node reaches every session's photos
 * without a shared file system. A resolved promise is a committed transaction.
 */
export class PostgresStore implements Store {
  readonly location: string
  private readonly pool: pg.Pool
  /**
   * Connections for whatever takes a session's row lock (commands, presence, votes), apart
   * from `pool`: work under the lock needs `pool` for its writes, and would wait forever if
   * lock holders and waiters had taken all of it.
   */
  private readonly lockPool: pg.Pool
  /**
   * Per session, the last turn for its row lock on this node. A node takes the lock one turn at
   * a time, so that twenty arrivals at once wait here, not each in a connection of their own.
   */
  private readonly turns = new Map<string, Promise<unknown>>()
  private closed = false

  private constructor(pool: pg.Pool, lockPool: pg.Pool, location: string) {
    this.pool = pool
    this.lockPool = lockPool
    this.location = location
  }

  /** Connects and brings the schema up to date; refuses a schema newer than this server's. */
  static async open(url: string): Promise<PostgresStore> {
    const location = withoutPassword(url)
    const connect = (max: number) => {
      const made = new pg.Pool({
        connectionString: url,
        max,
        types: {
          getTypeParser: ((oid: number, format?: string) =>
            oid === INT8_OID
              ? Number
              : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
        },
      })
      // An idle connection that breaks (a database restart) must not crash the process; the
      // next query gets a fresh connection or reports the failure to its caller.
      made.on('error', () => {})
      return made
    }
    const pool = connect(POOL_SIZE)
    const lockPool = connect(LOCK_POOL_SIZE)
    try {
      await migrate(pool)
    } catch (err) {
      await Promise.all([pool.end(), lockPool.end()])
      throw new DatabaseUnavailableError(
        location,
        err instanceof Error ? err.message || err.name : String(err),
      )
    }
    return new PostgresStore(pool, lockPool, location)
  }

  async createSession(row: NewSessionRow): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (id, title, facilitator_key_hash, created_at, retention_days, last_activity_at) VALUES ($1, $2, $3, $4, $5, $4)',
      [row.id, row.title, row.facilitatorKeyHash, row.createdAt, row.retentionDays ?? null],
    )
  }

  async getSession(id: string): Promise<SessionRow | undefined> {
    const result = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`,
      [id],
    )
    return result.rows[0]
  }

  async writeActivity(id: string, activity: SessionActivityRow): Promise<void> {
    // The last activity only moves forward, whatever order two writers come in.
    await this.pool.query(
      'UPDATE sessions SET last_activity_at = greatest(last_activity_at, $1), met_at = $2, parted_at = $3, together_ms = $4 WHERE id = $5',
      [activity.lastActivityAt, activity.metAt, activity.partedAt, activity.togetherMs, id],
    )
  }

  async setRetentionDays(id: string, days: number | null): Promise<void> {
    await this.pool.query('UPDATE sessions SET retention_days = $1 WHERE id = $2', [days, id])
  }

  async retentionRows(): Promise<RetentionRow[]> {
    const result = await this.pool.query<RetentionRow>(
      'SELECT id, retention_days AS "retentionDays", last_activity_at AS "lastActivityAt" FROM sessions',
    )
    return result.rows
  }

  async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    if (updates.length === 0) return 0
    // One statement is one transaction: one round trip and one commit for the batch.
    return append(this.pool, doc, updates)
  }

  async loadUpdates(doc: string): Promise<LoadedDocument> {
    const rows = await this.updatesAfter(doc, 0)
    return { updates: rows.map((row) => row.update), lastSeq: rows.at(-1)?.seq ?? 0 }
  }

  loadUpdatesAfter(doc: string, seq: number): Promise<StoredUpdate[]> {
    return this.updatesAfter(doc, seq)
  }

  compact(doc: string, snapshot: Uint8Array, upToSeq: number): Promise<number> {
    return this.transaction(async (client) => {
      await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [doc, upToSeq])
      return append(client, doc, [snapshot])
    })
  }

  async countUpdates(doc: string): Promise<number> {
    const result = await this.pool.query<{ n: number }>(
      'SELECT count(*) AS n FROM doc_updates WHERE doc = $1',
      [doc],
    )
    return result.rows[0]?.n ?? 0
  }

  submitSealed(submission: SealedSubmission, change: SealedChange, since = 0): Promise<number> {
    const { doc, sessionId, boxId, row } = submission
    return this.transaction(async (client) => {
      // The caller holds the session's lock (withSessionLock): submissions and commands of a
      // session go one at a time across every node. Taking it here again, on this connection,
      // would wait for the caller's own.
      await client.query(
        'INSERT INTO documents (doc, last_seq) VALUES ($1, 0) ON CONFLICT (doc) DO UPDATE SET last_seq = documents.last_seq',
        [doc],
      )
      await client.query(
        `INSERT INTO sealed_submissions (session_id, box_id, public_id, name, value, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (session_id, box_id, public_id)
         DO UPDATE SET name = excluded.name, value = excluded.value, submitted_at = excluded.submitted_at`,
        [sessionId, boxId, row.publicId, row.name, row.value, row.submittedAt],
      )
      const missed = await updatesAfter(client, doc, since)
      const updates = change(await listSealed(client, sessionId, boxId), missed)
      return updates.length > 0 ? append(client, doc, updates) : 0
    })
  }

  withSessionLock<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    return this.inTurn(sessionId, () =>
      this.transaction(async (client) => {
        // A holder that hangs (a node cut off mid-work) must not hold the session for good:
        // waiters give up after a while (the page asks again, the presence sweep tries again)
        // and PostgreSQL ends a transaction left idle.
        await client.query(
          `SET LOCAL lock_timeout = '${LOCK_WAIT_SECONDS}s'; SET LOCAL idle_in_transaction_session_timeout = '${LOCK_IDLE_SECONDS}s'`,
        )
        // Held until `work` settles: the transaction commits (or rolls back) only then.
        await client.query('SELECT 1 FROM sessions WHERE id = $1 FOR UPDATE', [sessionId])
        return work()
      }, this.lockPool),
    )
  }

  /** Runs `work` after this node's earlier turns for the session's lock, failed or not. */
  private inTurn<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(sessionId) ?? Promise.resolve()
    const mine = previous.then(work, work)
    const settled = mine.catch(() => undefined)
    this.turns.set(sessionId, settled)
    void settled.then(() => {
      if (this.turns.get(sessionId) === settled) this.turns.delete(sessionId)
    })
    return mine
  }

  listSealed(sessionId: string, boxId: string): Promise<SealedSubmissionRow[]> {
    return listSealed(this.pool, sessionId, boxId)
  }

  async removeSealed(sessionId: string, boxId: string, forGood: boolean): Promise<void> {
    await this.pool.query('DELETE FROM sealed_submissions WHERE session_id = $1 AND box_id = $2', [
      sessionId,
      boxId,
    ])
    if (forGood) await this.pool.query('VACUUM sealed_submissions')
  }

  async putAsset(sessionId: string, data: Uint8Array): Promise<string> {
    const name = assetName(data)
    await this.pool.query(
      'INSERT INTO assets (session_id, name, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [sessionId, name, Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
    )
    return name
  }

  async readAsset(sessionId: string, name: string): Promise<Uint8Array | undefined> {
    if (!ASSET_NAME.test(name)) return undefined
    const result = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM assets WHERE session_id = $1 AND name = $2',
      [sessionId, name],
    )
    const data = result.rows[0]?.data
    return data ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM sessions WHERE id = $1', [sessionId])
      // Document names are `<sessionId>/<document>`; session ids are base64url, no wildcards.
      await client.query("DELETE FROM doc_updates WHERE doc LIKE $1 || '/%'", [sessionId])
      await client.query("DELETE FROM documents WHERE doc LIKE $1 || '/%'", [sessionId])
      await client.query('DELETE FROM sealed_submissions WHERE session_id = $1', [sessionId])
      await client.query('DELETE FROM assets WHERE session_id = $1', [sessionId])
    })
  }

  /**
   * VACUUM takes deleted rows out of the tables' pages so that their space is reused; unlike
   * SQLite's secure_delete it does not promise to overwrite them at once (see
   * docs/architecture.md, "Storage").
   */
  async scrub(): Promise<void> {
    await this.pool.query('VACUUM sealed_submissions, doc_updates, sessions, assets')
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await Promise.all([this.pool.end(), this.lockPool.end()])
  }

  private updatesAfter(doc: string, seq: number): Promise<StoredUpdate[]> {
    return updatesAfter(this.pool, doc, seq)
  }

  private async transaction<T>(
    work: (client: pg.PoolClient) => Promise<T>,
    pool: pg.Pool = this.pool,
  ): Promise<T> {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {})
      throw err
    } finally {
      client.release()
    }
  }
}

async function append(
  client: Queryable,
  doc: string,
  updates: readonly Uint8Array[],
): Promise<number> {
  const data = updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength))
  const result = await client.query<{ seq: number }>(APPEND, [doc, updates.length, data])
  return Math.max(...result.rows.map((row) => row.seq))
}

async function updatesAfter(client: Queryable, doc: string, seq: number): Promise<StoredUpdate[]> {
  const result = await client.query<{ seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_updates WHERE doc = $1 AND seq > $2 ORDER BY seq',
    [doc, seq],
  )
  return result.rows.map((row) => ({
    seq: row.seq,
    update: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
  }))
}

async function listSealed(
  client: Queryable,
  sessionId: string,
  boxId: string,
): Promise<SealedSubmissionRow[]> {
  const result = await client.query<SealedSubmissionRow>(
    `SELECT public_id AS "publicId", name, value, submitted_at AS "submittedAt"
     FROM sealed_submissions WHERE session_id = $1 AND box_id = $2 ORDER BY submitted_at, ord`,
    [sessionId, boxId],
  )
  return result.rows
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS reflectiebord_schema (version integer NOT NULL)')
    const found = await client.query<{ version: number }>(
      'SELECT version FROM reflectiebord_schema',
    )
    const version = found.rows[0]?.version ?? 0
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `schema version ${version} is newer than this server understands (${SCHEMA_VERSION})`,
      )
    }
    if (version < SCHEMA_VERSION) {
      await client.query(`
        CREATE TABLE IF NOT EXISTS sessions (
          id text PRIMARY KEY,
          title text NOT NULL,
          facilitator_key_hash text NOT NULL,
          created_at bigint NOT NULL,
          retention_days double precision,
          last_activity_at bigint NOT NULL,
          met_at bigint,
          parted_at bigint,
          together_ms bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS documents (
          doc text PRIMARY KEY,
          last_seq bigint NOT NULL
        );
        CREATE TABLE IF NOT EXISTS doc_updates (
          doc text NOT NULL,
          seq bigint NOT NULL,
          data bytea NOT NULL,
          PRIMARY KEY (doc, seq)
        );
        CREATE TABLE IF NOT EXISTS sealed_submissions (
          session_id text NOT NULL,
          box_id text NOT NULL,
          public_id text NOT NULL,
          name text NOT NULL,
          value text NOT NULL,
          submitted_at bigint NOT NULL,
          ord bigint GENERATED ALWAYS AS IDENTITY,
          PRIMARY KEY (session_id, box_id, public_id)
        );
        CREATE TABLE IF NOT EXISTS assets (
          session_id text NOT NULL,
          name text NOT NULL,
          data bytea NOT NULL,
          PRIMARY KEY (session_id, name)
        );
      `)
      await client.query('DELETE FROM reflectiebord_schema')
      await client.query('INSERT INTO reflectiebord_schema (version) VALUES ($1)', [SCHEMA_VERSION])
    }
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw err
  } finally {
    client.release()
  }
}

/** The URL for logs: a password never reaches them. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return parsed.toString()
  } catch {
    return 'postgresql (DATABASE_URL)'
  }
}
