import type * as v from 'valibot'
import { type CommandCheck, createCommandParser } from '../control/commandSchema.ts'
import { coreCommands } from '../control/controlCommands.ts'
import type { ExerciseModule } from './ExerciseModule.ts'
import type { ExerciseTemplate } from './templateSchema.ts'
import { validateTemplate } from './validateTemplate.ts'

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

/** Two modules that cannot be loaded together (same id, command, slice or sealed kind). */
export class ExerciseRegistryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExerciseRegistryError'
  }
}

/**
 * The exercises one process offers, checked when it is built: every template validated, and
 * no two modules claiming the same id, template, command, control slice or sealed-box kind.
 * A mistake stops the server (and the page) at start-up with a clear message, not a session
 * halfway through. Nothing else in the core needs to know which exercises exist.
 */
export class ExerciseRegistry<TCommand extends { type: string } = { type: string }> {
  readonly modules: readonly ExerciseModule[]
  /** Every template, in the order the picker shows them, each marked with its module id. */
  readonly templates: readonly ExerciseTemplate[]
  private readonly byTemplate = new Map<string, ExerciseModule>()
  private readonly byCommand = new Map<string, ExerciseModule>()
  private readonly kinds = new Map<string, v.GenericSchema>()
  private readonly parser: (raw: unknown) => CommandCheck<TCommand>

  constructor(modules: readonly ExerciseModule[]) {
    const ids = new Set<string>()
    const slices = new Set<string>()
    const templates: ExerciseTemplate[] = []
    for (const module of modules) {
      if (ids.has(module.id)) throw new ExerciseRegistryError(`Exercise "${module.id}" twice.`)
      ids.add(module.id)
      for (const [index, raw] of module.templates.entries()) {
        const result = validateTemplate(raw)
        const name = typeof raw?.id === 'string' ? raw.id : `${module.id}#${index}`
        if (!result.ok) throw new TemplateError(name, result.errors)
        if (this.byTemplate.has(result.template.id)) {
          throw new TemplateError(name, ['the id is used twice'])
        }
        this.byTemplate.set(result.template.id, module)
        templates.push({ ...result.template, exercise: module.id })
      }
      for (const type of Object.keys(module.commands)) {
        if (type in coreCommands || this.byCommand.has(type)) {
          throw new ExerciseRegistryError(`Command "${type}" of "${module.id}" is taken.`)
        }
        this.byCommand.set(type, module)
      }
      if (module.slice) {
        if (slices.has(module.slice.key)) {
          throw new ExerciseRegistryError(`Control slice "${module.slice.key}" is taken.`)
        }
        slices.add(module.slice.key)
      }
      for (const [kind, schema] of Object.entries(module.sealedKinds ?? {})) {
        if (kind === 'any' || this.kinds.has(kind)) {
          throw new ExerciseRegistryError(`Sealed kind "${kind}" is taken.`)
        }
        this.kinds.set(kind, schema)
      }
    }
    this.modules = modules
    this.templates = deepFreeze(templates)
    this.parser = createCommandParser<TCommand>(
      Object.assign({}, coreCommands, ...modules.map((module) => module.commands)),
    )
  }

  getTemplate(id: string): ExerciseTemplate | undefined {
    return this.templates.find((template) => template.id === id)
  }

  /** The module a template belongs to. */
  moduleOfTemplate(templateId: string): ExerciseModule | undefined {
    return this.byTemplate.get(templateId)
  }

  /** The module that declared a command; undefined for core commands. */
  moduleOfCommand(type: string): ExerciseModule | undefined {
    return this.byCommand.get(type)
  }

  /** The schema a value submitted to a sealed box of `kind` must fit (undefined: any JSON). */
  sealedKind(kind: string): v.GenericSchema | undefined {
    return this.kinds.get(kind)
  }

  /** Checks an untrusted command against the core's and every module's schemas. */
  parseCommand(raw: unknown): CommandCheck<TCommand> {
    return this.parser(raw)
  }
}
