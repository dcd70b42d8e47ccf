import { rm } from 'node:fs/promises'
import { join } from 'node:path'

/** Removes every stored picture of a session (used when the session is deleted). */
export async function removeSessionAssets(dataDir: string, sessionId: string): Promise<void> {
  await rm(join(dataDir, 'assets', sessionId), { recursive: true, force: true })
}
