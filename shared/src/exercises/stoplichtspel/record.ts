import type { RecordBlock, RecordSection } from '../../record/recordSection.ts'
import type { RecordInput } from '../ExerciseModule.ts'
import { type StoplichtGameState, statementText } from './gameState.ts'
import { stoplichtRecordWords } from './recordWords.ts'
import { DISAGREEMENT_THRESHOLD, isPolarised, spreadLevel } from './spread.ts'
import { filterDisagreement, type SummaryRow, summarize } from './summary.ts'
import { VOTE_COLORS, type VoteCue, voteCue } from './voteColor.ts'

const MODULE_ID = 'stoplichtspel'

/**
 * Text stand-ins for the shapes the board draws, so a printed or read-aloud record carries
 * the same cue as the screen: never a colour on its own.
 */
const SHAPE_SYMBOL: Readonly<Record<VoteCue['shape'], string>> = {
  circle: '●',
  triangle: '▲',
  square: '■',
}

/**
 * The stoplichtspel's section: an overview of where the team differed most, then every
 * statement in the order played with its votes per round (counts only, also for named
 * rounds: who chose what stays in the session), how far apart the team ended up, and what
 * the group takes forward.
 */
export function stoplichtRecord(input: RecordInput<StoplichtGameState>): RecordSection {
  const { language, template, slice } = input
  const words = stoplichtRecordWords[language]
  const section = (blocks: RecordBlock[]): RecordSection => ({
    exerciseId: template.exercise ?? MODULE_ID,
    instanceId: input.instanceId,
    title: template.title[language] || template.title.nl,
    blocks,
  })
  if (!slice || slice.statements.length === 0) {
    return section([{ kind: 'paragraph', text: words.notPlayed }])
  }

  const rows = summarize(slice.statements, slice.results, slice.notes, 'as-played')
  const numbers = new Map(rows.map((row, index) => [row.statement.id, index + 1]))
  const title = (row: SummaryRow) =>
    words.statement(numbers.get(row.statement.id) ?? 0, statementText(row.statement.text, language))
  const voted = (row: SummaryRow) => row.latest !== null && row.latest.tally.total > 0

  const blocks: RecordBlock[] = []
  if (rows.some(voted)) {
    const ordered = summarize(slice.statements, slice.results, slice.notes, 'most-disagreement')
    const differing = filterDisagreement(ordered, DISAGREEMENT_THRESHOLD)
    blocks.push({ kind: 'heading', text: words.mostDifference })
    blocks.push(
      differing.length === 0
        ? { kind: 'paragraph', text: words.noDifference }
        : {
            kind: 'list',
            items: differing.map((row) => ({
              text: `${title(row)} (${words.spreadLevel[spreadLevel(row.spread)]})`,
            })),
          },
    )
  }

  const columns = [
    words.round,
    ...VOTE_COLORS.map((color) => {
      const cue = voteCue[color]
      return `${SHAPE_SYMBOL[cue.shape]} ${cue.label[language] || cue.label.nl}`
    }),
    words.total,
  ]
  for (const row of rows) {
    const number = numbers.get(row.statement.id) ?? 0
    blocks.push({ kind: 'heading', text: title(row) })
    if (row.rounds.length === 0) {
      blocks.push({ kind: 'paragraph', text: words.notVoted })
    } else {
      blocks.push({
        kind: 'table',
        caption: words.tableCaption(number),
        columns,
        rows: row.rounds.map(({ round, anonymous, tally }) => [
          words.roundCell(round, anonymous),
          ...VOTE_COLORS.map((color) => String(tally[color])),
          String(tally.total),
        ]),
      })
      blocks.push({
        kind: 'paragraph',
        text:
          row.latest && voted(row)
            ? words.spread(
                words.spreadLevel[spreadLevel(row.spread)],
                isPolarised(row.latest.tally),
              )
            : words.noVotesLastRound,
      })
    }
    if (row.notes.length > 0) {
      blocks.push({ kind: 'paragraph', text: words.notes })
      blocks.push({ kind: 'list', items: row.notes.map((note) => ({ text: note })) })
    }
  }
  return section(blocks)
}
