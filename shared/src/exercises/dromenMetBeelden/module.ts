import * as v from 'valibot'
import { command } from '../../control/commandSchema.ts'
import { IdSchema } from '../../control/controlCommands.ts'
import { defineExercise } from '../ExerciseModule.ts'
import { DREAM_GAME_KEY, DreamGameSchema } from './personalSpots.ts'
import { dromenRecord } from './record.ts'
import { dromenMetBeeldenTemplate } from './template.ts'

/** Dromen met beelden: pictures in personal spots, why-notes, clusters, a shared vision. */
export const dromenMetBeelden = defineExercise({
  id: 'dromen-met-beelden',
  title: dromenMetBeeldenTemplate.title,
  templates: [dromenMetBeeldenTemplate],
  commands: {
    'dromen.start': command({}),
    'dromen.spotlight': command({ publicId: v.nullable(IdSchema) }, { publicId: 'invalid-id' }),
  },
  slice: { key: DREAM_GAME_KEY, schema: DreamGameSchema },
  record: dromenRecord,
})
