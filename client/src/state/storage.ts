/**
 * Small wrappers around localStorage. Storage can be unavailable (private windows, policies,
 * full quota); the app must keep working then, it only forgets more.
 */
const PREFIX = 'reflectiebord:'

export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage.getItem(PREFIX + key)
  } catch {
    return null
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage.removeItem(PREFIX + key)
    else globalThis.localStorage.setItem(PREFIX + key, value)
  } catch {
    // Storage refused: nothing else to do, the value lives on in memory for this page.
  }
}

export function readStoredJson(key: string): unknown {
  const raw = readStored(key)
  if (raw === null) return null
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

export function writeStoredJson(key: string, value: unknown): void {
  writeStored(key, JSON.stringify(value))
}
