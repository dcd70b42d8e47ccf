import { randomInt } from 'node:crypto'
import { ControlMaps, type SealedBoxState, type SealedEntry } from '@reflectiebord/shared'
import * as v from 'valibot'
import type { CommandResult } from '../control/commandResult.ts'
import type { SealedSubmissionRow, Store } from '../persistence/Store.ts'
import type { Session } from '../sessions/Session.ts'

/** Largest JSON text one submission may be. */
export const MAX_SUBMISSION_BYTES = 1024

export type SubmitResult =
  | { ok: true; count: number }
  | {
      ok: false
      status: 400 | 404 | 409 | 500
      code: 'unknown-box' | 'box-closed' | 'invalid-value' | 'storage-failed'
      message: string
    }

/**
 * One session's server-held secrets: submissions (votes, ...) that no client receives until a
 * facilitator reveals them. A submission counts, and is revealed, only while its sender is
 * connected to the session (admitted under its cap). Before the reveal they exist only in the database; session
 * control shows nothing but how many people submitted. On reveal they are written to session
 * control and deleted from the database; in an anonymous box they are shuffled and stripped
 * of names first, so nothing, shared or stored, links a value to a person.
 *
 * Submitting, revealing and recounting read the database and then change session control;
 * they run one at a time per session on this server, so none of them acts on a count or a
 * box that another one is changing.
 */
export class SealedBoxes {
  private readonly session: Session
  private readonly store: Store
  private readonly kindSchema: (kind: string) => v.GenericSchema | undefined
  /** The last operation under way; the next one starts after it. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    session: Session,
    store: Store,
    kindSchema: (kind: string) => v.GenericSchema | undefined,
  ) {
    this.session = session
    this.store = store
    this.kindSchema = kindSchema
  }

  open(boxId: string, anonymous: boolean, kind = 'any'): CommandResult {
    if (this.box(boxId)) {
      return { ok: false, status: 409, code: 'box-exists', message: 'A box with that id exists.' }
    }
    const box: SealedBoxState = {
      id: boxId,
      status: 'open',
      kind,
      anonymous,
      count: 0,
      revealed: null,
    }
    this.session.change((doc) => doc.getMap<SealedBoxState>(ControlMaps.sealed).set(boxId, box))
    return { ok: true }
  }

  /**
   * One submission per person per box: a second one (another tab, a reconnect) replaces the
   * first. The submission and the count everyone sees are stored in one transaction.
   */
  submit(
    boxId: string,
    person: { publicId: string; name: string },
    value: unknown,
    now = Date.now(),
  ): Promise<SubmitResult> {
    // The session's lock first, then this session's queue, as commands do (a reveal runs in a
    // command, under the lock): the other order would have each wait for the other.
    return this.session.withLock(() =>
      this.oneAtATime(() => this.submitNow(boxId, person, value, now)),
    )
  }

  /** Reveals the box and returns what was in it (for exercises that keep their own results). */
  reveal(boxId: string): Promise<CommandResult & { entries?: SealedEntry[] }> {
    return this.oneAtATime(() => this.revealNow(boxId))
  }

