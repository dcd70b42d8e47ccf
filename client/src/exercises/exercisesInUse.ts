import { type ControlState, exercises } from '@reflectiebord/shared'
import type { ClientExercise } from './ClientExercise.ts'

/**
 * The exercises in use in a session, in the order given: those whose slice of session control
 * exists, a copy of one of whose templates is on the board, or whose template is the activity,
 * and those that say so themselves (`ClientExercise.inUse`). Their parts are loaded; the
 * others' are not needed to show this session.
 */
export function exercisesInUse(
  control: ControlState,
  candidates: readonly ClientExercise[],
): ClientExercise[] {
  const used = new Set<string>()
  for (const key of Object.keys(control.games)) used.add(`slice:${key}`)
  const templateIds = control.areas.map((area) => area.templateId)
  if (control.activity) templateIds.push(control.activity.templateId)
  for (const templateId of templateIds) {
    const module = exercises.moduleOfTemplate(templateId)
    if (module) used.add(`module:${module.id}`)
  }
  return candidates.filter(
    (exercise) =>
      used.has(`module:${exercise.module.id}`) ||
      (exercise.module.slice !== undefined && used.has(`slice:${exercise.module.slice.key}`)) ||
      exercise.inUse?.(control) === true,
  )
}
