import {
  type ControlState,
  type CoreCommand,
  isParticipantId,
  nextRedactions,
  publicParticipantId,
  randomToken,
  readControlState,
} from '@reflectiebord/shared'
import type { ExerciseHost } from '../exercises/ExerciseHost.ts'
import type { Logger } from '../logger.ts'
import type { Store } from '../persistence/Store.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import { type Session, setSessionValue } from '../sessions/Session.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { applyCommand } from './applyCommand.ts'
import { type Actor, type CommandRefusal, type CommandResult, refuse } from './commandResult.ts'
import { redactShape } from './redactShape.ts'
import { removeBoardRecord } from './removeBoardRecord.ts'

/**
 * What a facilitator may still do on a closed session: reopen it, and decide who may read its
 * record (a finished session is when people want it).
 */
const ALLOWED_WHEN_CLOSED: ReadonlySet<string> = new Set<CoreCommand['type']>([
  'session.reopen',
  'record.allowParticipants',
])

export interface Credentials {
  facilitatorKey: string | undefined
  participantId: string | undefined
}

export type Authorization = { ok: true; actor: Actor } | CommandRefusal

/**
 * Facilitator commands: who may send them, and carrying them out. The rule lives here and
 * nowhere else: a facilitator holds the session's key, or is a participant a facilitator
 * gave rights to; everyone else is refused, whatever client they use.
 */
export class ControlService {
  private readonly live: LiveSessions
  private readonly sessions: SessionRegistry
  private readonly exercises: ExerciseHost
  private readonly logger: Logger
  private readonly store: Store
  /** Each session's last command under way: a session's commands run one at a time. */
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(deps: {
    live: LiveSessions
    sessions: SessionRegistry
    exercises: ExerciseHost
    logger: Logger
    store: Store
  }) {
    this.live = deps.live
    this.sessions = deps.sessions
    this.exercises = deps.exercises
    this.logger = deps.logger
    this.store = deps.store
  }

  async authorize(sessionId: string, credentials: Credentials): Promise<Authorization> {
    const row = await this.sessions.get(sessionId)
    if (!row) return refuse(404, 'invalid-id', 'No such session.')
    const pid = credentials.participantId
    // Every command names its sender: "follow me" needs to know who "me" is.
    if (!pid || !isParticipantId(pid)) {
      return refuse(403, 'not-facilitator', 'Say who you are (x-participant-id).')
    }
    const publicId = publicParticipantId(pid)
    if (credentials.facilitatorKey !== undefined) {
      if (this.sessions.isFacilitatorKey(row, credentials.facilitatorKey)) {
        return { ok: true, actor: { publicId, via: 'key' } }
      }
      return refuse(403, 'not-facilitator', 'That facilitator key is wrong.')
    }
    const person = (await this.live.get(sessionId))
      ?.read()
      .people.find((p) => p.publicId === publicId)
    if (person?.coFacilitator) return { ok: true, actor: { publicId, via: 'co-facilitator' } }
    this.logger.warn('refused a control command from a participant', { session: sessionId })
    return refuse(403, 'not-facilitator', 'Only facilitators can do this.')
  }

  /** Checks an untrusted command against the core's and every exercise's schemas. */
  parse(raw: unknown) {
    return this.exercises.registry.parseCommand(raw)
  }

  /** Carries out a command after the session's commands before it. */
  execute(
    sessionId: string,
    command: { type: string },
    actor: Actor,
    now = Date.now(),
  ): Promise<CommandResult> {
    const before = this.queues.get(sessionId) ?? Promise.resolve()
    const result = before.then(() => this.executeNow(sessionId, command, actor, now))
    const tail = result.catch(() => {})
    this.queues.set(sessionId, tail)
    void tail.then(() => {
      if (this.queues.get(sessionId) === tail) this.queues.delete(sessionId)
    })
    return result
  }

