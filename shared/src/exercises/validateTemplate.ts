import * as v from 'valibot'
import { type ExerciseTemplate, TEMPLATE_LIMITS, TemplateSchema } from './templateSchema.ts'

export type TemplateValidation =
  | { ok: true; template: ExerciseTemplate }
  | { ok: false; errors: string[] }

/** The longest id a template, phase or area may have. */
export const TEMPLATE_ID_MAX_LENGTH = TEMPLATE_LIMITS.maxIdLength

/** `phases[0].title.nl`: the path as someone fixing a template file would write it. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = ''
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'number') path += `[${item.key}]`
    else path += path ? `.${String(item.key)}` : String(item.key)
  }
  return path || 'template'
}

/**
 * Checks untrusted data (an imported file, a stored session) against the template schema.
 * On success it returns a clean copy: texts trimmed and normalised, unknown fields dropped,
 * so nothing unexpected travels on into session control state. On failure it lists every
 * problem, each with the path of the field it is about.
 */
export function validateTemplate(t: unknown): TemplateValidation {
  const result = v.safeParse(TemplateSchema, t)
  if (result.success) return { ok: true, template: result.output }
  return { ok: false, errors: result.issues.map((issue) => `${pathOf(issue)} ${issue.message}`) }
}
