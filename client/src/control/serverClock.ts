import { type ClockSample, estimateClockOffset } from '@reflectiebord/shared'
import { useEffect } from 'react'
import { getServerTime } from '../api/apiClient.ts'
import type { ControlStore } from './controlStore.ts'

const SAMPLES = 3
const SAMPLE_GAP_MS = 250
/** Clocks drift and laptops sleep: measure again every few minutes. */
const RESAMPLE_EVERY_MS = 5 * 60 * 1000

async function takeSample(): Promise<ClockSample | null> {
  const sentAt = Date.now()
  const result = await getServerTime()
  const receivedAt = Date.now()
  return result.ok ? { sentAt, serverTime: result.value, receivedAt } : null
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
 * Keeps the store's clock offset (server time minus local time, in ms) measured while the
 * board is open. The shared timer counts on the server's clock, so everyone sees the same
 * seconds even when a laptop's clock is minutes off. Until the first measurement (or without
 * a server) it stays 0: the local clock is the best guess left.
 */
export function useServerClock(store: ControlStore): void {
  useEffect(() => {
    let stopped = false
    const measure = async () => {
      const measured = await measureOffset()
      if (!stopped && measured !== undefined) store.getState().setClockOffset(Math.round(measured))
    }
    void measure()
    const interval = setInterval(() => void measure(), RESAMPLE_EVERY_MS)
    return () => {
      stopped = true
      clearInterval(interval)
    }
  }, [store])
}
