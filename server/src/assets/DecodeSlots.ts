/**
 * A bound on how many pictures are decoded at once, and how many may wait. Decoding a photo
 * takes a core and tens of megabytes for a moment; twenty people uploading at the same time
 * must not take the server's memory or the others' sync with them. Past the queue, an upload
 * is turned away at once (and the page can try again) rather than piling up.
 */
export class DecodeSlots {
  private readonly running: number
  private readonly waitingLimit: number
  private active = 0
  private readonly queue: Array<() => void> = []

  constructor(running: number, waitingLimit: number) {
    this.running = running
    this.waitingLimit = waitingLimit
  }

  /** Runs `work` in a free slot; undefined, without running it, when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.active >= this.running) {
      if (this.queue.length >= this.waitingLimit) return undefined
      await new Promise<void>((resolve) => this.queue.push(resolve))
    } else {
      this.active++
    }
    try {
      return await work()
    } finally {
      // Hand the slot straight to the next in line, or give it back.
      const next = this.queue.shift()
      if (next) next()
      else this.active--
    }
  }
}
