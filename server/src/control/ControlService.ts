import {
  type ControlCommand,
  type ExerciseTemplate,
  isParticipantId,
  publicParticipantId,
  randomToken,
} from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { SqliteStore } from '../persistence/SqliteStore.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { type Actor, applyCommand, type CommandResult } from './applyCommand.ts'
import { applyStoplichtCommand, isStoplichtCommand } from './applyStoplichtCommand.ts'
import { redactShape } from './redactShape.ts'
import type { SealedBoxes } from './SealedBoxes.ts'
import type { SessionControl } from './SessionControl.ts'

export interface Credentials {
  facilitatorKey: string | undefined
  participantId: string | undefined
}

export type Authorization = { ok: true; actor: Actor } | Extract<CommandResult, { ok: false }>

/**
 * Facilitator commands: who may send them, and carrying them out. The rule lives here and
 * nowhere else: a facilitator holds the session's key, or is a participant a facilitator
 * gave rights to; everyone else is refused, whatever client they use.
 */
export class ControlService {
  private readonly control: SessionControl
  private readonly sealed: SealedBoxes
  private readonly sessions: SessionRegistry
  private readonly findTemplate: (id: string) => ExerciseTemplate | undefined
  private readonly logger: Logger
  private readonly store: SqliteStore

  constructor(deps: {
    control: SessionControl
    sealed: SealedBoxes
    sessions: SessionRegistry
    findTemplate: (id: string) => ExerciseTemplate | undefined
    logger: Logger
    store: SqliteStore
  }) {
    this.control = deps.control
    this.sealed = deps.sealed
    this.sessions = deps.sessions
    this.findTemplate = deps.findTemplate
    this.logger = deps.logger
    this.store = deps.store
  }

  authorize(sessionId: string, credentials: Credentials): Authorization {
    const session = this.sessions.get(sessionId)
    if (!session) return { ok: false, status: 404, code: 'invalid-id', message: 'No such session.' }
    const pid = credentials.participantId
    // Every command names its sender: "follow me" needs to know who "me" is.
    if (!pid || !isParticipantId(pid)) {
      return {
        ok: false,
        status: 403,
        code: 'not-facilitator',
        message: 'Say who you are (x-participant-id).',
      }
    }
    const publicId = publicParticipantId(pid)
    if (credentials.facilitatorKey !== undefined) {
      if (this.sessions.isFacilitatorKey(session, credentials.facilitatorKey)) {
        return { ok: true, actor: { publicId, via: 'key' } }
      }
      return {
        ok: false,
        status: 403,
        code: 'not-facilitator',
        message: 'That facilitator key is wrong.',
      }
    }
    const person = this.control.read(sessionId).people.find((p) => p.publicId === publicId)
    if (person?.coFacilitator) return { ok: true, actor: { publicId, via: 'co-facilitator' } }
    this.logger.warn('refused a control command from a participant', { session: sessionId })
    return {
      ok: false,
      status: 403,
      code: 'not-facilitator',
      message: 'Only facilitators can do this.',
    }
  }

  execute(
    sessionId: string,
    command: ControlCommand,
    actor: Actor,
    now = Date.now(),
  ): CommandResult {
    if (command.type === 'board.redact') {
      // Allowed on a closed board too: reviewing a finished session is when names get noticed.
      const room = this.control.boardRoom(sessionId)
      let result: ReturnType<typeof redactShape> = { ok: false, reason: 'unknown-shape' }
      room.change((doc) => {
        result = redactShape(doc, command.shapeId)
      })
      if (!result.ok) {
        return result.reason === 'unknown-shape'
          ? {
              ok: false,
              status: 404,
              code: 'unknown-shape',
              message: 'No such shape on the board.',
            }
          : {
              ok: false,
              status: 400,
              code: 'not-redactable',
              message: 'This shape has no text to hide.',
            }
      }
      // Compact now, so the old text leaves the database at once, not at the next compaction.
      room.compact()
      this.store.checkpoint()
      this.logger.info('redacted a shape', { session: sessionId })
      return { ok: true }
    }
    if (isStoplichtCommand(command)) {
      if (this.control.isClosed(sessionId)) {
        return { ok: false, status: 409, code: 'session-closed', message: 'The session is closed.' }
      }
      return applyStoplichtCommand(command, {
        sessionId,
        control: this.control,
        sealed: this.sealed,
        now,
      })
    }
    if (command.type === 'sealed.open' || command.type === 'sealed.reveal') {
      if (this.control.isClosed(sessionId)) {
        return { ok: false, status: 409, code: 'session-closed', message: 'The session is closed.' }
      }
      return command.type === 'sealed.open'
        ? this.sealed.open(sessionId, command.boxId, command.anonymous)
        : this.sealed.reveal(sessionId, command.boxId)
    }
    let result: CommandResult = { ok: true }
    this.control.change(sessionId, (doc) => {
      result = applyCommand(command, {
        doc,
        actor,
        now,
        findTemplate: this.findTemplate,
        newInstanceId: (templateId) => `${templateId}-${randomToken(6)}`,
      })
    })
    return result
  }
}
