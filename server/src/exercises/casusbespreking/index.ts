import { casusbespreking, getExampleCase, noCase } from '@reflectiebord/shared'
import { refuse } from '../../control/commandResult.ts'
import { defineServerExercise } from '../ServerExercise.ts'

/** Casusbespreking on the server: who brings the case, and which practice case is used. */
export const casusbesprekingServer = defineServerExercise({
  module: casusbespreking,
  handlers: {
    'case.bringer': (command, { control, slice, write }) => {
      if (
        command.publicId !== null &&
        !control.people.some((p) => p.publicId === command.publicId)
      ) {
        return refuse(404, 'unknown-person', 'Nobody with that id has been in this session.')
      }
      // The case stays when its bringer leaves; the facilitator can name someone else.
      write((w) => w.setSlice({ ...(slice ?? noCase), bringerPublicId: command.publicId }))
      return { ok: true }
    },
    'case.example': (command, { slice, write }) => {
      if (command.exampleId !== null && !getExampleCase(command.exampleId)) {
        return refuse(404, 'unknown-case', 'No example case with that id.')
      }
      write((w) => w.setSlice({ ...(slice ?? noCase), exampleCaseId: command.exampleId }))
      return { ok: true }
    },
  },
})
