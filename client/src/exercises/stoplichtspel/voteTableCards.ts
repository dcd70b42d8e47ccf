import { type RoundResult, VOTE_COLORS, type VoteColor } from '@reflectiebord/shared'

export interface TableCard {
  color: VoteColor
  /** Null in an anonymous round, or for a vote that came without a name. */
  name: string | null
}

/**
 * The faces of the cards on the table after the reveal, grouped by colour (groen first),
 * names in the order the result gives them. Never in submission order: that could tell who
 * voted last. The number of cards is the tally, so it matches the face-down count.
 */
export function tableCards(result: RoundResult): TableCard[] {
  const cards: TableCard[] = []
  for (const color of VOTE_COLORS) {
    const names = (result.voters ?? []).filter((v) => v.color === color).map((v) => v.name)
    for (let i = 0; i < result.tally[color]; i++) cards.push({ color, name: names[i] ?? null })
  }
  return cards
}
