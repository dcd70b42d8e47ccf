import type { ApiFailure } from '../../api/apiClient.ts'

/** Why a vote did not count, in the words the voting strip has for it. */
export type VoteFailure = 'box-closed' | 'not-in-session' | 'session-closed' | 'network' | 'other'

const worded: ReadonlySet<string> = new Set<VoteFailure>([
  'box-closed',
  'not-in-session',
  'session-closed',
])

export function voteFailure(failure: ApiFailure): VoteFailure {
  if (failure.kind === 'network') return 'network'
  if (failure.kind === 'api' && worded.has(failure.code)) return failure.code as VoteFailure
  return 'other'
}
