import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ASSET_NAME } from '../persistence/Store.ts'

/**
 * The single-node store's pictures: files beside the database, one folder per session, never
 * inside a Yjs document (a board stays small and fast to sync). A file is written under a
 * temporary name and renamed into place, so a crash or a failed upload never leaves half a
 * picture behind.
 */
export class AssetFiles {
  private readonly root: string

  constructor(dataDir: string) {
    this.root = join(dataDir, 'assets')
  }

  /** Stores the bytes (once: the same picture twice is one file) and returns the file name. */
  async put(sessionId: string, data: Uint8Array): Promise<string> {
    const name = assetName(data)
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

  /** The bytes of a stored picture, or undefined: a bad name never reaches the file system. */
  async read(sessionId: string, name: string): Promise<Uint8Array | undefined> {
    if (!ASSET_NAME.test(name)) return undefined
    const file = join(this.root, sessionId, name)
    if (!(await exists(file))) return undefined
    try {
      return new Uint8Array(await readFile(file))
    } catch {
      return undefined
    }
  }
}

/** A picture's name: the SHA-256 of its bytes, so the same picture is stored once. */
export function assetName(data: Uint8Array): string {
  return `${createHash('sha256').update(data).digest('hex')}.webp`
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
