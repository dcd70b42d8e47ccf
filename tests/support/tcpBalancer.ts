import { connect, createServer, type Server, type Socket } from 'node:net'

export interface TcpBalancer {
  port: number
  /** `http://127.0.0.1:<port>`: what the page and the API are reached at. */
  url: string
  /** `ws://127.0.0.1:<port>/yjs`: what clients are given instead of one node's address. */
  wsUrl: string
  /** How many connections went to each backend port so far. */
  counts(): Map<number, number>
  close(): Promise<void>
}

/**
 * A load balancer as plain as they come, for the cluster tests: round robin over the backends'
 * ports on 127.0.0.1 at the TCP level, no stickiness (a ticket request and the websocket it is
 * for may reach different nodes), skipping a backend that refuses the connection (a dead node).
 */
export async function startTcpBalancer(backends: readonly number[]): Promise<TcpBalancer> {
  let next = 0
  const counts = new Map<number, number>()
  const sockets = new Set<Socket>()
  const server: Server = createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    client.pause()
    const tryBackend = (attempt: number): void => {
      if (attempt >= backends.length) {
        client.destroy()
        return
      }
      const port = backends[next % backends.length] as number
      next += 1
      const upstream = connect({ host: '127.0.0.1', port })
      let connected = false
      upstream.once('error', () => {
        if (!connected) tryBackend(attempt + 1)
      })
      upstream.once('connect', () => {
        connected = true
        counts.set(port, (counts.get(port) ?? 0) + 1)
        sockets.add(upstream)
        upstream.on('close', () => {
          sockets.delete(upstream)
          client.destroy()
        })
        upstream.on('error', () => upstream.destroy())
        client.on('close', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
      })
    }
    tryBackend(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('balancer has no port')
  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    wsUrl: `ws://127.0.0.1:${address.port}/yjs`,
    counts: () => new Map(counts),
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
