import type { ClientExercise } from './ClientExercise.ts'
import { casusbesprekingPage } from './casusbespreking/module.ts'
import { dromenMetBeeldenPage } from './dromenMetBeelden/module.ts'
import { stoplichtspelPage } from './stoplichtspel/module.ts'

/**
 * The page halves of the exercises, in the order the facilitator panel and the board show
 * them. Adding an exercise: a folder, a line here (and its shared module in the shared
 * registry). The guide's three movements (in kaart brengen, reflecteren, verder bouwen) are
 * zones and phases only, which the core shows for every template: they need no page half.
 */
export const clientExercises: readonly ClientExercise[] = [
  stoplichtspelPage,
  casusbesprekingPage,
  dromenMetBeeldenPage,
]

/** The page half of the exercise that declared a command; undefined for core commands. */
export function exerciseOfCommand(type: string): ClientExercise | undefined {
  return clientExercises.find((exercise) => type in exercise.module.commands)
}
