/** One round trip to the server: when we asked, what it said, when the answer came. */
export interface ClockSample {
  sentAt: number
  serverTime: number
  receivedAt: number
}

/**
 * Estimates server time minus local time from round trips (the NTP idea): assume the server
 * read its clock half-way through the trip, and trust the sample with the shortest trip most,
 * because it has the least room for error.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number | undefined {
  const valid = samples.filter((s) => s.receivedAt >= s.sentAt && Number.isFinite(s.serverTime))
  if (valid.length === 0) return undefined
  const best = valid.reduce((a, b) => (b.receivedAt - b.sentAt < a.receivedAt - a.sentAt ? b : a))
  return best.serverTime - (best.sentAt + best.receivedAt) / 2
}
