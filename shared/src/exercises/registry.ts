import type { CommandDefinitions, CommandsOf } from '../control/commandSchema.ts'
import type { CoreCommand } from '../control/controlCommands.ts'
import { casusbespreking } from './casusbespreking/module.ts'
import { dromenMetBeelden } from './dromenMetBeelden/module.ts'
import { ExerciseRegistry } from './ExerciseRegistry.ts'
import { inKaartBrengen } from './inKaartBrengen/module.ts'
import { reflecteren } from './reflecteren/module.ts'
import { stoplichtspel } from './stoplichtspel/module.ts'
import { verderBouwen } from './verderBouwen/module.ts'

// What each exercise offers the rest of the code (its types, pure rules and words).
export * from './casusbespreking/index.ts'
export * from './dromenMetBeelden/index.ts'
export * from './inKaartBrengen/module.ts'
export * from './reflecteren/module.ts'
export * from './stoplichtspel/index.ts'
export * from './verderBouwen/module.ts'

/**
 * The exercises, in the order the picker shows them: the three exercises first, then the
 * guide's three movements in their own order. Adding an exercise: a folder, and a line here.
 */
export const exerciseModules = [
  dromenMetBeelden,
  stoplichtspel,
  casusbespreking,
  inKaartBrengen,
  reflecteren,
  verderBouwen,
] as const

/** Every command a facilitator can send: the core's and every exercise's. */
export type ControlCommand = CoreCommand | CommandsOfModule<(typeof exerciseModules)[number]>

type CommandsOfModule<M> = M extends { commands: infer C extends CommandDefinitions }
  ? CommandsOf<C>
  : never
export type ControlCommandType = ControlCommand['type']

export const exercises = new ExerciseRegistry<ControlCommand>(exerciseModules)

/** The templates a facilitator can pick, each marked with its exercise. */
export const exerciseTemplates = exercises.templates

export function getTemplate(id: string) {
  return exercises.getTemplate(id)
}

export function parseControlCommand(raw: unknown) {
  return exercises.parseCommand(raw)
}
