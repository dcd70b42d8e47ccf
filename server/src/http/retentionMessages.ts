import type { ApiErrorCode, RetentionProblem } from '@reflectiebord/shared'

/** The refusal of a retention period a request asked for, the same wherever it is asked. */
export function retentionRefusal(
  problem: RetentionProblem,
  serverDays: number,
): readonly [status: number, code: ApiErrorCode, message: string] {
  return problem === 'too-long'
    ? [400, 'retention-too-long', `Deze server bewaart sessies hoogstens ${serverDays} dagen.`]
    : [400, 'invalid-retention', 'Geef de bewaartermijn als een aantal dagen, meer dan 0.']
}
