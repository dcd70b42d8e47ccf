import { type ControlState, publicParticipantId } from '@reflectiebord/shared'
import { useMemo } from 'react'
import type { Credential } from './sendCommand.ts'

export interface MyRole {
  /** My public id: what others see of me (presence user `user:<publicId>`, `people`). */
  publicId: string
  /** I came with the facilitator link. */
  isFacilitator: boolean
  /** A facilitator gave me facilitator rights during the session. */
  isCoFacilitator: boolean
  /** How I prove my rights to the server; null when I have none. */
  credential: Credential | null
}

/** Who I am in this session, recomputed when control state says my role changed. */
export function useMyRole(
  control: ControlState,
  participantId: string,
  facilitatorKey: string | null,
): MyRole {
  const publicId = useMemo(() => publicParticipantId(participantId), [participantId])
  const isCoFacilitator = control.people.some(
    (person) => person.publicId === publicId && person.coFacilitator,
  )
  return useMemo(() => {
    const credential: Credential | null =
      facilitatorKey !== null || isCoFacilitator ? { participantId, facilitatorKey } : null
    return {
      publicId,
      isFacilitator: facilitatorKey !== null || isCoFacilitator,
      isCoFacilitator,
      credential,
    }
  }, [publicId, facilitatorKey, isCoFacilitator, participantId])
}
