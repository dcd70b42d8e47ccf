import { roomName, SessionDocument } from '@reflectiebord/shared'
import * as Y from 'yjs'
import { assetName } from '../assets/AssetFiles.ts'
import type { SqliteExport } from './SqliteExport.ts'
import type { Store } from './Store.ts'

export interface CopyReport {
  sessions: number
  documents: number
  updates: number
  sealed: number
  pictures: number
  /** What was not copied, and why: one line each. Empty when everything was. */
  problems: string[]
}

/** Refused before anything is written: the target already holds sessions. */
export class TargetNotEmptyError extends Error {
  constructor(sessions: number) {
    super(
      `the target database already holds ${sessions} session(s); move a DATA_DIR into an empty database`,
    )
    this.name = 'TargetNotEmptyError'
  }
}

/**
 * Copies everything of a single-node DATA_DIR into another store (PostgreSQL, for several
 * nodes): sessions with their activity and retention, every document (its rows merged into one
 * update, which holds the same document), the sealed submissions of rounds not yet revealed,
 * and the pictures. Then reads every document back and checks it is the same document. Refuses
 * a target that already holds sessions, so that it never mixes two installations.
 */
export async function copyToStore(
  source: SqliteExport,
  target: Store,
  progress: (line: string) => void = () => undefined,
): Promise<CopyReport> {
  const existing = await target.retentionRows()
  if (existing.length > 0) throw new TargetNotEmptyError(existing.length)

  const report: CopyReport = {
    sessions: 0,
    documents: 0,
    updates: 0,
    sealed: 0,
    pictures: 0,
    problems: [],
  }
  const sessions = source.sessions()
  const known = new Set(sessions.map((session) => session.id))
  for (const session of sessions) {
    await target.createSession({
      id: session.id,
      title: session.title,
      facilitatorKeyHash: session.facilitatorKeyHash,
      createdAt: session.createdAt,
      retentionDays: session.retentionDays,
    })
    await target.writeActivity(session.id, {
      lastActivityAt: session.lastActivityAt,
      metAt: session.metAt,
      partedAt: session.partedAt,
      togetherMs: session.togetherMs,
    })
    report.sessions++
  }
  progress(`sessions: ${report.sessions}`)

  for (const { doc, updates } of source.documents()) {
    const sessionId = doc.split('/')[0] ?? ''
    if (!known.has(sessionId)) {
      report.problems.push(`document ${doc}: no session ${sessionId}, left out`)
      continue
    }
    const merged = Y.mergeUpdates(updates)
    await target.appendUpdates(doc, [merged])
    const copied = await target.loadUpdates(doc)
    if (!sameDocument(updates, copied.updates)) {
      report.problems.push(`document ${doc}: reads back different from the original`)
      continue
    }
    report.documents++
    report.updates += updates.length
  }
  progress(`documents: ${report.documents} (${report.updates} stored updates, one each now)`)

  for (const { sessionId, boxId, row } of source.sealed()) {
    if (!known.has(sessionId)) {
      report.problems.push(`a submission to box ${boxId}: no session ${sessionId}, left out`)
      continue
    }
    // The box's count is already in the control document copied above: nothing to append.
    await target.submitSealed(
      { doc: roomName(sessionId, SessionDocument.Control), sessionId, boxId, row },
      () => [],
    )
    report.sealed++
  }
  progress(`hidden submissions: ${report.sealed}`)

  for (const { sessionId, name, data } of source.assets()) {
    if (!known.has(sessionId)) {
      report.problems.push(`picture ${sessionId}/${name}: no such session, left out`)
      continue
    }
    // Pictures are named by their content: a file whose name does not match was changed.
    if (assetName(data) !== name) {
      report.problems.push(`picture ${sessionId}/${name}: its content does not match its name`)
      continue
    }
    await target.putAsset(sessionId, data)
    report.pictures++
  }
  progress(`pictures: ${report.pictures}`)
  return report
}

/** Whether two sets of updates make the same document. */
function sameDocument(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  const encode = (updates: readonly Uint8Array[]) => {
    const doc = new Y.Doc()
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates([...updates]))
    const state = Y.encodeStateAsUpdate(doc)
    doc.destroy()
    return Buffer.from(state)
  }
  return encode(a).equals(encode(b))
}
