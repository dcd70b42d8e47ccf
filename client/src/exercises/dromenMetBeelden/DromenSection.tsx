/** The facilitator's controls for Dromen met beelden (filled in by the dromen work). */
export function DromenSection() {
  return null
}
