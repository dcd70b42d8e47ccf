import { type DreamGameState, dromenMetBeelden } from '@reflectiebord/shared'
import { refuse } from '../../control/commandResult.ts'
import { defineServerExercise } from '../ServerExercise.ts'
import { giveSpot } from './dreamSpots.ts'

/**
 * Dromen met beelden on the server: starting it gives everyone present a labelled spot in the
 * zone for personal spots, a late joiner gets one on arrival, and the spotlight points
 * everyone at one person's spot until the phase or the exercise changes.
 */
export const dromenMetBeeldenServer = defineServerExercise({
  module: dromenMetBeelden,
  handlers: {
    'dromen.start': (_command, { activity, slice, control, write }) => {
      if (!activity) {
        return refuse(409, 'wrong-exercise', 'Make Dromen met beelden the active exercise first.')
      }
      let game: DreamGameState =
        slice?.instanceId === activity.instanceId
          ? slice
          : { instanceId: activity.instanceId, order: [], spotlightPublicId: null }
      write((w) => {
        w.setSlice(game)
        for (const person of control.people) if (person.online) game = giveSpot(w, game, person)
      })
      return { ok: true }
    },
    'dromen.spotlight': (command, { slice: game, write }) => {
      if (!game) return refuse(409, 'no-game', 'Start Dromen met beelden first.')
      if (command.publicId !== null && !game.order.includes(command.publicId)) {
        return refuse(404, 'no-spot', 'That person has no spot.')
      }
      write((w) => w.setSlice({ ...game, spotlightPublicId: command.publicId }))
      return { ok: true }
    },
  },
  onSuperseded: ({ slice: game, write }) => {
    if (game?.spotlightPublicId) write((w) => w.setSlice({ ...game, spotlightPublicId: null }))
  },
  // "Everyone looks at X's spot" belongs to the telling; the next step starts without it.
  onPhaseChanged: ({ slice: game, write }) => {
    if (game?.spotlightPublicId) write((w) => w.setSlice({ ...game, spotlightPublicId: null }))
  },
  onPersonJoined: ({ slice: game, write }, person) => {
    if (game) write((w) => giveSpot(w, game, person))
  },
})
