import { useBringToActivity } from '../useBringToActivity.ts'

/** Brings this person's view to the work whenever it moves; shows nothing itself. */
export function BringToActivity() {
  useBringToActivity()
  return null
}
