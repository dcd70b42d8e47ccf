import { exerciseTemplates } from '@reflectiebord/shared'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { pick } from '../activeExercise.ts'
import { CommandError } from '../CommandError.tsx'
import { useEditor } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { LoadedTemplates } from './LoadedTemplates.tsx'
import { PanelSection } from './PanelSection.tsx'
import { useLoadTemplate } from './useLoadTemplate.ts'

/**
 * The exercise templates, each loadable onto the board, and the ones already there. Headed
 * "Kies een oefening" when nothing runs: then it is the panel's first and obvious step.
 */
export function TemplatesSection({ heading }: { heading?: string }) {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const editor = useEditor()
  const command = useCommand()
  const load = useLoadTemplate(command)

  return (
    <PanelSection id="templates" heading={heading ?? t('templates.heading')}>
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
      <CommandError error={command.error} />
    </PanelSection>
  )
}
