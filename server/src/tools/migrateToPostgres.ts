/**
 * Moves a single-node DATA_DIR into PostgreSQL, for running several nodes:
 *
 *   DATA_DIR=./data DATABASE_URL=postgresql://… pnpm run migrate:postgres
 *
 * Stop the server first. The target database must hold no sessions yet (a fresh one, or one
 * this command filled halfway: drop and create it again). The connection comes from the
 * environment, never from the command line, so no password ends up in a shell history or a
 * process list. Exit code 0 when everything was copied and read back the same, 1 otherwise.
 */

import { copyToStore, TargetNotEmptyError } from '../persistence/copyToStore.ts'
import { DatabaseUnavailableError } from '../persistence/DatabaseUnavailableError.ts'
import { DatabaseUnreadableError } from '../persistence/DatabaseUnreadableError.ts'
import { PostgresStore } from '../persistence/PostgresStore.ts'
import { SqliteExport } from '../persistence/SqliteExport.ts'

const say = (line: string) => process.stdout.write(`${line}\n`)
const fail = (line: string): never => {
  process.stderr.write(`Reflectiebord migration stopped: ${line}\n`)
  process.exit(1)
}

const dataDir = process.env.DATA_DIR || './data'
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) fail('set DATABASE_URL to the PostgreSQL database to move into')

let source: SqliteExport | undefined
let target: PostgresStore | undefined
try {
  source = new SqliteExport(dataDir)
  target = await PostgresStore.open(databaseUrl as string)
  say(`moving ${dataDir} into ${target.location}`)
  const report = await copyToStore(source, target, (line) => say(`  ${line}`))
  if (report.problems.length > 0) {
    for (const problem of report.problems) process.stderr.write(`  not copied: ${problem}\n`)
    fail(`${report.problems.length} item(s) not copied (listed above)`)
  }
  say(
    `done: ${report.sessions} sessions, ${report.documents} documents, ` +
      `${report.sealed} hidden submissions and ${report.pictures} pictures, each read back the same`,
  )
} catch (err) {
  if (
    err instanceof DatabaseUnreadableError ||
    err instanceof DatabaseUnavailableError ||
    err instanceof TargetNotEmptyError
  ) {
    fail(err.message)
  }
  fail(err instanceof Error ? (err.stack ?? err.message) : String(err))
} finally {
  source?.close()
  await target?.close()
}
