import type { AreaState, ControlState } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { EMPTY_CONTROL_STATE } from '../control/controlStore.ts'
import type { ClientExercise } from './ClientExercise.ts'
import { exercisesInUse } from './exercisesInUse.ts'
import { clientExercises } from './registry.ts'

const ids = (list: readonly ClientExercise[]) => list.map((exercise) => exercise.module.id)

function firstTemplateId(exercise: ClientExercise): string {
  const template = exercise.module.templates[0]
  if (!template) throw new Error(`${exercise.module.id} has no template`)
  return template.id
}

function zoneOf(templateId: string): AreaState {
  return {
    key: 'copy-1:zone',
    instanceId: 'copy-1',
    templateId,
    areaId: 'zone',
    title: { nl: 'Zone', en: 'Zone' },
    instruction: { nl: '', en: '' },
    x: 0,
    y: 0,
    w: 100,
    h: 100,
  } as AreaState
}

describe('which exercises a session uses (their parts are loaded, the others not)', () => {
  it('none on a fresh session, unless one says so itself', () => {
    const used = exercisesInUse(EMPTY_CONTROL_STATE, clientExercises)
    expect(used.every((exercise) => exercise.inUse?.(EMPTY_CONTROL_STATE) === true)).toBe(true)
  })

  it('the one a copy of whose template is on the board, and only that one', () => {
    for (const exercise of clientExercises) {
      const control: ControlState = {
        ...EMPTY_CONTROL_STATE,
        areas: [zoneOf(firstTemplateId(exercise))],
      }
      expect(ids(exercisesInUse(control, clientExercises))).toEqual([exercise.module.id])
    }
  })

  it('the one whose template is the activity, or whose slice exists', () => {
    for (const exercise of clientExercises) {
      const active: ControlState = {
        ...EMPTY_CONTROL_STATE,
        activity: { templateId: firstTemplateId(exercise), instanceId: 'copy-1', phaseIndex: 0 },
      }
      expect(ids(exercisesInUse(active, clientExercises))).toEqual([exercise.module.id])
      const slice = exercise.module.slice
      if (!slice) continue
      const started: ControlState = { ...EMPTY_CONTROL_STATE, games: { [slice.key]: {} } }
      expect(ids(exercisesInUse(started, clientExercises))).toEqual([exercise.module.id])
    }
  })

  it('keeps the registry’s order', () => {
    const control: ControlState = {
      ...EMPTY_CONTROL_STATE,
      areas: [...clientExercises].reverse().map((exercise) => zoneOf(firstTemplateId(exercise))),
    }
    expect(ids(exercisesInUse(control, clientExercises))).toEqual(ids(clientExercises))
  })

  it('asks an exercise that has its own rule', () => {
    const ruled = clientExercises.filter((exercise) => exercise.inUse)
    for (const exercise of ruled) {
      const control: ControlState = {
        ...EMPTY_CONTROL_STATE,
        redactions: { count: 1, boardStateVector: 'AA==' },
      }
      const expected = exercise.inUse?.(control) === true
      expect(ids(exercisesInUse(control, [exercise])).length === 1).toBe(expected)
    }
  })
})
