/**
 * How nodes tell each other about changes to the documents they share. Only stored rows travel
 * (durable before relay, across nodes too): a node publishes an update after the database
 * committed it, under the sequence numbers the database gave it. A listener that misses an
 * entry (a bus restarted, a lost connection) notices the hole in the sequence numbers, or is
 * told `resume`, and reads what it lacks from the database; the bus is never the record.
 */
export interface DocumentBus {
  /** This node's name in the entries it publishes, so that it can skip its own. */
  readonly nodeId: string
  /**
   * Starts following `doc`: entries published from now on reach the feed. Resolves once the
   * position is fixed, so whatever a load from the database after it misses is delivered.
   */
  follow(doc: string): Promise<DocumentFeed>
  /** Publishes an entry of `doc`; fire and forget (a failure is logged; listeners catch up). */
  publish(doc: string, entry: BusEntry): void
  /**
   * A deleted session's document: tells the other nodes (`gone`) and drops every entry the bus
   * holds of it but that notice, which expires soon after.
   */
  forget(doc: string): Promise<void>
  close(): Promise<void>
}

export type BusEntry =
  /** Rows `from`..`to` of the document, stored, merged into one update. */
  | { kind: 'update'; from: number; to: number; update: Uint8Array }
  /** Row `seq` is a snapshot of everything up to it (a compaction). */
  | { kind: 'compacted'; seq: number }
  /** The document has stored rows up to `seq`: a listener below it has missed some. */
  | { kind: 'head'; seq: number }
  /**
   * A change of presence (cursors, names), never stored. `owner`: the public id of the person
   * whose connection spoke for these client ids, so that no one on another node can take them.
   */
  | { kind: 'awareness'; update: Uint8Array; owner?: string }
  /** The session was deleted: close the room, keep nothing. */
  | { kind: 'gone' }

export interface FeedListener {
  entry(entry: BusEntry): void
  /** Entries may have been lost (the bus was away): read what is missing from the database. */
  resume(): void
}

/** One room's subscription to its document's entries from other nodes. */
export interface DocumentFeed {
  /** Starts delivering; entries that came before are delivered first, in order. */
  attach(listener: FeedListener): void
  stop(): void
}
