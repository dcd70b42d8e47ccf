import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Hocuspocus } from '@hocuspocus/server'
import { WebSocketServer } from 'ws'

export interface HocuspocusServer {
  port: number
  /** Documents loaded (one per room with someone in it). */
  rooms(): number
  close(): Promise<void>
}

/**
 * Hocuspocus (`@hocuspocus/server` 3) as it runs with no extensions: documents in memory only,
 * no database, no Redis, no logger, no authentication hook (every token is accepted). Its own
 * connection handler (`handleConnection`, what its `Server` calls on upgrade) is wired to the
 * same `ws` version and options as the other servers, so that only the room logic differs.
 * Hocuspocus speaks its own protocol, not the stock y-websocket one: see `hocuspocusClient.ts`
 * and `capacity/hocuspocusDialect.ts` for the clients.
 */
export async function startHocuspocusServer(host = '127.0.0.1'): Promise<HocuspocusServer> {
  // Its default settings otherwise (ping every 30 s, the store debounce, which with no
  // extension has no hook to run but is still scheduled on every change).
  const hocuspocus = new Hocuspocus({ quiet: true })
  const http = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('okay')
  })
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false })
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      // As its `Server` does: a socket error must not take the process down.
      ws.on('error', () => undefined)
      hocuspocus.handleConnection(ws, req)
    })
  })
  await new Promise<void>((resolve) => http.listen(0, host, resolve))
  return {
    port: (http.address() as AddressInfo).port,
    rooms: () => hocuspocus.getDocumentsCount(),
    async close() {
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
