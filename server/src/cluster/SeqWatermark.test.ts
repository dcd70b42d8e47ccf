import { describe, expect, it } from 'vitest'
import { HighWaterMark, SeqWatermark } from './SeqWatermark.ts'

describe('SeqWatermark', () => {
  it('moves up only over rows without a hole below them', () => {
    const rows = new SeqWatermark(4)
    // Another node committed 5 and 6, this node 7; 7 is known first.
    rows.record(7, 7)
    expect(rows.through).toBe(4)
    expect(rows.newest).toBe(7)
    expect(rows.hasGap).toBe(true)
    expect(rows.holds(7, 7)).toBe(true)
    expect(rows.holds(5, 6)).toBe(false)
    rows.record(5, 6)
    expect(rows.through).toBe(7)
    expect(rows.hasGap).toBe(false)
  })

  it('knows rows it has already, also when they come again', () => {
    const rows = new SeqWatermark(0)
    rows.record(1, 3)
    expect(rows.holds(2, 3)).toBe(true)
    rows.record(2, 3)
    expect(rows.through).toBe(3)
    expect(rows.holds(3, 4)).toBe(false)
  })

  it('jumps past rows a catch-up read from the database, holes and all', () => {
    const rows = new SeqWatermark(10)
    rows.record(15, 15)
    rows.record(20, 21)
    // Rows 11 to 18 were compacted into the snapshot 19, which the catch-up read.
    rows.advanceTo(19)
    expect(rows.through).toBe(21)
    expect(rows.hasGap).toBe(false)
    rows.advanceTo(3)
    expect(rows.through).toBe(21)
  })
})

describe('HighWaterMark', () => {
  it('takes the newest stored row as how far memory goes (one node, numbers across documents)', () => {
    const rows = new HighWaterMark(3)
    rows.record(9, 9)
    expect(rows.through).toBe(9)
    expect(rows.hasGap).toBe(false)
    expect(rows.holds(1, 9)).toBe(true)
    rows.record(5, 5)
    expect(rows.through).toBe(9)
  })
})
