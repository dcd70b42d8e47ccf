import { createHash, timingSafeEqual } from 'node:crypto'
import { type CreatedSession, newFacilitatorKey, newSessionId } from '@reflectiebord/shared'
import type { SessionRow, Store } from '../persistence/Store.ts'

/**
 * Sessions and their credentials. The facilitator key is stored only as a hash: a copy of
 * the database (a backup, a support request) does not hand out facilitator rights.
 */
export class SessionRegistry {
  private readonly store: Store

  constructor(store: Store) {
    this.store = store
  }

  /** A new session; `retentionDays` null follows the server's period (checked by the caller). */
  async create(
    title: string,
    retentionDays: number | null = null,
    now = Date.now(),
  ): Promise<CreatedSession> {
    const id = newSessionId()
    const facilitatorKey = newFacilitatorKey()
    await this.store.createSession({
      id,
      title,
      facilitatorKeyHash: hashKey(facilitatorKey),
      createdAt: now,
      retentionDays,
    })
    return { id, title, createdAt: now, facilitatorKey }
  }

  /** A facilitator's new retention period (checked by the caller); null: the server's. */
  setRetentionDays(id: string, days: number | null): Promise<void> {
    return this.store.setRetentionDays(id, days)
  }

  get(id: string): Promise<SessionRow | undefined> {
    return this.store.getSession(id)
  }

  isFacilitatorKey(session: SessionRow, key: string): boolean {
    const expected = Buffer.from(session.facilitatorKeyHash, 'hex')
    const actual = Buffer.from(hashKey(key), 'hex')
    return expected.length === actual.length && timingSafeEqual(expected, actual)
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}
