import {
  emptyStoplichtGame,
  roundResultFromReveal,
  type StoplichtGameState,
  type stoplichtspel,
  voteBoxId,
} from '@reflectiebord/shared'
import { refuse } from '../../control/commandResult.ts'
import type { CommandHandlers } from '../ServerExercise.ts'

type Handlers = CommandHandlers<StoplichtGameState, (typeof stoplichtspel)['commands']>

/**
 * The stoplicht game on top of sealed boxes: each voting round is one box of kind `vote`,
 * opened anonymous or not as the game says at that moment; the reveal turns the box's
 * entries into a round result kept in the game, per statement.
 */
export const stoplichtHandlers: Handlers = {
  'stoplicht.setup': (command, { slice: game, write }) => {
    // Editing keeps results, notes and the open round of statements that stay.
    const base = game ?? emptyStoplichtGame([])
    if (
      base.current?.status === 'open' &&
      !command.statements.some((s) => s.id === base.current?.statementId)
    ) {
      return refuse(409, 'round-open', 'Reveal the open round before removing its statement.')
    }
    write((w) => w.setSlice({ ...base, statements: command.statements }))
    return { ok: true }
  },
  'stoplicht.anonymous': (command, { slice: game, write }) => {
    if (!game) return noGame()
    if (game.current?.status === 'open') {
      return refuse(409, 'round-open', 'Change anonymity between rounds, not during one.')
    }
    if (!command.anonymous && game.anonymityLocked) {
      return refuse(
        409,
        'anonymity-locked',
        'Votes were cast anonymously in this game; it stays anonymous.',
      )
    }
    write((w) => w.setSlice({ ...game, anonymous: command.anonymous }))
    return { ok: true }
  },
  'stoplicht.open': (command, { slice: game, write, sealed }) => {
    if (!game) return noGame()
    if (!game.statements.some((s) => s.id === command.statementId)) {
      return refuse(404, 'unknown-statement', 'No such statement in this game.')
    }
    if (game.current?.status === 'open')
      return refuse(409, 'round-open', 'Reveal the open round first.')
    const round = (game.results[command.statementId]?.length ?? 0) + 1
    const boxId = voteBoxId(command.statementId, round)
    const opened = sealed.open(boxId, game.anonymous, 'vote')
    if (!opened.ok) return opened
    write((w) =>
      w.setSlice({
        ...game,
        // Votes may now be cast anonymously: from here on the game cannot be made named again.
        anonymityLocked: game.anonymityLocked || game.anonymous,
        current: { statementId: command.statementId, round, boxId, status: 'open' },
        showSummary: false,
      }),
    )
    return { ok: true }
  },
  'stoplicht.reveal': async (_command, { slice: game, write, sealed, now }) => {
    if (!game) return noGame()
    const current = game.current
    if (current?.status !== 'open') return refuse(409, 'no-open-round', 'No round is open.')
    const box = sealed.box(current.boxId)
    const revealed = await sealed.reveal(current.boxId)
    if (!revealed.ok) return revealed
    const result = roundResultFromReveal(revealed.entries ?? [], {
      round: current.round,
      anonymous: box?.anonymous ?? game.anonymous,
      revealedAt: now,
    })
    write((w) =>
      w.setSlice({
        ...game,
        current: { ...current, status: 'revealed' },
        results: {
          ...game.results,
          [current.statementId]: [...(game.results[current.statementId] ?? []), result],
        },
      }),
    )
    return { ok: true }
  },
  'stoplicht.notes': (command, { slice: game, write }) => {
    if (!game) return noGame()
    if (!game.statements.some((s) => s.id === command.statementId)) {
      return refuse(404, 'unknown-statement', 'No such statement in this game.')
    }
    write((w) =>
      w.setSlice({ ...game, notes: { ...game.notes, [command.statementId]: command.notes } }),
    )
    return { ok: true }
  },
  'stoplicht.summary': (command, { slice: game, write }) => {
    if (!game) return noGame()
    write((w) => w.setSlice({ ...game, showSummary: command.show }))
    return { ok: true }
  },
}

const noGame = () => refuse(409, 'no-game', 'Set up the statements first.')
