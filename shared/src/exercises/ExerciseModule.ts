import * as v from 'valibot'
import type { BoardRecord } from '../board/boardRecord.ts'
import type { CommandDefinitions } from '../control/commandSchema.ts'
import type { ControlState } from '../control/controlState.ts'
import type { RecordSection } from '../record/recordSection.ts'
import type { ExerciseTemplate, LocalizedText } from './templateSchema.ts'

/** The two interface languages; a record section is written in one of them. */
export type RecordLanguage = 'nl' | 'en'

/**
 * An exercise's own slice of session control: a value in the control document's `games` map
 * under `key`, written only by the server (by the exercise's command handlers and hooks).
 */
export interface ExerciseSlice<TSlice> {
  key: string
  schema: v.GenericSchema<unknown, TSlice>
  /**
   * Keys of the control document's `session` map where versions before the modules kept this
   * slice. A session control document that still has one is moved into `games` when the
   * server loads it (`upgradeControlDocument`), so no session of an older version loses it.
   */
  formerSessionKeys?: readonly string[]
}

/** What a record section is made from: pure data, no editor, no socket. */
export interface RecordInput<TSlice> {
  language: RecordLanguage
  /** The loaded template copy the section describes. */
  template: ExerciseTemplate
  instanceId: string
  control: ControlState
  /** The exercise's slice of session control, or null when it never started. */
  slice: TSlice | null
  /** Every record of the board document. */
  board: readonly BoardRecord[]
}

/**
 * One exercise, the half both sides share: its template data, its commands (schemas), its
 * slice of session control, the kinds of hidden submission it collects, and its section of the
 * session record. The server half (`server/src/exercises/`) adds command handlers and
 * lifecycle hooks; the page half (`client/src/exercises/`) adds panels, board layers, words
 * and CSS. The core knows exercises only through these contracts and the registries.
 */
export interface ExerciseModule<
  TSlice = unknown,
  TCommands extends CommandDefinitions = CommandDefinitions,
> {
  /** Stable, kebab-case; a template of this module carries it as `exercise`. */
  id: string
  title: LocalizedText
  templates: readonly ExerciseTemplate[]
  commands: TCommands
  slice?: ExerciseSlice<TSlice>
  /**
   * Kinds of sealed box (hidden submissions) this exercise opens, with the schema a submitted
   * value must fit. Kind names are global: the registry refuses two modules with one kind.
   */
  sealedKinds?: Readonly<Record<string, v.GenericSchema>>
  /** Its section of the session record: pure, unit-tested, in the order it was played. */
  record(input: RecordInput<NoInfer<TSlice>>): RecordSection
}

/** Declares a module with its types inferred from its schemas. */
export function defineExercise<TSlice, const TCommands extends CommandDefinitions>(
  module: ExerciseModule<TSlice, TCommands>,
): ExerciseModule<TSlice, TCommands> {
  return module
}

/**
 * The exercise's slice as it stands in `control`, or null when absent or not of the expected
 * shape (an older server wrote it, say): a reader never trusts a shape it did not check.
 */
export function readSlice<TSlice>(
  control: ControlState,
  module: Pick<ExerciseModule<TSlice, CommandDefinitions>, 'slice'>,
): TSlice | null {
  if (!module.slice) return null
  const raw = control.games[module.slice.key]
  if (typeof raw !== 'object' || raw === null) return null
  // A control value is replaced whole, never changed in place: one check per value written,
  // and readers of an unchanged slice get the same object (cheap equality for selectors).
  const cached = checkedSlices.get(raw)
  if (cached?.schema === module.slice.schema) return cached.value as TSlice | null
  const result = v.safeParse(module.slice.schema, raw)
  const value = result.success ? result.output : null
  checkedSlices.set(raw, { schema: module.slice.schema, value })
  return value
}

const checkedSlices = new WeakMap<object, { schema: unknown; value: unknown }>()
