/**
 * Who is connected to a session through which node, for several nodes: each node says who
 * comes in through it, and every node can ask who is connected anywhere. A node that stops
 * answering (killed, cut off) drops out by itself after a timeout, with the people it held.
 * One node has no directory: its own connections are the whole truth.
 */
export interface PresenceDirectory {
  /** Everyone connected to `sessionId` through this node now (empty: nobody any more). */
  publish(sessionId: string, publicIds: readonly string[]): Promise<void>
  /** Everyone connected to `sessionId` through any node that is still alive. */
  online(sessionId: string): Promise<Set<string>>
  /** A deleted session: its entries go at once. */
  forget(sessionId: string): Promise<void>
  /**
   * A session deleted on another node: this node takes back what it said about it (its
   * connections closed without a departure) and stops renewing it.
   */
  withdraw(sessionId: string): Promise<void>
  close(): void
}
