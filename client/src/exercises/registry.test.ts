import { exerciseModules } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { clientExercises } from './registry.ts'

// That no core file names an exercise is checked for all three trees at once, in
// shared/src/exercises/seam.test.ts; here, that the page's registry matches the shared one.
describe('the page half of the exercise seam', () => {
  it('gives every page half a module of the shared registry, once', () => {
    const ids = clientExercises.map((exercise) => exercise.module.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const exercise of clientExercises) expect(exerciseModules).toContain(exercise.module)
  })
})
