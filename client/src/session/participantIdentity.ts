import { isParticipantId, newParticipantId } from '@reflectiebord/shared'
import { readStored, writeStored } from '../state/storage.ts'

const PARTICIPANT_ID_KEY = 'participantId'

/**
 * The per-browser participant id. It is kept in localStorage so that a reload or a second tab
 * is the same person on the board, not a new one.
 */
export function getParticipantId(): string {
  const stored = readStored(PARTICIPANT_ID_KEY)
  if (stored && isParticipantId(stored)) return stored
  const created = newParticipantId()
  writeStored(PARTICIPANT_ID_KEY, created)
  return created
}
