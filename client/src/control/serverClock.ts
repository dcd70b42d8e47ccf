import { type ClockSample, estimateClockOffset } from '@reflectiebord/shared'
import { useEffect, useState } from 'react'

const SAMPLES = 3
const SAMPLE_GAP_MS = 250
/** Clocks drift and laptops sleep: measure again every few minutes. */
const RESAMPLE_EVERY_MS = 5 * 60 * 1000

async function takeSample(): Promise<ClockSample | null> {
  const sentAt = Date.now()
  try {
    const response = await fetch('/api/time', { cache: 'no-store', credentials: 'same-origin' })
    const receivedAt = Date.now()
    if (!response.ok) return null
    const body = (await response.json()) as { now?: unknown }
    return typeof body.now === 'number' ? { sentAt, serverTime: body.now, receivedAt } : null
  } catch {
    return null
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function measureOffset(): Promise<number | undefined> {
  const samples: ClockSample[] = []
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) await wait(SAMPLE_GAP_MS)
    const sample = await takeSample()
    if (sample) samples.push(sample)
  }
  return estimateClockOffset(samples)
}

/**
 * Server time minus local time, in ms. The shared timer counts on the server's clock, so
 * everyone sees the same seconds even when a laptop's clock is minutes off. Until the first
 * measurement (or without a server) it is 0: the local clock is the best guess left.
 */
export function useServerClockOffset(): number {
  const [offset, setOffset] = useState(0)
  useEffect(() => {
    let stopped = false
    const measure = async () => {
      const measured = await measureOffset()
      if (!stopped && measured !== undefined) setOffset(Math.round(measured))
    }
    void measure()
    const interval = setInterval(() => void measure(), RESAMPLE_EVERY_MS)
    return () => {
      stopped = true
      clearInterval(interval)
    }
  }, [])
  return offset
}
