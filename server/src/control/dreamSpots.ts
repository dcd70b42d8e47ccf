import {
  type AreaState,
  ControlMaps,
  DREAM_GAME_KEY,
  type DreamGameState,
  type ExerciseTemplate,
  PERSONAL_SPOTS_AREA,
  type PersonState,
  personalSpot,
  readControlState,
  spotKey,
} from '@reflectiebord/shared'
import type * as Y from 'yjs'
import type { CommandResult } from './applyCommand.ts'

const SPOT_INSTRUCTION = {
  nl: 'Jouw plek. Zet hier je beelden en schrijf bij elk: waarom dit beeld?',
  en: 'Your spot. Put your pictures here and write for each: why this picture?',
}

/**
 * Starts Dromen met beelden on the active template copy: one labelled spot for every person
 * present, in the zone for personal spots. Runs inside the server's control transaction.
 */
export function startDream(
  doc: Y.Doc,
  findTemplate: (id: string) => ExerciseTemplate | undefined,
): CommandResult {
  const state = readControlState(doc)
  const template = state.activity ? findTemplate(state.activity.templateId) : undefined
  if (!state.activity || template?.exercise !== 'dromen-met-beelden') {
    return {
      ok: false,
      status: 409,
      code: 'wrong-exercise',
      message: 'Make Dromen met beelden the active exercise first.',
    }
  }
  const game: DreamGameState =
    state.dromen?.instanceId === state.activity.instanceId
      ? state.dromen
      : { instanceId: state.activity.instanceId, order: [], spotlightPublicId: null }
  doc.getMap<unknown>(ControlMaps.games).set(DREAM_GAME_KEY, game)
  for (const person of state.people) if (person.online) giveSpot(doc, person)
  return { ok: true }
}

/**
 * Gives `person` a spot in the running dream if they have none yet: a late joiner gets the
 * next free place, and nobody else's spot moves.
 */
export function giveSpot(doc: Y.Doc, person: Pick<PersonState, 'publicId' | 'name'>): void {
  const state = readControlState(doc)
  const game = state.dromen
  if (!game) return
  const zone = state.areas.find(
    (area) => area.instanceId === game.instanceId && area.areaId === PERSONAL_SPOTS_AREA,
  )
  if (!zone) return
  let index = game.order.indexOf(person.publicId)
  if (index === -1) {
    index = game.order.length
    doc
      .getMap<unknown>(ControlMaps.games)
      .set(DREAM_GAME_KEY, { ...game, order: [...game.order, person.publicId] })
  }
  const key = spotKey(game.instanceId, person.publicId)
  const spot: AreaState = {
    key,
    instanceId: game.instanceId,
    templateId: zone.templateId,
    areaId: 'spot',
    title: { nl: person.name, en: person.name },
    instruction: SPOT_INSTRUCTION,
    ...personalSpot(zone, index),
    ownerPublicId: person.publicId,
  }
  doc.getMap<AreaState>(ControlMaps.areas).set(key, spot)
}

export function spotlight(doc: Y.Doc, publicId: string | null): CommandResult {
  const game = readControlState(doc).dromen
  if (!game)
    return { ok: false, status: 409, code: 'no-game', message: 'Start Dromen met beelden first.' }
  if (publicId !== null && !game.order.includes(publicId)) {
    return { ok: false, status: 404, code: 'no-spot', message: 'That person has no spot.' }
  }
  doc
    .getMap<unknown>(ControlMaps.games)
    .set(DREAM_GAME_KEY, { ...game, spotlightPublicId: publicId })
  return { ok: true }
}
