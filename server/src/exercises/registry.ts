import { inKaartBrengen, reflecteren, verderBouwen } from '@reflectiebord/shared'
import { casusbesprekingServer } from './casusbespreking/index.ts'
import { dromenMetBeeldenServer } from './dromenMetBeelden/index.ts'
import type { ServerExercise } from './ServerExercise.ts'
import { stoplichtspelServer } from './stoplichtspel/index.ts'

/**
 * The exercises this server runs, in the order the picker shows them. Adding an exercise: a
 * folder here (and in shared/ and client/), and a line in each registry.
 */
export const serverExercises: readonly ServerExercise[] = [
  dromenMetBeeldenServer,
  stoplichtspelServer,
  casusbesprekingServer,
  { module: inKaartBrengen, handlers: {} },
  { module: reflecteren, handlers: {} },
  { module: verderBouwen, handlers: {} },
]
