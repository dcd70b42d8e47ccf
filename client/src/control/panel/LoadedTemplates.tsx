import { getTemplate } from '@reflectiebord/shared'
import { useMemo } from 'react'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { loadedInstances, pick } from '../activeExercise.ts'
import { CommandError } from '../CommandError.tsx'
import { useControl, useEditor } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { showAreas } from './templatePlacement.ts'

/** The templates on the board: which one is active, and switching, showing or removing one. */
export function LoadedTemplates() {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const editor = useEditor()
  const areas = useControl((control) => control.areas)
  const activeId = useControl((control) => control.activity?.instanceId ?? null)
  const command = useCommand()
  const instances = useMemo(() => loadedInstances(areas), [areas])

  if (instances.length === 0) {
    return (
      <p className="muted" data-testid="loaded-templates-empty">
        {t('templates.noneLoaded')}
      </p>
    )
  }

  return (
    <div className="loaded-templates">
      <h4 className="loaded-templates__heading">{t('templates.loaded')}</h4>
      <ul className="loaded-templates__list" data-testid="loaded-templates">
        {instances.map((instance) => {
          const template = getTemplate(instance.templateId)
          const base = template ? pick(template.title, language) : instance.templateId
          const title =
            instance.copyNumber > 1
              ? t('templates.copy', { title: base, number: instance.copyNumber })
              : base
          const active = instance.instanceId === activeId
          const instanceAreas = areas.filter((a) => a.instanceId === instance.instanceId)
          return (
            <li
              key={instance.instanceId}
              className={`loaded-templates__item${active ? ' loaded-templates__item--active' : ''}`}
              data-testid={`instance-${instance.instanceId}`}
              data-active={active ? 'true' : 'false'}
            >
              <span className="loaded-templates__title">
                {active ? <span aria-hidden="true">▶ </span> : null}
                {title}
                {active ? (
                  <span className="role-badge role-badge--small">{t('templates.active')}</span>
                ) : null}
              </span>
              <span className="loaded-templates__actions">
                {active ? null : (
                  <button
                    type="button"
                    className="button button--small"
                    data-testid={`instance-select-${instance.instanceId}`}
                    aria-label={t('templates.selectLabel', { title })}
                    onClick={() =>
                      void command.run({ type: 'activity.select', instanceId: instance.instanceId })
                    }
                  >
                    {t('templates.select')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  data-testid={`instance-show-${instance.instanceId}`}
                  aria-label={t('templates.showLabel', { title })}
                  disabled={!editor}
                  onClick={() => editor && showAreas(editor, instanceAreas)}
                >
                  {t('templates.show')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  data-testid={`instance-remove-${instance.instanceId}`}
                  aria-label={t('templates.removeLabel', { title })}
                  onClick={() => {
                    if (!window.confirm(t('templates.removeConfirm', { title }))) return
                    void command.run({ type: 'template.remove', instanceId: instance.instanceId })
                  }}
                >
                  {t('templates.remove')}
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <CommandError error={command.error} />
    </div>
  )
}
