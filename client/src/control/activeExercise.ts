import {
  type AreaState,
  type ControlState,
  type ExerciseTemplate,
  getTemplate,
  type LocalizedText,
  type PhaseTemplate,
} from '@reflectiebord/shared'
import type { Language } from '../i18n/languages.ts'

export interface ActiveExercise {
  template: ExerciseTemplate
  instanceId: string
  phase: PhaseTemplate
  phaseIndex: number
  phaseCount: number
}

/** The exercise and phase everyone is in now, or null when none is active. */
export function activeExercise(control: ControlState): ActiveExercise | null {
  const activity = control.activity
  if (!activity) return null
  const template = getTemplate(activity.templateId)
  const phase = template?.phases[activity.phaseIndex]
  if (!template || !phase) return null
  return {
    template,
    instanceId: activity.instanceId,
    phase,
    phaseIndex: activity.phaseIndex,
    phaseCount: template.phases.length,
  }
}

/** Template text in the interface language; Dutch is the one every template has. */
export function pick(text: LocalizedText, language: Language): string {
  return text[language] || text.nl
}

export interface LoadedInstance {
  instanceId: string
  templateId: string
  /** 1 for the first copy of a template on the board, 2 for the second... */
  copyNumber: number
}

/** The templates on the board, one entry per loaded copy, in the order they were placed. */
export function loadedInstances(loadedAreas: readonly AreaState[]): LoadedInstance[] {
  const seen = new Map<string, LoadedInstance>()
  const perTemplate = new Map<string, number>()
  // Zones of one copy sit together; place order is left to right (see placeTemplateAreas).
  const areas = [...loadedAreas].sort((a, b) => a.x - b.x || a.y - b.y)
  for (const area of areas) {
    if (seen.has(area.instanceId)) continue
    const copyNumber = (perTemplate.get(area.templateId) ?? 0) + 1
    perTemplate.set(area.templateId, copyNumber)
    seen.set(area.instanceId, {
      instanceId: area.instanceId,
      templateId: area.templateId,
      copyNumber,
    })
  }
  return [...seen.values()]
}
