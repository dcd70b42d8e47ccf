import { describe, expect, it } from 'vitest'
import { emptyStoplichtGame, statementText } from './gameState.ts'

describe('the stoplicht game state', () => {
  it('starts named, unlocked, with nothing open and nothing revealed', () => {
    const game = emptyStoplichtGame([{ id: 's1', text: { nl: 'Stelling', en: 'Statement' } }])
    expect(game).toMatchObject({
      anonymous: false,
      anonymityLocked: false,
      current: null,
      results: {},
    })
  })

  it('shows a statement in the reader language, and Dutch when there is no translation', () => {
    expect(statementText({ nl: 'Ja', en: 'Yes' }, 'en')).toBe('Yes')
    expect(statementText({ nl: 'Ja', en: '' }, 'en')).toBe('Ja')
  })
})
