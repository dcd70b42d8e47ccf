/**
 * Benchmark knobs. Each can be given as `--name=value` on the command line or as the
 * environment variable `BENCH_NAME` (upper case, dashes as underscores); the command line wins.
 */
export interface BenchOptions {
  /** Which parts to run. */
  parts: Set<'fanout' | 'memory' | 'db'>
  /** Which servers the fan-out part measures. */
  servers: ('ours' | 'reference' | 'hocuspocus' | 'raw')[]
  /** Clients per room in the fan-out part, one measurement each. */
  clients: number[]
  /** Updates per second in the fixed-rate latency phase. */
  rate: number
  /** Seconds of each fan-out phase (fixed rate, then saturation). */
  seconds: number
  /** Updates in flight in the saturation phase (sent but not yet seen by every receiver). */
  window: number
  /** Rooms loaded in the memory part. */
  rooms: number
  /** Shapes on each board of the memory part. */
  shapes: number
  /** Updates appended in the database-size part. */
  dbUpdates: number
  /** Where the SQLite databases go (a temporary folder inside it, removed afterwards). */
  dataRoot: string | undefined
}

const partNames = ['fanout', 'memory', 'db'] as const
const serverNames = ['ours', 'reference', 'hocuspocus', 'raw'] as const

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { raw, int } = knobReader(argv, env)
  const list = <T extends string>(
    name: string,
    allowed: readonly T[],
    fallback: readonly T[],
  ): T[] => {
    const text = raw(name)?.trim()
    if (!text) return [...fallback]
    const items = text.split(',').map((item) => item.trim())
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item)) {
        throw new Error(
          `${name} takes a comma-separated list of ${allowed.join(', ')}; not "${item}"`,
        )
      }
    }
    return items as T[]
  }
  const clientsText = raw('clients')?.trim()
  const clients = clientsText ? clientsText.split(',').map((item) => Number(item.trim())) : [5, 20]
  for (const n of clients) {
    if (!Number.isInteger(n) || n < 2 || n > 200)
      throw new Error(`clients must be whole numbers from 2 to 200`)
  }
  return {
    parts: new Set(list('parts', partNames, partNames)),
    servers: list('servers', serverNames, serverNames),
    clients,
    rate: int('rate', 20, 1, 1000),
    seconds: int('seconds', 5, 1, 600),
    window: int('window', 16, 1, 1000),
    rooms: int('rooms', 50, 1, 5000),
    shapes: int('shapes', 200, 1, 100_000),
    dbUpdates: int('db-updates', 10_000, 1, 10_000_000),
    dataRoot: raw('data-root')?.trim() || undefined,
  }
}

/**
 * Reads `--name=value` knobs, falling back to `BENCH_NAME`; shared by the benchmark scripts.
 * With `known`, a command-line knob not in it is refused (a typo would otherwise be ignored).
 */
export function knobReader(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  known?: readonly string[],
) {
  const cli = new Map<string, string>()
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg)
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`unknown argument "${arg}" (use --name=value)`)
    if (known && !known.includes(match[1]))
      throw new Error(`unknown knob "${match[1]}" (known: ${known.join(', ')})`)
    cli.set(match[1], match[2])
  }
  const raw = (name: string): string | undefined =>
    cli.get(name) ?? env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`]
  /** A whole number from `min` to `max`; `fallback` when not given. */
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const text = raw(name)?.trim()
    if (!text) return fallback
    const value = Number(text)
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`)
    }
    return value
  }
  return { raw, int }
}
