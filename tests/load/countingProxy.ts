import { connect, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP relay on 127.0.0.1 in front of a local server that counts the bytes the server sends
 * to the browser: everything that really crossed the wire (headers, compressed bodies,
 * websocket frames), whoever asked for it, the page or its service worker. The DevTools
 * protocol of the page alone does not see what a service worker fetches for it.
 */
export interface CountingProxy {
  /** `http://127.0.0.1:<port>`: the address to give the browser. */
  url: string
  /** Bytes from the server to the browser since the last `reset`. */
  bytesToBrowser(): number
  reset(): void
  close(): Promise<void>
}

export async function startCountingProxy(target: URL): Promise<CountingProxy> {
  let bytes = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((browserSide) => {
    const serverSide = connect(Number(target.port), target.hostname)
    sockets.add(browserSide)
    sockets.add(serverSide)
    serverSide.on('data', (chunk: Buffer) => {
      bytes += chunk.length
    })
    browserSide.pipe(serverSide)
    serverSide.pipe(browserSide)
    const end = () => {
      browserSide.destroy()
      serverSide.destroy()
      sockets.delete(browserSide)
      sockets.delete(serverSide)
    }
    browserSide.on('error', end).on('close', end)
    serverSide.on('error', end).on('close', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    bytesToBrowser: () => bytes,
    reset: () => {
      bytes = 0
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