  private async submitNow(
    boxId: string,
    person: { publicId: string; name: string },
    value: unknown,
    now: number,
  ): Promise<SubmitResult> {
    // With several nodes, the box may have been opened or revealed on another one a moment
    // ago: under the session's lock, whatever a command did is stored and read here.
    await this.session.catchUp()
    const box = this.box(boxId)
    if (!box) return { ok: false, status: 404, code: 'unknown-box', message: 'No such box.' }
    if (box.status !== 'open') {
      return { ok: false, status: 409, code: 'box-closed', message: 'This box has been revealed.' }
    }
    const text = JSON.stringify(value)
    if (text === undefined || Buffer.byteLength(text) > MAX_SUBMISSION_BYTES) {
      return invalid('The value is missing or too large.')
    }
    const schema = this.kindSchema(box.kind)
    if (schema) {
      const checked = v.safeParse(schema, value)
      if (!checked.success) return invalid(checked.issues[0].message)
    }
    let count = box.count
    const stored = await this.session.changeStoredWith((apply, since) =>
      this.store.submitSealed(
        {
          doc: this.session.controlName,
          sessionId: this.session.id,
          boxId,
          row: { publicId: person.publicId, name: person.name, value: text, submittedAt: now },
        },
        // Counted inside the transaction, so the count shown is the one the database holds,
        // written over the box as it is now (another node may have changed it).
        (rows, missed) => {
          count = this.present(rows).length
          return apply((doc) => {
            const boxes = doc.getMap<SealedBoxState>(ControlMaps.sealed)
            const current = boxes.get(boxId) ?? box
            if (current.count !== count) boxes.set(boxId, { ...current, count })
          }, missed)
        },
        since,
      ),
    )
    if (!stored) {
      return { ok: false, status: 500, code: 'storage-failed', message: 'Could not store it.' }
    }
    return { ok: true, count }
  }

  private async revealNow(boxId: string): Promise<CommandResult & { entries?: SealedEntry[] }> {
    const box = this.box(boxId)
    if (!box) return { ok: false, status: 404, code: 'unknown-box', message: 'No such box.' }
    if (box.status !== 'open') {
      return { ok: false, status: 409, code: 'box-closed', message: 'This box has been revealed.' }
    }
    const rows = this.present(await this.store.listSealed(this.session.id, boxId))
    const entries: SealedEntry[] = box.anonymous
      ? shuffle(rows).map((row) => ({
          publicId: null,
          name: null,
          value: JSON.parse(row.value) as unknown,
        }))
      : rows.map((row) => ({
          publicId: row.publicId,
          name: row.name,
          value: JSON.parse(row.value) as unknown,
        }))
    this.session.change((doc) =>
      doc
        .getMap<SealedBoxState>(ControlMaps.sealed)
        .set(boxId, { ...box, status: 'revealed', count: rows.length, revealed: entries }),
    )
    await this.store.removeSealed(this.session.id, boxId, box.anonymous)
    return { ok: true, entries }
  }

  box(boxId: string): SealedBoxState | undefined {
    return this.session.read().sealed.find((b) => b.id === boxId)
  }

  /**
   * Someone arrived or left: the open boxes count again. Only people connected now count, so
   * one person minting fresh participant ids (connect, vote, leave, again) cannot outvote the
   * people in the room; someone who drops and comes back counts again with the same vote.
   */
  recount(): Promise<void> {
    return this.oneAtATime(() => this.recountNow())
  }

  private async recountNow(): Promise<void> {
    const open = this.session.read().sealed.filter((box) => box.status === 'open')
    if (open.length === 0) return
    const counted = await Promise.all(
      open.map(async (box) => ({
        box,
        count: this.present(await this.store.listSealed(this.session.id, box.id)).length,
      })),
    )
    const changed = counted.filter(({ box, count }) => box.count !== count)
    if (changed.length === 0) return
    this.session.change((doc) => {
      const boxes = doc.getMap<SealedBoxState>(ControlMaps.sealed)
      for (const { box, count } of changed) {
        // Read again: the box is the one in session control now, not the one counted from.
        const current = boxes.get(box.id)
        if (current?.status === 'open') boxes.set(box.id, { ...current, count })
      }
    })
  }

  /** Runs `work` after the operations before it, with session control held in memory. */
  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.session.hold(work))
    // A failed operation does not stop the ones after it; its caller hears of the failure.
    this.queue = next.catch(() => {})
    return next
  }

  private present<T extends Pick<SealedSubmissionRow, 'publicId'>>(rows: readonly T[]): T[] {
    const online = this.session.presence.everyoneOnline()
    return rows.filter((row) => online.has(row.publicId))
  }
}

const invalid = (message: string): SubmitResult => ({
  ok: false,
  status: 400,
  code: 'invalid-value',
  message,
})

/** Fisher-Yates with a cryptographic source: submission order must not betray the voter. */
function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
