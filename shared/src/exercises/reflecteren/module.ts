import { zoneNotesRecord } from '../../record/zoneNotesRecord.ts'
import { defineExercise } from '../ExerciseModule.ts'
import { reflecterenTemplate } from './template.ts'

/** One of the guide's three movements: zones to write in, phases to walk through. */
export const reflecteren = defineExercise({
  id: 'reflecteren',
  title: reflecterenTemplate.title,
  templates: [reflecterenTemplate],
  commands: {},
  record: zoneNotesRecord,
})
