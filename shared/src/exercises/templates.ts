import { casusbesprekingTemplate } from './casusbespreking/template.ts'
import { casusbesprekingKortTemplate } from './casusbesprekingKort/template.ts'
import { dromenMetBeeldenTemplate } from './dromenMetBeelden/template.ts'
import { inKaartBrengenTemplate } from './inKaartBrengen/template.ts'
import { reflecterenTemplate } from './reflecteren/template.ts'
import { stoplichtspelTemplate } from './stoplichtspel/template.ts'
import type { ExerciseTemplate } from './templateSchema.ts'
import { validateTemplate } from './validateTemplate.ts'
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

/** A template that fails validation: the message names it and every problem. */
export class TemplateError extends Error {
  readonly templateId: string
  readonly problems: string[]
  constructor(templateId: string, problems: string[]) {
    super(`Template "${templateId}" is invalid: ${problems.join('; ')}`)
    this.name = 'TemplateError'
    this.templateId = templateId
    this.problems = problems
  }
}

/**
 * Validates every template when the registry is built, so a mistake in template data stops
 * the server (and the page) at start-up with a clear message, not a session halfway through.
 */
export function buildTemplateRegistry(templates: readonly unknown[]): readonly ExerciseTemplate[] {
  const ids = new Set<string>()
  const checked = templates.map((template, index) => {
    const result = validateTemplate(template)
    const id = (template as { id?: unknown } | null)?.id
    const name = typeof id === 'string' ? id : `#${index}`
    if (!result.ok) throw new TemplateError(name, result.errors)
    if (ids.has(result.template.id)) throw new TemplateError(name, ['the id is used twice'])
    ids.add(result.template.id)
    return result.template
  })
  return deepFreeze(checked)
}

/**
 * The templates a facilitator can pick, in the order the picker shows them: the three
 * exercises first, then the guide's three movements in their own order.
 */
export const exerciseTemplates: readonly ExerciseTemplate[] = buildTemplateRegistry([
  dromenMetBeeldenTemplate,
  stoplichtspelTemplate,
  casusbesprekingTemplate,
  casusbesprekingKortTemplate,
  inKaartBrengenTemplate,
  reflecterenTemplate,
  verderBouwenTemplate,
])

export function getTemplate(id: string): ExerciseTemplate | undefined {
  return exerciseTemplates.find((template) => template.id === id)
}
