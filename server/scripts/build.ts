/**
 * Bundles the server (its own code and `shared`) into plain JavaScript in `server/dist`, which
 * `pnpm start` and the process tests run. Node runs our TypeScript as it is, but only through
 * its type stripper: a WebAssembly module that keeps about 15 MiB after the first file, and
 * every stripped module's source besides; an idle server held 35 MiB more than when it runs the
 * same code bundled (docs/benchmarks.md, "idle memory"). Packages from npm stay outside the
 * bundle, imported from node_modules as before, and so do the parts loaded only when needed
 * (PostgreSQL, Redis, sharp, the PDF record): chunks of their own, loaded by the same
 * dynamic imports.
 */
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(serverRoot, 'dist')

/** Our workspace packages and relative paths are bundled; every other import stays one. */
function isPackage(id: string): boolean {
  return !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@reflectiebord/')
}

rmSync(outDir, { recursive: true, force: true })
await build({
  input: {
    main: join(serverRoot, 'src/main.ts'),
    index: join(serverRoot, 'src/index.ts'),
    // Started by `LogWriter` as a file beside it, in both layouts (see `WORKER_FILE` there).
    logWriterWorker: join(serverRoot, 'src/persistence/logWriterWorker.ts'),
  },
  platform: 'node',
  external: isPackage,
  // Comments are for the sources (the source maps lead there, for a debugger or
  // `node --enable-source-maps`): the bundle's text stays in memory.
  output: { dir: outDir, format: 'esm', sourcemap: true, comments: false },
  logLevel: 'warn',
})
process.stdout.write(`server: bundled into ${outDir}\n`)
