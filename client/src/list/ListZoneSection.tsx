import { type BoardListZone, getTemplate } from '@reflectiebord/shared'
import { useId } from 'react'
import { pick } from '../control/activeExercise.ts'
import { useControl } from '../control/ControlStoreContext.tsx'
import { useUiStore } from '../state/uiStore.ts'
import { AddNoteForm } from './AddNoteForm.tsx'
import { Heading } from './Heading.tsx'
import { ItemList } from './ListItems.tsx'
import { useListT } from './messages.ts'

/** The DOM id of a zone's heading, so the focus can go there. */
export function zoneHeadingId(zoneKey: string): string {
  return `list-zone-${zoneKey.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

/**
 * One zone: its title as a heading, its instruction, what is in it in reading order, a way to
 * add a note, and the zones inside it (personal spots) one level deeper.
 */
export function ListZoneSection({ zone, level }: { zone: BoardListZone; level: number }) {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const instructionId = useId()
  const { area } = zone
  const title = pick(area.title, language)
  const instruction = pick(area.instruction, language)
  const headingId = zoneHeadingId(area.key)
  // The zone the current phase writes in, as the canvas lights it up.
  const isNow = useControl((control) => {
    const activity = control.activity
    if (activity?.instanceId !== area.instanceId) return false
    return getTemplate(activity.templateId)?.phases[activity.phaseIndex]?.areaId === area.areaId
  })
  return (
    <section
      className={`list-zone${isNow ? ' list-zone--now' : ''}`}
      aria-labelledby={headingId}
      data-testid={`list-zone-${area.areaId}`}
      data-zone-key={area.key}
    >
      <Heading level={level} id={headingId} className="list-zone__title" tabIndex={-1}>
        {title}
        {isNow ? (
          <span className="list-zone__now">
            <span className="visually-hidden">, </span>
            {t('list.zoneNow')}
          </span>
        ) : null}
      </Heading>
      {instruction ? (
        <p id={instructionId} className="list-zone__instruction">
          {instruction}
        </p>
      ) : null}
      {zone.items.length > 0 ? (
        <ItemList
          items={zone.items}
          headingLevel={level + 1}
          zoneTitle={title}
          fallbackFocusId={headingId}
        />
      ) : zone.zones.length === 0 ? (
        <p className="muted list-zone__empty">{t('list.emptyZone')}</p>
      ) : null}
      <AddNoteForm zone={area} />
      {zone.zones.map((inner) => (
        <ListZoneSection key={inner.area.key} zone={inner} level={level + 1} />
      ))}
    </section>
  )
}
