import { SqliteStore } from './SqliteStore.ts'
import type { Store } from './Store.ts'

/** PostgreSQL when a `DATABASE_URL` is given (several nodes), else SQLite in DATA_DIR. */
export async function openStore(config: {
  dataDir: string
  databaseUrl: string | undefined
}): Promise<Store> {
  if (config.databaseUrl) {
    // Loaded only for several nodes: one node does not carry the PostgreSQL client's memory.
    const { PostgresStore } = await import('./PostgresStore.ts')
    return PostgresStore.open(config.databaseUrl)
  }
  return new SqliteStore(config.dataDir)
}
