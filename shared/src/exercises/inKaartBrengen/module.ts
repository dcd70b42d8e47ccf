import { zoneNotesRecord } from '../../record/zoneNotesRecord.ts'
import { defineExercise } from '../ExerciseModule.ts'
import { inKaartBrengenTemplate } from './template.ts'

/** One of the guide's three movements: zones to write in, phases to walk through. */
export const inKaartBrengen = defineExercise({
  id: 'in-kaart-brengen',
  title: inKaartBrengenTemplate.title,
  templates: [inKaartBrengenTemplate],
  commands: {},
  record: zoneNotesRecord,
})
