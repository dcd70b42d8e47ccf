import { casusbesprekingTemplate } from './casusbespreking/template.ts'
import { dromenMetBeeldenTemplate } from './dromenMetBeelden/template.ts'
import { inKaartBrengenTemplate } from './inKaartBrengen/template.ts'
import { reflecterenTemplate } from './reflecteren/template.ts'
import { stoplichtspelTemplate } from './stoplichtspel/template.ts'
import type { ExerciseTemplate } from './templateSchema.ts'
import { verderBouwenTemplate } from './verderBouwen/template.ts'

// The registry is shared by every session in the process: frozen, a caller that edits a
// template in place (say, to shorten a phase) fails loudly instead of changing it for all.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

/**
 * The templates a facilitator can pick, in the order the picker shows them: the three
 * exercises first, then the guide's three movements in their own order.
 */
export const exerciseTemplates: readonly ExerciseTemplate[] = deepFreeze([
  dromenMetBeeldenTemplate,
  stoplichtspelTemplate,
  casusbesprekingTemplate,
  inKaartBrengenTemplate,
  reflecterenTemplate,
  verderBouwenTemplate,
])

export function getTemplate(id: string): ExerciseTemplate | undefined {
  return exerciseTemplates.find((template) => template.id === id)
}
