import { exerciseTemplates } from '@reflectiebord/shared'
import { useEffect, useState } from 'react'
import { pick } from '../control/activeExercise.ts'
import { CommandError } from '../control/CommandError.tsx'
import { useFacilitation } from '../control/FacilitationContext.tsx'
import { useCommand } from '../control/useCommand.ts'
import { useT } from '../i18n/useT.ts'
import { useUiStore } from '../state/uiStore.ts'
import { LoadedTemplates } from './LoadedTemplates.tsx'
import { PanelSection } from './PanelSection.tsx'
import { showAreas, templateOrigin } from './templatePlacement.ts'

/** The exercise templates, each loadable onto the board, and the ones already there. */
export function TemplatesSection() {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const { control, editor } = useFacilitation()
  const command = useCommand()
  // The copies on the board before my last load: the new one is whichever appears next.
  const [before, setBefore] = useState<ReadonlySet<string> | null>(null)

  useEffect(() => {
    if (!before || !editor) return
    const added = control.areas.filter((area) => !before.has(area.instanceId))
    if (added.length === 0) return
    const instanceId = added[0]?.instanceId
    showAreas(
      editor,
      added.filter((area) => area.instanceId === instanceId),
    )
    setBefore(null)
  }, [before, control.areas, editor])

  const load = async (templateId: string) => {
    if (!editor) return
    const known = new Set(control.areas.map((area) => area.instanceId))
    const ok = await command.run({
      type: 'template.load',
      templateId,
      origin: templateOrigin(editor),
    })
    if (ok) setBefore(known)
  }

  return (
    <PanelSection id="templates" heading={t('templates.heading')}>
      <LoadedTemplates />
      <ul className="template-list">
        {exerciseTemplates.map((template) => {
          const title = pick(template.title, language)
          return (
            <li key={template.id} className="template-list__item">
              <div className="template-list__text">
                <span className="template-list__title">{title}</span>
                <span className="template-list__description">
                  {pick(template.description, language)}
                </span>
              </div>
              <button
                type="button"
                className="button button--small"
                data-testid={`template-load-${template.id}`}
                aria-label={t('templates.loadLabel', { title })}
                disabled={!editor}
                onClick={() => void load(template.id)}
              >
                {t('templates.load')}
              </button>
            </li>
          )
        })}
      </ul>
      <CommandError code={command.error} />
    </PanelSection>
  )
}
