import { describe, expect, test } from 'vitest'
import { TEMPLATE_GAP } from './areaLayout.ts'
import type { AreaState } from './controlState.ts'
import {
  RESULTS_CARD_GAP,
  RESULTS_CARD_MAX_WIDTH,
  RESULTS_CARD_MIN_WIDTH,
  resultsCardPlace,
} from './resultsPlace.ts'

function area(instanceId: string, id: string, x: number, y: number, w: number, h: number) {
  const text = { nl: id, en: id }
  return {
    key: `${instanceId}:${id}`,
    instanceId,
    templateId: 't',
    areaId: id,
    title: text,
    instruction: text,
    x,
    y,
    w,
    h,
  } satisfies AreaState
}

describe('resultsCardPlace', () => {
  test('under the copy’s zones, from their left edge, as wide as they are', () => {
    const areas = [area('a', 'one', 100, 50, 800, 400), area('a', 'two', 100, 500, 800, 300)]
    expect(resultsCardPlace('a', areas)).toEqual({
      instanceId: 'a',
      x: 100,
      y: 800 + RESULTS_CARD_GAP,
      w: 800,
      h: 0,
    })
  })

  test('never narrower than readable nor wider than a table needs', () => {
    expect(resultsCardPlace('a', [area('a', 'one', 0, 0, 300, 300)])?.w).toBe(
      RESULTS_CARD_MIN_WIDTH,
    )
    expect(
      resultsCardPlace('a', [
        area('a', 'one', 0, 0, 1500, 300),
        area('a', 'two', 1600, 0, 900, 300),
      ])?.w,
    ).toBe(RESULTS_CARD_MAX_WIDTH)
  })

  test('stops short of the next copy on the right', () => {
    const areas = [
      area('a', 'one', 0, 0, 300, 300),
      area('b', 'one', 300 + TEMPLATE_GAP, 0, 600, 300),
    ]
    const card = resultsCardPlace('a', areas)
    expect(card?.w).toBe(300 + TEMPLATE_GAP / 2)
    expect((card?.x ?? 0) + (card?.w ?? 0)).toBeLessThan(300 + TEMPLATE_GAP)
  })

  test('ignores copies to its left and has no place without zones', () => {
    const areas = [area('b', 'one', 0, 0, 600, 300), area('a', 'one', 800, 0, 900, 300)]
    expect(resultsCardPlace('a', areas)?.w).toBe(900)
    expect(resultsCardPlace('c', areas)).toBeNull()
  })
})
