import { readdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  clientDist,
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'

let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess()
})

afterAll(discardTestServers)

/** The raw answer, undecoded: fetch would decompress and hide what was sent. */
function getRaw(
  path: string,
  acceptEncoding?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the built client', () => {
  const script = readdirSync(join(clientDist, 'assets')).find(
    (name) => name.startsWith('index-') && name.endsWith('.js'),
  )
  const path = `/assets/${script}`
  const original = () => readFileSync(join(clientDist, 'assets', script ?? ''))

  it('goes out as brotli or gzip made at build time, to a browser that accepts it', async () => {
    expect(script).toBeDefined()
    const br = await getRaw(path, 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toContain('accept-encoding')
    expect(br.body.length).toBeLessThan(original().length / 3)
    expect(brotliDecompressSync(br.body).equals(original())).toBe(true)

    const gz = await getRaw(path, 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).equals(original())).toBe(true)

    const plain = await getRaw(path)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(original())).toBe(true)
  })
})
