import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CloseCode, permanentCloseCodes } from '../protocol/closeCodes.ts'
import {
  isTicket,
  newTicket,
  TicketRequestSchema,
  ticketPath,
  ticketRefusalCloseCode,
} from './tickets.ts'
import { textProblemOf } from './validation.ts'

function nameProblem(body: unknown) {
  const result = v.safeParse(TicketRequestSchema, body)
  return result.success ? result.output : textProblemOf(result.issues)
}

describe('tickets', () => {
  it('are fresh, url-safe random strings', () => {
    const a = newTicket()
    expect(isTicket(a)).toBe(true)
    expect(encodeURIComponent(a)).toBe(a)
    expect(newTicket()).not.toBe(a)
    expect(isTicket('kort')).toBe(false)
  })

  it('are asked for under the session', () => {
    expect(ticketPath('abc')).toBe('/api/sessions/abc/tickets')
  })

  it('take the display name by the same rule as the page', () => {
    expect(nameProblem({ name: '  Ann   Peeters ' })).toEqual({ name: 'Ann Peeters' })
    expect(nameProblem({})).toBe('empty')
    expect(nameProblem(null)).toBe('empty')
    expect(nameProblem({ name: '   ' })).toBe('empty')
    expect(nameProblem({ name: 'x'.repeat(41) })).toBe('too-long')
    expect(nameProblem({ name: 'Ann\u0007' })).toBe('control-characters')
  })

  it('turn a refusal into the close code the websocket used to send, and nothing else', () => {
    expect(ticketRefusalCloseCode(404)).toBe(CloseCode.SessionNotFound)
    expect(ticketRefusalCloseCode(403)).toBe(CloseCode.Unauthorized)
    expect(ticketRefusalCloseCode(422)).toBe(CloseCode.InvalidParams)
    expect(ticketRefusalCloseCode(400)).toBe(CloseCode.InvalidParams)
    for (const status of [404, 403, 422, 400, 413, 415]) {
      expect(permanentCloseCodes.has(ticketRefusalCloseCode(status) ?? 0)).toBe(true)
    }
    // Busy, a server fault, a proxy between: a later try may well succeed.
    for (const status of [429, 500, 502, 503]) expect(ticketRefusalCloseCode(status)).toBeNull()
  })
})
