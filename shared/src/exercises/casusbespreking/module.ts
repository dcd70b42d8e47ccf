import * as v from 'valibot'
import { command } from '../../control/commandSchema.ts'
import { IdSchema } from '../../control/controlCommands.ts'
import { defineExercise } from '../ExerciseModule.ts'
import { CASE_STATE_KEY, CaseStateSchema } from './caseState.ts'
import { casusRecord } from './record.ts'
import { casusbesprekingKortTemplate } from './shortTemplate.ts'
import { casusbesprekingTemplate } from './template.ts'

/** Casusbespreking: a case in timed intervision phases, with a case-bringer and a takeaway. */
export const casusbespreking = defineExercise({
  id: 'casusbespreking',
  title: casusbesprekingTemplate.title,
  templates: [casusbesprekingTemplate, casusbesprekingKortTemplate],
  commands: {
    'case.bringer': command({ publicId: v.nullable(IdSchema) }, { publicId: 'invalid-id' }),
    'case.example': command({ exampleId: v.nullable(IdSchema) }, { exampleId: 'invalid-id' }),
  },
  // Before the exercise modules, the case lived in the `session` map under the same key.
  slice: { key: CASE_STATE_KEY, schema: CaseStateSchema, formerSessionKeys: [CASE_STATE_KEY] },
  record: casusRecord,
})
