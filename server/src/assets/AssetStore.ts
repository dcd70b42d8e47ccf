import { createHash, randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Stored pictures are named by the SHA-256 of their bytes: `<64 hex>.webp`. */
export const ASSET_NAME = /^[0-9a-f]{64}\.webp$/

/**
 * Pictures live on disk beside the database, one folder per session, never inside a Yjs
 * document (a board stays small and fast to sync). A file is written under a temporary name
 * and renamed into place, so a crash or a failed upload never leaves half a picture behind.
 */
export class AssetStore {
  private readonly root: string

  constructor(dataDir: string) {
    this.root = join(dataDir, 'assets')
  }

  /** Stores the bytes (once: the same picture twice is one file) and returns the file name. */
  async put(sessionId: string, data: Uint8Array): Promise<string> {
    const name = `${createHash('sha256').update(data).digest('hex')}.webp`
    const folder = join(this.root, sessionId)
    const target = join(folder, name)
    if (await exists(target)) return name
    await mkdir(folder, { recursive: true })
    const temporary = join(folder, `.upload-${randomBytes(8).toString('hex')}`)
    try {
      await writeFile(temporary, data, { flag: 'wx' })
      await rename(temporary, target)
    } catch (err) {
      await rm(temporary, { force: true })
      throw err
    }
    return name
  }

  /** Removes every stored picture of a session (when the session is deleted). */
  async removeAll(sessionId: string): Promise<void> {
    await rm(join(this.root, sessionId), { recursive: true, force: true })
  }

  /** The file of a stored picture, or undefined: a bad name never reaches the file system. */
  async path(sessionId: string, name: string): Promise<string | undefined> {
    if (!ASSET_NAME.test(name)) return undefined
    const file = join(this.root, sessionId, name)
    return (await exists(file)) ? file : undefined
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
