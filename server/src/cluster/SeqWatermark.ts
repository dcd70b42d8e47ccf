/**
 * Which stored rows of one document a node has in memory, by sequence number, when several
 * nodes write the same document. PostgreSQL numbers a document's rows without gaps and in
 * commit order (a row lock per document), so "every row up to `through`" is a fact a node can
 * know: its own rows and those relayed by others arrive in any order, and the ones above
 * `through` wait here until the rows between are in.
 *
 * `through` is what compaction may replace by a snapshot of memory, and where a catch-up from
 * the database starts.
 */
export class SeqWatermark {
  private seenThrough: number
  /** Rows in memory above `through`, with a hole below them. */
  private readonly above = new Set<number>()

  constructor(through: number) {
    this.seenThrough = through
  }

  get through(): number {
    return this.seenThrough
  }

  /** Whether a row above `through` is in while one below it is not. */
  get hasGap(): boolean {
    return this.above.size > 0
  }

  /** The newest row in memory, hole or not: how far the database is known to go. */
  get newest(): number {
    return Math.max(this.seenThrough, ...this.above)
  }

  /** Whether every row from `from` to `to` is in memory already. */
  holds(from: number, to: number): boolean {
    for (let seq = Math.max(from, this.seenThrough + 1); seq <= to; seq++) {
      if (!this.above.has(seq)) return false
    }
    return true
  }

  /** Rows `from` to `to` (inclusive) are in memory now. */
  record(from: number, to: number): void {
    for (let seq = Math.max(from, this.seenThrough + 1); seq <= to; seq++) this.above.add(seq)
    this.advance()
  }

  /**
   * Everything up to `seq` is in memory, also rows this node never saw one by one: a catch-up
   * read them all from the database, where rows compacted away are held by a snapshot.
   */
  advanceTo(seq: number): void {
    if (seq <= this.seenThrough) return
    this.seenThrough = seq
    for (const held of this.above) if (held <= seq) this.above.delete(held)
    this.advance()
  }

  private advance(): void {
    while (this.above.delete(this.seenThrough + 1)) this.seenThrough += 1
  }
}

/**
 * The same questions for a single node, whose store numbers rows across all documents (SQLite):
 * every row is this node's own, so the newest one stored is how far memory goes.
 */
export class HighWaterMark {
  private last: number

  constructor(through: number) {
    this.last = through
  }

  get through(): number {
    return this.last
  }

  get hasGap(): boolean {
    return false
  }

  get newest(): number {
    return this.last
  }

  holds(_from: number, to: number): boolean {
    return to <= this.last
  }

  record(_from: number, to: number): void {
    if (to > this.last) this.last = to
  }

  advanceTo(seq: number): void {
    this.record(seq, seq)
  }
}

export type StoredRows = SeqWatermark | HighWaterMark
