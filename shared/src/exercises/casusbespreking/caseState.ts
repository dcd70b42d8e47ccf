import * as v from 'valibot'

/** The case discussion: who brings the case, and which practice case (if any) is used. */
export const CaseStateSchema = v.object({
  bringerPublicId: v.nullable(v.string()),
  exampleCaseId: v.nullable(v.string()),
})
export type CaseState = v.InferOutput<typeof CaseStateSchema>

/** The key of the case in the control document's `games` map. */
export const CASE_STATE_KEY = 'case'

export const noCase: CaseState = { bringerPublicId: null, exampleCaseId: null }
