import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RawData, type WebSocket, WebSocketServer } from 'ws'

export interface RawBroadcastServer {
  port: number
  close(): Promise<void>
}

/**
 * The transport's limit: no Yjs, no parsing, no storage. Every frame a socket sends is
 * relayed unchanged to the other sockets that opened the same URL path (the "room").
 * Stock y-websocket clients still work through it, because they sync with each other.
 */
export async function startRawBroadcastServer(host = '127.0.0.1'): Promise<RawBroadcastServer> {
  const rooms = new Map<string, Set<WebSocket>>()
  const http = createServer((_req, res) => {
    res.writeHead(404).end()
  })
  // Same choice as our server: no permessage-deflate.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false })
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const name = new URL(req.url ?? '/', 'http://localhost').pathname
      let room = rooms.get(name)
      if (!room) {
        room = new Set()
        rooms.set(name, room)
      }
      const members = room
      members.add(ws)
      ws.on('message', (data: RawData, isBinary: boolean) => {
        for (const other of members) {
          if (other !== ws && other.readyState === other.OPEN)
            other.send(data, { binary: isBinary })
        }
      })
      ws.on('close', () => {
        members.delete(ws)
        if (members.size === 0) rooms.delete(name)
      })
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
