import { createServer } from 'node:net'

/**
 * A port on 127.0.0.1 that nothing listened on a moment ago. The servers the tests start take
 * it a little later, so another process could take it first; on a test machine that is rare
 * enough, and the server then fails to start with its own clear message.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
