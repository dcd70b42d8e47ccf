import { CloseCode, permanentCloseCodes } from '@reflectiebord/shared'

/** The session has reached its participant cap; the facilitator can raise it. */
export const SESSION_FULL_CLOSE_CODE: number = CloseCode.SessionFull

/** Close codes after which reconnecting cannot help: stop and explain on a page. */
export function isPermanentRefusal(code: number): boolean {
  return permanentCloseCodes.has(code)
}
