/** Who sends a command: a facilitator by key, or a participant given facilitator rights. */
export interface Actor {
  publicId: string
  via: 'key' | 'co-facilitator'
}

export type RefusalStatus = 400 | 403 | 404 | 409 | 500

/** What carrying out a command came to; a refusal has an HTTP status and an error code. */
export type CommandResult =
  | { ok: true }
  | { ok: false; status: RefusalStatus; code: string; message: string }

export type CommandRefusal = Extract<CommandResult, { ok: false }>

export function refuse(status: RefusalStatus, code: string, message: string): CommandRefusal {
  return { ok: false, status, code, message }
}
