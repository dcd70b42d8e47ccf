import { type PersonState, publicParticipantId } from '@reflectiebord/shared'

/**
 * How this browser proves it may facilitate. The participant id always goes along: the
 * server needs to know who "me" is for follow-me, and it is what a co-facilitator's rights
 * are attached to. The key goes along only for whoever came with the facilitator link.
 */
export interface Credential {
  participantId: string
  facilitatorKey: string | null
}

export interface MyRole {
  /** My public id: what others see of me (presence user `user:<publicId>`, `people`). */
  publicId: string
  /** I may facilitate: I came with the facilitator link, or was given the rights. */
  isFacilitator: boolean
  /** A facilitator gave me facilitator rights during the session. */
  isCoFacilitator: boolean
  /** How I prove my rights to the server; null when I have none. */
  credential: Credential | null
}

export interface Identity {
  participantId: string
  facilitatorKey: string | null
}

/**
 * Who I am in this session, given who is in it. Returns `previous` when nothing about me
 * changed, so everything that reads my role keeps the same object (and does not re-render).
 */
export function myRole(
  { participantId, facilitatorKey }: Identity,
  people: readonly PersonState[],
  previous: MyRole | null = null,
): MyRole {
  const publicId = previous?.publicId ?? publicParticipantId(participantId)
  const isCoFacilitator = people.some(
    (person) => person.publicId === publicId && person.coFacilitator,
  )
  if (previous && previous.isCoFacilitator === isCoFacilitator) return previous
  const isFacilitator = facilitatorKey !== null || isCoFacilitator
  return {
    publicId,
    isFacilitator,
    isCoFacilitator,
    credential: isFacilitator ? { participantId, facilitatorKey } : null,
  }
}
