import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLogger } from './logger.ts'
import { roomLogTag, sessionLogTag } from './logTag.ts'

const sessionId = 'k3JfQ9x_Vb2mT7wLpZ4rYa'

afterEach(() => {
  vi.restoreAllMocks()
})

function logged(write: () => void): string {
  const lines: string[] = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  })
  write()
  return lines.join('')
}

describe('log lines', () => {
  it('never carry a session id, in a session or a room field: a stable tag instead', () => {
    const log = createLogger('debug')
    const text = logged(() => {
      log.info('session deleted', { session: sessionId })
      log.debug('room loaded', { room: `${sessionId}/board` })
    })
    expect(text).not.toContain(sessionId)
    expect(text).toContain(`session="${sessionLogTag(sessionId)}"`)
    expect(text).toContain(`room="${sessionLogTag(sessionId)}/board"`)
  })

  it('gives one session one tag, and two sessions two', () => {
    expect(sessionLogTag(sessionId)).toBe(sessionLogTag(sessionId))
    expect(sessionLogTag(sessionId)).not.toBe(sessionLogTag(`${sessionId}x`))
    expect(sessionLogTag(sessionId)).toMatch(/^s-[0-9a-f]{12}$/)
    expect(roomLogTag(`${sessionId}/control`)).toBe(`${sessionLogTag(sessionId)}/control`)
  })
})
