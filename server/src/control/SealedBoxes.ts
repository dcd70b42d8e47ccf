import { randomInt } from 'node:crypto'
import {
  ControlMaps,
  isVoteColor,
  type SealedBoxState,
  type SealedEntry,
} from '@reflectiebord/shared'
import type { SqliteStore } from '../persistence/SqliteStore.ts'
import type { CommandResult } from './applyCommand.ts'
import type { SessionControl } from './SessionControl.ts'

/** Largest JSON text one submission may be. */
export const MAX_SUBMISSION_BYTES = 1024

export type SubmitResult =
  | { ok: true; count: number }
  | {
      ok: false
      status: 400 | 404 | 409
      code: 'unknown-box' | 'box-closed' | 'invalid-value'
      message: string
    }

/**
 * Server-held secrets: submissions (votes, later) that no client receives until a
 * facilitator reveals them. Before the reveal they exist only in the database; session
 * control shows nothing but how many people submitted. On reveal they are written to session
 * control and deleted from the database; in an anonymous box they are shuffled and stripped
 * of names first, so nothing, shared or stored, links a value to a person.
 */
export class SealedBoxes {
  private readonly store: SqliteStore
  private readonly control: SessionControl

  constructor(store: SqliteStore, control: SessionControl) {
    this.store = store
    this.control = control
  }

  open(
    sessionId: string,
    boxId: string,
    anonymous: boolean,
    kind: SealedBoxState['kind'] = 'any',
  ): CommandResult {
    if (this.box(sessionId, boxId)) {
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
    this.control.change(sessionId, (doc) =>
      doc.getMap<SealedBoxState>(ControlMaps.sealed).set(boxId, box),
    )
    return { ok: true }
  }

  /** One submission per person per box: a second one (another tab, a reconnect) replaces the first. */
  submit(
    sessionId: string,
    boxId: string,
    person: { publicId: string; name: string },
    value: unknown,
    now = Date.now(),
  ): SubmitResult {
    const box = this.box(sessionId, boxId)
    if (!box) return { ok: false, status: 404, code: 'unknown-box', message: 'No such box.' }
    if (box.status !== 'open') {
      return { ok: false, status: 409, code: 'box-closed', message: 'This box has been revealed.' }
    }
    const text = JSON.stringify(value)
    if (text === undefined || Buffer.byteLength(text) > MAX_SUBMISSION_BYTES) {
      return {
        ok: false,
        status: 400,
        code: 'invalid-value',
        message: 'The value is missing or too large.',
      }
    }
    if (box.kind === 'vote' && !isVoteColor(value)) {
      return {
        ok: false,
        status: 400,
        code: 'invalid-value',
        message: 'A vote is "groen", "oranje" or "rood".',
      }
    }
    const count = this.store.putSubmission(sessionId, boxId, {
      publicId: person.publicId,
      name: person.name,
      value: text,
      submittedAt: now,
    })
    if (count !== box.count) {
      this.control.change(sessionId, (doc) =>
        doc.getMap<SealedBoxState>(ControlMaps.sealed).set(boxId, { ...box, count }),
      )
    }
    return { ok: true, count }
  }

  /** Reveals the box and returns what was in it (for games that keep their own results). */
  reveal(sessionId: string, boxId: string): CommandResult & { entries?: SealedEntry[] } {
    const box = this.box(sessionId, boxId)
    if (!box) return { ok: false, status: 404, code: 'unknown-box', message: 'No such box.' }
    if (box.status !== 'open') {
      return { ok: false, status: 409, code: 'box-closed', message: 'This box has been revealed.' }
    }
    const rows = this.store.listSubmissions(sessionId, boxId)
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
    this.control.change(sessionId, (doc) =>
      doc
        .getMap<SealedBoxState>(ControlMaps.sealed)
        .set(boxId, { ...box, status: 'revealed', count: rows.length, revealed: entries }),
    )
    this.store.deleteSubmissions(sessionId, boxId)
    return { ok: true, entries }
  }

  private box(sessionId: string, boxId: string): SealedBoxState | undefined {
    return this.control.read(sessionId).sealed.find((b) => b.id === boxId)
  }
}

/** Fisher-Yates with a cryptographic source: submission order must not betray the voter. */
function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
