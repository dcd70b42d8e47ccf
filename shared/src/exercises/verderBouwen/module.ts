import { zoneNotesRecord } from '../../record/zoneNotesRecord.ts'
import { defineExercise } from '../ExerciseModule.ts'
import { verderBouwenTemplate } from './template.ts'

/** One of the guide's three movements: zones to write in, phases to walk through. */
export const verderBouwen = defineExercise({
  id: 'verder-bouwen',
  title: verderBouwenTemplate.title,
  templates: [verderBouwenTemplate],
  commands: {},
  record: zoneNotesRecord,
})
