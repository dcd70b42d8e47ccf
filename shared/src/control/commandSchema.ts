import * as v from 'valibot'

/**
 * How a command is declared: its fields as valibot schemas (the check and the type in one
 * place), and which error code a failing field gives, so the page can say what went wrong in
 * Dutch. `type` is added from the key the command is registered under.
 */
export interface CommandDefinition<TFields extends v.ObjectEntries = v.ObjectEntries> {
  fields: TFields
  /** The code a failing field gives; `invalid-command` when not named. */
  errors?: { readonly [K in keyof TFields]?: string }
}

export type CommandDefinitions = Readonly<Record<string, CommandDefinition>>

/** The commands a set of definitions accepts, as one union of `{ type, ...fields }`. */
export type CommandsOf<TDefinitions extends CommandDefinitions> = {
  [K in keyof TDefinitions & string]: { type: K } & v.InferOutput<
    v.ObjectSchema<TDefinitions[K]['fields'], undefined>
  >
}[keyof TDefinitions & string]

/** Declares a command; a helper only so that field names and error names are checked together. */
export function command<TFields extends v.ObjectEntries>(
  fields: TFields,
  errors?: { readonly [K in keyof TFields]?: string },
): CommandDefinition<TFields> {
  return errors ? { fields, errors } : { fields }
}

export type CommandCheck<TCommand> =
  | { ok: true; command: TCommand }
  | { ok: false; code: string; message: string }

/**
 * A parser for every command in `definitions`: checks an untrusted value's shape and drops
 * fields a command does not have. Rights and state are checked by the server afterwards.
 */
export function createCommandParser<TCommand extends { type: string }>(
  definitions: CommandDefinitions,
): (raw: unknown) => CommandCheck<TCommand> {
  const schemas = new Map(
    Object.entries(definitions).map(([type, definition]) => [
      type,
      { schema: v.object({ ...definition.fields, type: v.literal(type) }), definition },
    ]),
  )
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return {
        ok: false,
        code: 'invalid-command',
        message: 'A command is a JSON object with a "type".',
      }
    }
    const type = (raw as { type?: unknown }).type
    const entry = typeof type === 'string' ? schemas.get(type) : undefined
    if (!entry) {
      return {
        ok: false,
        code: 'unknown-command',
        message: `Unknown command type ${JSON.stringify(type)}.`,
      }
    }
    const result = v.safeParse(entry.schema, raw)
    if (result.success) return { ok: true, command: result.output as TCommand }
    const issue = result.issues[0]
    const field = String(issue.path?.[0]?.key ?? '')
    const code = entry.definition.errors?.[field] ?? 'invalid-command'
    return { ok: false, code, message: `${field || 'command'}: ${issue.message}` }
  }
}
