import type {
  ActivityState,
  AreaState,
  CommandDefinitions,
  CommandsOf,
  ControlState,
  ExerciseModule,
  ExerciseTemplate,
} from '@reflectiebord/shared'
import type { Actor, CommandResult } from '../control/commandResult.ts'
import type { SealedBoxes } from '../sealed/SealedBoxes.ts'

/** What an exercise may change in session control: its own slice, and zones of its own. */
export interface ControlWriter<TSlice> {
  setSlice(value: TSlice | null): void
  putArea(area: AreaState): void
  removeArea(key: string): void
  /** Control as it stands inside this change, the writer's own writes included. */
  read(): ControlState
}

/** What the server hands an exercise's command handlers and hooks. */
export interface ExerciseContext<TSlice> {
  sessionId: string
  /** Server time: the only clock that counts. */
  now: number
  /** Control as it stood when the command or event arrived. */
  control: ControlState
  /** This exercise's slice in it, checked against the module's schema. */
  slice: TSlice | null
  /** The active activity when it is one of this exercise's templates. */
  activity: (ActivityState & { template: ExerciseTemplate }) | null
  /** Changes session control in one Yjs transaction, stored before anyone sees it. */
  write(change: (writer: ControlWriter<TSlice>) => void): void
  /** The session's sealed boxes: hidden submissions that only a reveal shows. */
  sealed: SealedBoxes
}

export interface CommandContext<TSlice> extends ExerciseContext<TSlice> {
  actor: Actor
}

export type CommandHandlers<TSlice, TCommands extends CommandDefinitions> = {
  [K in keyof TCommands & string]: CommandHandler<
    Extract<CommandsOf<TCommands>, { type: K }>,
    TSlice
  >
}

// Declared as a method so that a list of exercises (each with its own command and slice
// types) fits one `ServerExercise[]`: method parameters are compared both ways. The host
// only ever calls a handler with the command its key names, checked by the module's schema.
// A handler that waits (a sealed box's reveal reads the database) returns a promise; the
// session's commands wait for it, so no other command acts on the slice in between.
type CommandHandler<TCommand, TSlice> = {
  handle(command: TCommand, context: CommandContext<TSlice>): CommandResult | Promise<CommandResult>
}['handle']

/**
 * The server half of an exercise: the shared module (templates, command schemas, control
 * slice, record section), a handler for each of its commands, and hooks the session calls.
 * Like a Hocuspocus extension: the core calls what is there and knows nothing else of it.
 * Hooks run after the core's own change is stored; a hook that throws is logged and skipped.
 */
export interface ServerExercise<
  TSlice = unknown,
  TCommands extends CommandDefinitions = CommandDefinitions,
> {
  module: ExerciseModule<TSlice, TCommands>
  handlers: CommandHandlers<TSlice, TCommands>
  /** One of its templates became the active activity (loaded, selected, or moved back to). */
  onActivityStarted?(context: ExerciseContext<TSlice>): void
  /**
   * Its activity moved to another phase. What belonged to the step before (a spotlight on one
   * person's work, say) ends with it: banners end with the step they belong to.
   */
  onPhaseChanged?(context: ExerciseContext<TSlice>, before: ActivityState): void
  /** Its activity stopped being the active one (another started, or it was removed). */
  onActivityEnded?(context: ExerciseContext<TSlice>, ended: ActivityState): void
  /**
   * Another exercise became the activity: end what is live here (a strip everyone sees, a
   * spotlight, a summary on screen) so that one activity is on stage at a time. Results stay.
   */
  onSuperseded?(context: ExerciseContext<TSlice>): void
  /** A loaded copy of one of its templates was removed from the board: forget what was its. */
  onReset?(context: ExerciseContext<TSlice>, instanceId: string): void
  onPersonJoined?(context: ExerciseContext<TSlice>, person: PersonRef): void
  onPersonLeft?(context: ExerciseContext<TSlice>, person: PersonRef): void
}

export interface PersonRef {
  publicId: string
  name: string
}

/** Declares a server exercise with its handler types taken from the module's schemas. */
export function defineServerExercise<TSlice, const TCommands extends CommandDefinitions>(
  exercise: ServerExercise<TSlice, TCommands>,
): ServerExercise<TSlice, TCommands> {
  return exercise
}
