import type { ServerProcess } from './serverProcess.ts'

/**
 * What the server's own debug log (LOG_LEVEL=debug) says is in memory. The public health
 * answer says nothing about rooms or connections; tests read the operator's log instead.
 */
export function serverCounts(server: ServerProcess): { rooms: number; connections: number } {
  const lines = server.output().split('\n')
  const count = (text: string) => lines.filter((line) => line.includes(text)).length
  return {
    rooms: count('room loaded') - count('room unloaded'),
    connections: count('connection opened') - count('connection closed'),
  }
}
