/** The facilitator's controls for a case discussion (filled in by the casusbespreking work). */
export function CasusSection() {
  return null
}
