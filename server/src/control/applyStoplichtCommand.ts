import {
  type ControlCommand,
  ControlMaps,
  emptyStoplichtGame,
  roundResultFromReveal,
  STOPLICHT_GAME_KEY,
  type StoplichtGameState,
  voteBoxId,
} from '@reflectiebord/shared'
import type { CommandResult } from './applyCommand.ts'
import type { SealedBoxes } from './SealedBoxes.ts'
import type { SessionControl } from './SessionControl.ts'

export type StoplichtCommand = Extract<ControlCommand, { type: `stoplicht.${string}` }>

export function isStoplichtCommand(command: ControlCommand): command is StoplichtCommand {
  return command.type.startsWith('stoplicht.')
}

const refuse = (
  status: 400 | 404 | 409,
  code: Extract<CommandResult, { ok: false }>['code'],
  message: string,
) => ({ ok: false, status, code, message }) as const

/**
 * The stoplicht game on top of sealed boxes: each voting round is one box of kind `vote`,
 * opened anonymous or not as the game says at that moment; the reveal turns the box's
 * entries into a round result kept in the game, per statement.
 */
export function applyStoplichtCommand(
  command: StoplichtCommand,
  deps: { sessionId: string; control: SessionControl; sealed: SealedBoxes; now: number },
): CommandResult {
  const { sessionId, control, sealed, now } = deps
  const game = control.read(sessionId).stoplicht
  const write = (next: StoplichtGameState) =>
    control.change(sessionId, (doc) =>
      doc.getMap<unknown>(ControlMaps.games).set(STOPLICHT_GAME_KEY, next),
    )

  if (command.type === 'stoplicht.setup') {
    // Editing keeps results, notes and the open round of statements that stay.
    const base = game ?? emptyStoplichtGame([])
    if (
      base.current?.status === 'open' &&
      !command.statements.some((s) => s.id === base.current?.statementId)
    ) {
      return refuse(409, 'round-open', 'Reveal the open round before removing its statement.')
    }
    write({ ...base, statements: command.statements })
    return { ok: true }
  }
  if (!game) return refuse(409, 'no-game', 'Set up the statements first.')

  switch (command.type) {
    case 'stoplicht.anonymous':
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
      write({ ...game, anonymous: command.anonymous })
      return { ok: true }
    case 'stoplicht.open': {
      if (!game.statements.some((s) => s.id === command.statementId)) {
        return refuse(404, 'unknown-statement', 'No such statement in this game.')
      }
      if (game.current?.status === 'open')
        return refuse(409, 'round-open', 'Reveal the open round first.')
      const round = (game.results[command.statementId]?.length ?? 0) + 1
      const boxId = voteBoxId(command.statementId, round)
      const opened = sealed.open(sessionId, boxId, game.anonymous, 'vote')
      if (!opened.ok) return opened
      write({
        ...game,
        // Votes may now be cast anonymously: from here on the game cannot be made named again.
        anonymityLocked: game.anonymityLocked || game.anonymous,
        current: { statementId: command.statementId, round, boxId, status: 'open' },
        showSummary: false,
      })
      return { ok: true }
    }
    case 'stoplicht.reveal': {
      const current = game.current
      if (current?.status !== 'open' || !current)
        return refuse(409, 'no-open-round', 'No round is open.')
      const box = control.read(sessionId).sealed.find((b) => b.id === current.boxId)
      const revealed = sealed.reveal(sessionId, current.boxId)
      if (!revealed.ok) return revealed
      const result = roundResultFromReveal(revealed.entries ?? [], {
        round: current.round,
        anonymous: box?.anonymous ?? game.anonymous,
        revealedAt: now,
      })
      const fresh = control.read(sessionId).stoplicht ?? game
      write({
        ...fresh,
        current: { ...current, status: 'revealed' },
        results: {
          ...fresh.results,
          [current.statementId]: [...(fresh.results[current.statementId] ?? []), result],
        },
      })
      return { ok: true }
    }
    case 'stoplicht.notes':
      if (!game.statements.some((s) => s.id === command.statementId)) {
        return refuse(404, 'unknown-statement', 'No such statement in this game.')
      }
      write({ ...game, notes: { ...game.notes, [command.statementId]: command.notes } })
      return { ok: true }
    case 'stoplicht.summary':
      write({ ...game, showSummary: command.show })
      return { ok: true }
  }
}
