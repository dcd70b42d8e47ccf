import {
  type ControlCommand,
  type ExerciseTemplate,
  isParticipantId,
  publicParticipantId,
  randomToken,
} from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { type Actor, applyCommand, type CommandResult } from './applyCommand.ts'
import { applyStoplichtCommand, isStoplichtCommand } from './applyStoplichtCommand.ts'
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

  constructor(deps: {
    control: SessionControl
    sealed: SealedBoxes
    sessions: SessionRegistry
    findTemplate: (id: string) => ExerciseTemplate | undefined
    logger: Logger
  }) {
    this.control = deps.control
    this.sealed = deps.sealed
    this.sessions = deps.sessions
    this.findTemplate = deps.findTemplate
    this.logger = deps.logger
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
