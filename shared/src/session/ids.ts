import { digest as sha256 } from 'lib0/hash/sha256'

/**
 * Session ids and facilitator keys are random base64url strings. The session id is the
 * participant's credential (whoever has the participant link may join), so it carries
 * 144 bits of randomness; the facilitator key carries 256.
 */
export const SESSION_ID_BYTES = 18
export const FACILITATOR_KEY_BYTES = 32
export const PARTICIPANT_ID_BYTES = 16

const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/
const FACILITATOR_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/
const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes)
  globalThis.crypto.getRandomValues(buffer)
  return base64url(buffer)
}

/**
 * The participant id is private to its browser: whoever sends it is that person to the
 * server. What others may see (presence, "follow", lists of who is here) is this public id,
 * a one-way hash of it. Synchronous and without WebCrypto, which plain-http LAN pages lack.
 */
export function publicParticipantId(participantId: string): string {
  return base64url(sha256(new TextEncoder().encode(`reflectiebord:public:${participantId}`))).slice(
    0,
    22,
  )
}

export const newSessionId = (): string => randomToken(SESSION_ID_BYTES)
export const newFacilitatorKey = (): string => randomToken(FACILITATOR_KEY_BYTES)
export const newParticipantId = (): string => randomToken(PARTICIPANT_ID_BYTES)

export const isSessionId = (value: string): boolean => SESSION_ID_PATTERN.test(value)
export const isFacilitatorKey = (value: string): boolean => FACILITATOR_KEY_PATTERN.test(value)
export const isParticipantId = (value: string): boolean => PARTICIPANT_ID_PATTERN.test(value)
