import { Session, type SessionDeps } from './Session.ts'

/**
 * The sessions this process holds in memory, made on first use. A session is small (its
 * rooms unload on their own when idle); it is forgotten when deleted, or when nobody is
 * present and neither of its rooms is loaded.
 */
export class LiveSessions {
  private readonly sessions = new Map<string, Session>()
  private readonly deps: SessionDeps
  private readonly exists: (sessionId: string) => Promise<boolean>

  constructor(deps: SessionDeps, exists: (sessionId: string) => Promise<boolean>) {
    this.deps = deps
    this.exists = exists
  }

  /**
   * The live session with its session control loaded, or undefined when it does not exist
   * (any more). Asked again after every wait (a body read, a decode): a session deleted
   * meanwhile is never brought back to life by a command, a vote or a reconnect that was
   * under way. Whoever waits again before using it holds it (`Session.hold`).
   */
  async get(sessionId: string): Promise<Session | undefined> {
    if (!(await this.exists(sessionId))) {
      this.sessions.delete(sessionId)
      return undefined
    }
    let session = this.sessions.get(sessionId)
    if (!session) {
      session = new Session(sessionId, this.deps)
      this.sessions.set(sessionId, session)
    }
    await session.load()
    // Deleted while session control loaded.
    return this.sessions.get(sessionId) === session ? session : undefined
  }

  /** The session if it is in memory, without asking the database (for deleting it). */
  peek(sessionId: string): Session | undefined {
    return this.sessions.get(sessionId)
  }

  /** The sessions whose session control is in memory now. */
  loaded(): Session[] {
    return [...this.sessions.values()].filter((session) => session.isLoaded())
  }

  /** Lets go of a session that has nothing left in memory. */
  release(sessionId: string): void {
    const session = this.sessions.get(sessionId)
    if (session?.presence.isEmpty() && session.loadedRooms().length === 0) {
      this.sessions.delete(sessionId)
    }
  }

  /** Drops a deleted session at once; its connections are closing without writes. */
  forget(sessionId: string): void {
    this.sessions.delete(sessionId)
  }

  get size(): number {
    return this.sessions.size
  }
}