  private async executeNow(
    sessionId: string,
    command: { type: string },
    actor: Actor,
    now: number,
  ): Promise<CommandResult> {
    const session = await this.live.get(sessionId)
    if (!session) return refuse(404, 'session-not-found', 'No such session.')
    // One at a time across nodes too: the command sees what other nodes' commands did, and
    // what it does is stored before the lock lets the next one, on any node, start. The answer
    // leaves once the command is applied, as on one node: the page learns the result through
    // session control, and a button that appears with it must not meet a command still "on
    // its way" (see useCommand).
    return new Promise<CommandResult>((answer, fail) => {
      session
        .hold(() =>
          session.withLock(async () => {
            await session.catchUp()
            try {
              answer(await this.apply(session, command, actor, now))
            } finally {
              await session.stored()
            }
          }),
        )
        .catch(fail)
    })
  }

  private async apply(
    session: Session,
    command: { type: string },
    actor: Actor,
    now: number,
  ): Promise<CommandResult> {
    const sessionId = session.id
    // The parser let through only known types: a core command unless a module declared it.
    const core = command as CoreCommand
    if (core.type === 'board.redact') {
      // Allowed on a closed board too: reviewing a finished session is when names get noticed.
      const room = await session.boardRoom()
      let result: ReturnType<typeof redactShape> = { ok: false, reason: 'unknown-shape' }
      room.change((doc) => {
        result = redactShape(doc, core.shapeId)
      })
      if (!result.ok) {
        return result.reason === 'unknown-shape'
          ? refuse(404, 'unknown-shape', 'No such shape on the board.')
          : refuse(400, 'not-redactable', 'This shape has no text to hide.')
      }
      // Compact now, so the old text leaves the database at once, not at the next compaction.
      await room.compact()
      await this.store.scrub()
      // Browsers keep the old text in their offline copy's update log until told to rewrite it.
      session.change((doc) => {
        const { redactions } = readControlState(doc)
        setSessionValue(doc, 'redactions', nextRedactions(redactions, room.doc))
      })
      this.logger.info('redacted a shape', { session: sessionId })
      return { ok: true }
    }
    if (core.type === 'board.removeRecord') {
      // Like a redaction, allowed on a closed board: a record nobody can see is broken either way.
      let result: ReturnType<typeof removeBoardRecord> = { ok: false, reason: 'unknown-record' }
      const board = await session.boardRoom()
      board.change((doc) => {
        result = removeBoardRecord(doc, core.recordId)
      })
      if (!result.ok) {
        return result.reason === 'unknown-record'
          ? refuse(404, 'unknown-record', 'No record with that id on the board.')
          : refuse(400, 'not-removable', 'The board cannot do without this record.')
      }
      // The id is whatever some client wrote: it stays out of the log, like board content.
      this.logger.info('removed a board record', { session: sessionId })
      return { ok: true }
    }
    if (session.isClosed() && !ALLOWED_WHEN_CLOSED.has(core.type)) {
      return refuse(409, 'session-closed', 'The session is closed; reopen it first.')
    }
    if (this.exercises.handles(command.type)) {
      return this.exercises.execute(session, command, actor, now)
    }
    if (core.type === 'sealed.open') return session.sealed.open(core.boxId, core.anonymous)
    if (core.type === 'sealed.reveal') return session.sealed.reveal(core.boxId)

    const before = session.read()
    let result: CommandResult = { ok: true }
    session.change((doc) => {
      result = applyCommand(core, {
        doc,
        actor,
        now,
        findTemplate: (id) => this.exercises.registry.getTemplate(id),
        newInstanceId: (templateId) => `${templateId}-${randomToken(6)}`,
      })
    })
    if (result.ok) this.tellExercises(session, core, before, now)
    return result
  }

  /** Exercises hear of the core's changes after they are stored. */
  private tellExercises(
    session: Session,
    command: CoreCommand,
    before: ControlState,
    now: number,
  ): void {
    const after = session.read()
    if (command.type === 'template.remove') {
      const removed = before.areas.find((area) => area.instanceId === command.instanceId)
      const templateId =
        removed?.templateId ??
        (before.activity?.instanceId === command.instanceId ? before.activity.templateId : null)
      if (templateId) this.exercises.templateRemoved(session, templateId, command.instanceId, now)
    }
    this.exercises.activityChanged(session, before.activity, after.activity, now)
  }
}
