import { isParticipantId, newParticipantId } from '@reflectiebord/shared'
import * as v from 'valibot'
import { readStored, writeStored } from '../state/storage.ts'

const PARTICIPANT_ID_KEY = 'participantId'

// Plain text, not JSON: changing the format would make every returning browser a new person.
const StoredParticipantIdSchema = v.pipe(v.string(), v.check(isParticipantId))

/**
 * The per-browser participant id. It is kept in localStorage so that a reload or a second tab
 * is the same person on the board, not a new one.
 */
export function getParticipantId(): string {
  const stored = v.safeParse(StoredParticipantIdSchema, readStored(PARTICIPANT_ID_KEY))
  if (stored.success) return stored.output
  const created = newParticipantId()
  writeStored(PARTICIPANT_ID_KEY, created)
  return created
}
