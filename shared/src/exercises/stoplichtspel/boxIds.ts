import { isStatementId } from './statement.ts'

/**
 * A sealed box takes one submission per person and cannot be reopened, so every vote round
 * gets its own box, named after the statement and the round. The name must pass the server's
 * id check (`/^[A-Za-z0-9_:-]{1,64}$/`): statement ids carry no colon and at most 48
 * characters, and rounds stay below 1000, which keeps the whole id within 64.
 */
export const MAX_VOTE_ROUND = 999

const PREFIX = 'vote'
// Rounds are written without leading zeros, so each round has exactly one id.
const VOTE_BOX_ID = /^vote:([A-Za-z0-9_-]{1,48}):([1-9][0-9]{0,2})$/

function isRound(round: number): boolean {
  return Number.isInteger(round) && round >= 1 && round <= MAX_VOTE_ROUND
}

/** The box id for a round; throws on ids or rounds our own code should never produce. */
export function voteBoxId(statementId: string, round: number): string {
  if (!isStatementId(statementId)) throw new RangeError(`Not a statement id: ${statementId}`)
  if (!isRound(round)) throw new RangeError(`Not a vote round: ${round}`)
  return `${PREFIX}:${statementId}:${round}`
}

/** The statement and round of a vote box; undefined for any other box. */
export function parseVoteBoxId(id: string): { statementId: string; round: number } | undefined {
  const match = VOTE_BOX_ID.exec(id)
  if (match === null) return undefined
  const [, statementId, round] = match
  if (statementId === undefined || round === undefined) return undefined
  return { statementId, round: Number(round) }
}
