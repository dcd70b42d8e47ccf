/**
 * Everything the server keeps, behind one interface with two implementations: `SqliteStore`
 * (the single-node default, embedded in DATA_DIR) and `PostgresStore` (several nodes sharing
 * one `DATABASE_URL`). One contract suite (tests/integration/storeContract.test.ts) holds both
 * to the same promises.
 *
 * Every method is asynchronous because PostgreSQL is. A resolved promise means committed and
 * durable (SQLite: WAL with synchronous=FULL; PostgreSQL: a committed transaction with its
 * default synchronous_commit): a caller may relay an update once `appendUpdates` resolves.
 */
export interface Store {
  /** Where the data lives, for the start-up log line (a file, or a database without password). */
  readonly location: string

  // Sessions

  createSession(row: NewSessionRow): Promise<void>
  getSession(id: string): Promise<SessionRow | undefined>
  /** Stores a session's activity; a session deleted meanwhile is not brought back. */
  writeActivity(id: string, activity: SessionActivityRow): Promise<void>
  /** A facilitator's new retention period; null: the server's. */
  setRetentionDays(id: string, days: number | null): Promise<void>
  /** Every session's retention period and last activity, for the retention sweep. */
  retentionRows(): Promise<RetentionRow[]>

  // The update log of each Yjs document (named `<sessionId>/<document>`)

  /**
   * Appends a batch of updates in one transaction and resolves with the sequence number of
   * the last one. Sequence numbers grow with every row of a document, in commit order.
   */
  appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number>
  /** All stored rows of a document merged into what a room loads, oldest first. */
  loadUpdates(doc: string): Promise<LoadedDocument>
  /**
   * The rows of a document with a sequence number above `seq`, oldest first: what a node that
   * has seen up to `seq` lacks. Rows compacted into a snapshot come back as that snapshot,
   * which holds them (Yjs applies what it already has as a no-op).
   */
  loadUpdatesAfter(doc: string, seq: number): Promise<StoredUpdate[]>
  /**
   * Replaces every row up to `upToSeq` by one snapshot, atomically: after a crash either the
   * old rows or the snapshot are there, never neither. Later rows stay. Resolves with the
   * snapshot's sequence number.
   */
  compact(doc: string, snapshot: Uint8Array, upToSeq: number): Promise<number>
  countUpdates(doc: string): Promise<number>

  // Sealed boxes: server-held secrets until the reveal

  /**
   * In one transaction: stores or replaces one person's submission, lists the box as it now
   * is, and appends the updates `change` makes from that list to `doc` (the count everyone
   * sees). Both are stored or neither. `change` runs synchronously inside the transaction.
   * Resolves with the sequence number of the last appended update (0 when none).
   *
   * With several nodes the caller holds the session's lock (`withSessionLock`), so that
   * submissions and commands of one session go one at a time; `change` is also given the rows
   * of `doc` after `since` that other nodes stored, so the count is written over the state as
   * it is now.
   */
  submitSealed(submission: SealedSubmission, change: SealedChange, since?: number): Promise<number>
  listSealed(sessionId: string, boxId: string): Promise<SealedSubmissionRow[]>
  /**
   * Removes a box's submissions. `forGood`: also from whatever the engine keeps of deleted
   * rows (see `scrub`), for anonymous boxes: after the reveal nothing stored may link a value
   * to a person.
   */
  removeSealed(sessionId: string, boxId: string, forGood: boolean): Promise<void>

  /**
   * Runs `work` while no other node runs work for the same session (PostgreSQL: the session's
   * row lock, held until `work` settles; on one node, one turn at a time). Commands, votes and
   * presence run in it. Nothing in `work` may wait for another holder of the same lock. One
   * node (SQLite) has nobody to wait for: it just runs `work`.
   */
  withSessionLock<T>(sessionId: string, work: () => Promise<T>): Promise<T>

  // Pictures (photos uploaded to a session)

  /** Stores the bytes (once: the same picture twice is one) and resolves with their name. */
  putAsset(sessionId: string, data: Uint8Array): Promise<string>
  /** The bytes of a stored picture; undefined for an unknown or malformed name. */
  readAsset(sessionId: string, name: string): Promise<Uint8Array | undefined>

  // Deletion

  /**
   * Forgets a session completely, in one transaction: its row, every stored update of its
   * documents, its sealed submissions and its pictures (SQLite keeps pictures as files beside
   * the database; they are removed right after the commit).
   */
  deleteSession(sessionId: string): Promise<void>
  /**
   * Makes what was deleted unreadable from the files of the store, as far as the engine
   * allows without stopping: SQLite checkpoints and truncates its WAL (secure_delete has
   * already overwritten the pages). PostgreSQL vacuums the small secret-holding tables.
   */
  scrub(): Promise<void>

  close(): Promise<void>
}

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

export interface StoredUpdate {
  seq: number
  update: Uint8Array
}

export interface LoadedDocument {
  updates: Uint8Array[]
  /** Sequence number of the newest row; 0 for a document never stored. */
  lastSeq: number
}

/** One person's hidden submission to a sealed box (a server-held secret until the reveal). */
export interface SealedSubmissionRow {
  publicId: string
  name: string
  value: string
  submittedAt: number
}

export interface SealedSubmission {
  /** The document the count goes to (the session's control document). */
  doc: string
  sessionId: string
  boxId: string
  row: SealedSubmissionRow
}

/**
 * Given the box's submissions after the new one (and the rows other nodes stored since the
 * caller last looked), the updates to store with it.
 */
export type SealedChange = (rows: SealedSubmissionRow[], missed: StoredUpdate[]) => Uint8Array[]

/** Stored pictures are named by the SHA-256 of their bytes: `<64 hex>.webp`. */
export const ASSET_NAME = /^[0-9a-f]{64}\.webp$/
