import {
  type AreaState,
  type DreamGameState,
  PERSONAL_SPOTS_AREA,
  personalSpot,
  spotKey,
} from '@reflectiebord/shared'
import type { ControlWriter, PersonRef } from '../ServerExercise.ts'

const SPOT_INSTRUCTION = {
  nl: 'Jouw plek. Zet hier je beelden en schrijf bij elk: waarom dit beeld?',
  en: 'Your spot. Put your pictures here and write for each: why this picture?',
}

/**
 * Gives `person` a spot in the running dream if they have none yet: a late joiner gets the
 * next free place, and nobody else's spot moves. Returns the game as it is afterwards.
 */
export function giveSpot(
  writer: ControlWriter<DreamGameState>,
  game: DreamGameState,
  person: PersonRef,
): DreamGameState {
  const zone = writer
    .read()
    .areas.find(
      (area) => area.instanceId === game.instanceId && area.areaId === PERSONAL_SPOTS_AREA,
    )
  if (!zone) return game
  let index = game.order.indexOf(person.publicId)
  let next = game
  if (index === -1) {
    index = game.order.length
    next = { ...game, order: [...game.order, person.publicId] }
    writer.setSlice(next)
  }
  const spot: AreaState = {
    key: spotKey(game.instanceId, person.publicId),
    instanceId: game.instanceId,
    templateId: zone.templateId,
    areaId: 'spot',
    title: { nl: person.name, en: person.name },
    instruction: SPOT_INSTRUCTION,
    ...personalSpot(zone, index),
    ownerPublicId: person.publicId,
  }
  writer.putArea(spot)
  return next
}
