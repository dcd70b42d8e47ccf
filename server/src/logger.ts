import { roomLogTag, sessionLogTag } from './logTag.ts'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 }

export type LogFields = Record<string, string | number | boolean | undefined>

export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

/** Fields whose value is a session id, or a room name holding one: logged as a tag. */
const tagged: Record<string, (value: string) => string> = {
  session: sessionLogTag,
  room: roomLogTag,
}

/**
 * One line per event on stderr. Fields never carry board content or display names:
 * cases may touch real families, and logs travel further than the database. Session ids
 * (the link's secret) are written as tags (`logTag.ts`), whichever line logs them.
 */
export function createLogger(level: LogLevel): Logger {
  const write = (at: LogLevel, message: string, fields?: LogFields) => {
    if (rank[at] < rank[level]) return
    const extra = fields
      ? Object.entries(fields)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => {
            const tag = tagged[key]
            const shown = tag && typeof value === 'string' ? tag(value) : value
            return `${key}=${JSON.stringify(shown)}`
          })
          .join(' ')
      : ''
    process.stderr.write(
      `${new Date().toISOString()} ${at} ${message}${extra ? ` ${extra}` : ''}\n`,
    )
  }
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  }
}
