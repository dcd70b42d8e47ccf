import {
  type ActivityState,
  type AreaState,
  ControlMaps,
  type ControlState,
  ExerciseRegistry,
  readControlState,
  readSlice,
} from '@reflectiebord/shared'
import type * as Y from 'yjs'
import { type Actor, type CommandResult, refuse } from '../control/commandResult.ts'
import type { Logger } from '../logger.ts'
import type { Session } from '../sessions/Session.ts'
import type {
  CommandContext,
  ControlWriter,
  ExerciseContext,
  PersonRef,
  ServerExercise,
} from './ServerExercise.ts'

/**
 * Runs the exercises of one server: parses commands against every module's schemas, hands
 * each exercise command to its module's handler, and tells modules what happened in the
 * session (activity started or ended, a template copy removed, someone joined or left).
 */
export class ExerciseHost {
  readonly registry: ExerciseRegistry
  private readonly exercises: readonly ServerExercise[]
  private readonly byModule: Map<string, ServerExercise>
  private readonly logger: Logger

  constructor(exercises: readonly ServerExercise[], logger: Logger) {
    this.exercises = exercises
    this.registry = new ExerciseRegistry(exercises.map((exercise) => exercise.module))
    this.byModule = new Map(exercises.map((exercise) => [exercise.module.id, exercise]))
    this.logger = logger
  }

  /** Whether an exercise (not the core) handles this command type. */
  handles(type: string): boolean {
    return this.registry.moduleOfCommand(type) !== undefined
  }

  execute(
    session: Session,
    command: { type: string },
    actor: Actor,
    now: number,
  ): CommandResult | Promise<CommandResult> {
    const module = this.registry.moduleOfCommand(command.type)
    const exercise = module ? this.byModule.get(module.id) : undefined
    const handler = exercise?.handlers[command.type]
    if (!exercise || !handler) {
      return refuse(400, 'unknown-command', `Unknown command type ${command.type}.`)
    }
    const context: CommandContext<unknown> = { ...this.context(exercise, session, now), actor }
    // The handler's command type is narrowed by its key; the parser checked the shape.
    return (
      handler as (
        c: { type: string },
        ctx: CommandContext<unknown>,
      ) => CommandResult | Promise<CommandResult>
    )(command, context)
  }

  /** The active activity changed from `before` to `after` (either may be null). */
  activityChanged(
    session: Session,
    before: ActivityState | null,
    after: ActivityState | null,
    now = Date.now(),
  ): void {
    if (before && before.instanceId !== after?.instanceId) {
      const ended = this.exerciseOf(before.templateId)
      if (ended?.onActivityEnded) {
        this.run(ended, 'onActivityEnded', () =>
          ended.onActivityEnded?.(this.context(ended, session, now), before),
        )
      }
    }
    if (before && after && before.instanceId === after.instanceId) {
      if (before.phaseIndex === after.phaseIndex) return
      const moved = this.exerciseOf(after.templateId)
      if (moved?.onPhaseChanged) {
        this.run(moved, 'onPhaseChanged', () =>
          moved.onPhaseChanged?.(this.context(moved, session, now), before),
        )
      }
      return
    }
    if (after && after.instanceId !== before?.instanceId) {
      const started = this.exerciseOf(after.templateId)
      for (const other of this.exercises) {
        if (other === started || !other.onSuperseded) continue
        this.run(other, 'onSuperseded', () =>
          other.onSuperseded?.(this.context(other, session, now)),
        )
      }
      if (started?.onActivityStarted) {
        this.run(started, 'onActivityStarted', () =>
          started.onActivityStarted?.(this.context(started, session, now)),
        )
      }
    }
  }

  templateRemoved(
    session: Session,
    templateId: string,
    instanceId: string,
    now = Date.now(),
  ): void {
    const exercise = this.exerciseOf(templateId)
    if (!exercise?.onReset) return
    this.run(exercise, 'onReset', () =>
      exercise.onReset?.(this.context(exercise, session, now), instanceId),
    )
  }

  presenceChanged(session: Session, person: PersonRef, online: boolean, now = Date.now()): void {
    for (const exercise of this.exercises) {
      const hook = online ? exercise.onPersonJoined : exercise.onPersonLeft
      if (!hook) continue
      this.run(exercise, online ? 'onPersonJoined' : 'onPersonLeft', () =>
        hook.call(exercise, this.context(exercise, session, now), person),
      )
    }
  }

  private exerciseOf(templateId: string): ServerExercise | undefined {
    const module = this.registry.moduleOfTemplate(templateId)
    return module ? this.byModule.get(module.id) : undefined
  }

  private run(exercise: ServerExercise, hook: string, work: () => void): void {
    try {
      work()
    } catch (err) {
      // One exercise's mistake must not stop the session or the other exercises.
      this.logger.error('an exercise hook failed', {
        exercise: exercise.module.id,
        hook,
        error: String(err),
      })
    }
  }

  private context(
    exercise: ServerExercise,
    session: Session,
    now: number,
  ): ExerciseContext<unknown> {
    const control = session.read()
    const activity = control.activity
    const template = activity ? this.registry.getTemplate(activity.templateId) : undefined
    return {
      sessionId: session.id,
      now,
      control,
      slice: readSlice(control, exercise.module),
      activity:
        activity && template && this.registry.moduleOfTemplate(template.id) === exercise.module
          ? { ...activity, template }
          : null,
      write: (change) => session.change((doc) => change(writerFor(exercise, doc))),
      sealed: session.sealed,
    }
  }
}

function writerFor(exercise: ServerExercise, doc: Y.Doc): ControlWriter<unknown> {
  const areas = doc.getMap<AreaState>(ControlMaps.areas)
  return {
    setSlice(value) {
      const key = exercise.module.slice?.key
      if (!key) throw new Error(`${exercise.module.id} has no control slice to write`)
      const games = doc.getMap<unknown>(ControlMaps.games)
      if (value === null) games.delete(key)
      else games.set(key, value)
    },
    putArea: (area) => areas.set(area.key, area),
    removeArea: (key) => areas.delete(key),
    read: (): ControlState => readControlState(doc),
  }
}
