import { describe, expect, it } from 'vitest'
import { DecodeSlots } from './DecodeSlots.ts'

/** A piece of work that finishes when the test says so. */
function gate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}

describe('DecodeSlots', () => {
  it('runs at most the given number at once, queues a few, and turns away the rest', async () => {
    const slots = new DecodeSlots(2, 1)
    let running = 0
    let most = 0
    const gates = [gate(), gate(), gate()]
    const work = (g: ReturnType<typeof gate>) => async () => {
      running++
      most = Math.max(most, running)
      await g.opened
      running--
      return 'done'
    }
    const first = slots.run(work(gates[0]!))
    const second = slots.run(work(gates[1]!))
    const third = slots.run(work(gates[2]!))
    // Two running and one waiting: the fourth is refused without running.
    expect(await slots.run(async () => 'never')).toBeUndefined()
    for (const g of gates) g.open()
    expect(await Promise.all([first, second, third])).toEqual(['done', 'done', 'done'])
    expect(most).toBe(2)
  })

  it('gives a slot back when the work fails', async () => {
    const slots = new DecodeSlots(1, 0)
    await expect(slots.run(async () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot')
    expect(await slots.run(async () => 'weer vrij')).toBe('weer vrij')
  })
})
