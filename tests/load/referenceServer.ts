import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { aliasReferenceServerYjs } from './referenceYjsAlias.ts'

export interface ReferenceServer {
  port: number
  close(): Promise<void>
}

/**
 * The reference: `@y/websocket-server`'s own connection handler (what its `y-websocket-server`
 * bin runs), in memory, without persistence. It is wired to the same `ws` version and options
 * as the other two servers so that only the room logic differs.
 */
export async function startReferenceServer(host = '127.0.0.1'): Promise<ReferenceServer> {
  aliasReferenceServerYjs()
  const { setupWSConnection } = await import('@y/websocket-server/utils')
  const http = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('okay')
  })
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false })
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const docName = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1)
      setupWSConnection(ws, req, { docName })
    })
  })
  await new Promise<void>((resolve) => http.listen(0, host, resolve))
  return {
    port: (http.address() as AddressInfo).port,
    async close() {
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
