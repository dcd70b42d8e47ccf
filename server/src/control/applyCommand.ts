import {
  type ActivityState,
  type AreaState,
  addTime,
  ControlMaps,
  type CoreCommand,
  type ExerciseTemplate,
  movePhase,
  nextPhase,
  type PersonState,
  pauseTimer,
  placeTemplateAreas,
  previousPhase,
  readControlState,
  resetTimer,
  resumeTimer,
  startTimer,
  TIMER_LIMITS,
  timerForPhase,
} from '@reflectiebord/shared'
import type * as Y from 'yjs'
import { setSessionValue, setSettings } from '../sessions/Session.ts'
import { type Actor, type CommandResult, refuse } from './commandResult.ts'

export interface CommandContext {
  doc: Y.Doc
  actor: Actor
  /** Server time: the only clock the timer trusts. */
  now: number
  findTemplate(id: string): ExerciseTemplate | undefined
  /** A fresh id for a loaded template copy. */
  newInstanceId(templateId: string): string
}

/**
 * Applies one validated core command to session control, or says why not. Runs inside one
 * Yjs transaction made by the server, so everyone sees the whole change at once or none of
 * it. `ControlService` has checked rights and that the session is open; exercise commands
 * go to their modules (see `ExerciseHost`). This names no exercise.
 */
export function applyCommand(command: CoreCommand, ctx: CommandContext): CommandResult {
  const { doc, now } = ctx
  const state = readControlState(doc)
  const activeTemplate = state.activity ? ctx.findTemplate(state.activity.templateId) : undefined

  switch (command.type) {
    case 'template.load': {
      const template = ctx.findTemplate(command.templateId)
      if (!template) return refuse(400, 'unknown-template', `No template "${command.templateId}".`)
      const instanceId = ctx.newInstanceId(template.id)
      const areas = placeTemplateAreas(template, instanceId, command.origin, state.areas)
      const map = doc.getMap<AreaState>(ControlMaps.areas)
      for (const area of areas) map.set(area.key, area)
      activate(ctx, template, instanceId, 0)
      return { ok: true }
    }
    case 'template.remove': {
      const map = doc.getMap<AreaState>(ControlMaps.areas)
      const keys = state.areas.filter((a) => a.instanceId === command.instanceId).map((a) => a.key)
      if (keys.length === 0 && state.activity?.instanceId !== command.instanceId) {
        return refuse(404, 'unknown-instance', 'No such loaded template.')
      }
      for (const key of keys) map.delete(key)
      if (state.activity?.instanceId === command.instanceId) {
        setSessionValue(doc, 'activity', null)
        setSessionValue(doc, 'timer', null)
      }
      return { ok: true }
    }
    case 'activity.select': {
      const area = state.areas.find((a) => a.instanceId === command.instanceId)
      const template = area ? ctx.findTemplate(area.templateId) : undefined
      if (!area || !template) return refuse(404, 'unknown-instance', 'No such loaded template.')
      activate(ctx, template, command.instanceId, 0)
      return { ok: true }
    }
    case 'phase.next':
    case 'phase.previous':
    case 'phase.set': {
      if (!state.activity || !activeTemplate) {
        return refuse(409, 'no-activity', 'Load an exercise first.')
      }
      const count = activeTemplate.phases.length
      const current = state.activity.phaseIndex
      const move =
        command.type === 'phase.next'
          ? nextPhase(current, count)
          : command.type === 'phase.previous'
            ? previousPhase(current, count)
            : movePhase(count, command.index)
      if (!move.ok)
        return refuse(400, 'phase-out-of-range', `This exercise has phases 1 to ${count}.`)
      activate(ctx, activeTemplate, state.activity.instanceId, move.index)
      return { ok: true }
    }
    case 'timer.start':
      setSessionValue(doc, 'timer', startTimer(command.durationMs, now))
      return { ok: true }
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.addMinute':
    case 'timer.reset': {
      const timer = state.timer
      if (!timer) return refuse(409, 'no-timer', 'There is no timer to change; start one first.')
      const next =
        command.type === 'timer.pause'
          ? pauseTimer(timer, now)
          : command.type === 'timer.resume'
            ? resumeTimer(timer, now)
            : command.type === 'timer.addMinute'
              ? addTime(timer, TIMER_LIMITS.addStepMs, now)
              : resetTimer(timer)
      setSessionValue(doc, 'timer', next)
      return { ok: true }
    }
    case 'timer.configure':
      setSettings(doc, {
        ...state.settings,
        timerAutoStart: command.autoStart,
        timerSound: command.sound,
      })
      return { ok: true }
    case 'follow.start':
      setSessionValue(doc, 'follow', { leaderPublicId: ctx.actor.publicId })
      return { ok: true }
    case 'follow.stop':
      setSessionValue(doc, 'follow', { leaderPublicId: null })
      return { ok: true }
    case 'cap.set':
      setSettings(doc, { ...state.settings, cap: command.cap })
      return { ok: true }
    case 'role.grant':
    case 'role.revoke': {
      const people = doc.getMap<PersonState>(ControlMaps.people)
      const person = people.get(command.publicId)
      if (!person)
        return refuse(404, 'unknown-person', 'Nobody with that id has been in this session.')
      if (person.role === 'facilitator') {
        return refuse(
          400,
          'invalid-id',
          'Facilitators hold the key; their rights cannot be taken away.',
        )
      }
      people.set(command.publicId, { ...person, coFacilitator: command.type === 'role.grant' })
      return { ok: true }
    }
    case 'session.close':
      setSettings(doc, { ...state.settings, closed: true })
      // Nobody should stay tied to a view of a board that is over.
      setSessionValue(doc, 'follow', { leaderPublicId: null })
      return { ok: true }
    case 'session.reopen':
      setSettings(doc, { ...state.settings, closed: false })
      return { ok: true }
    case 'record.allowParticipants':
      setSettings(doc, { ...state.settings, participantsMayReadRecord: command.allowed })
      return { ok: true }
    default:
      // Sealed boxes and redaction touch the database or the board: see ControlService.
      return refuse(400, 'invalid-command', `${command.type} is not handled here.`)
  }
}

/**
 * Makes `instanceId` the active exercise at `phaseIndex`, with the phase's time box running
 * or ready (the session's setting), unless a facilitator's own timer is still counting.
 */
function activate(
  ctx: CommandContext,
  template: ExerciseTemplate,
  instanceId: string,
  phaseIndex: number,
): void {
  const { doc, now } = ctx
  const state = readControlState(doc)
  const activity: ActivityState = { templateId: template.id, instanceId, phaseIndex }
  setSessionValue(doc, 'activity', activity)
  const minutes = template.phases[phaseIndex]?.durationMinutes ?? 5
  const timer = timerForPhase(state.timer, minutes * 60_000, state.settings.timerAutoStart, now)
  if (timer !== state.timer) setSessionValue(doc, 'timer', timer)
}
