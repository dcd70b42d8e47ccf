import { type FormEvent, useState } from 'react'
import { CommandError } from '../../control/CommandError.tsx'
import { dateLocale } from '../../i18n/languages.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { deleteSet, readSavedSets, SET_NAME_MAX_LENGTH, saveSet } from './savedSets.ts'
import { useStatementSetup } from './useStatementSetup.ts'

/** Save the current statements under a name for a next session, and load a saved set. */
export function SavedSets() {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const { statements, apply, command } = useStatementSetup()
  const [sets, setSets] = useState(readSavedSets)
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')

  const onSave = (event: FormEvent) => {
    event.preventDefault()
    if (statements.length === 0) return
    // No name given: the date says which session it came from.
    const chosen =
      name.replace(/\s+/g, ' ').trim().slice(0, SET_NAME_MAX_LENGTH) ||
      t('panel.setNameDefault', {
        date: new Date().toLocaleDateString(dateLocale[language]),
      })
    setSets(saveSet(chosen, statements))
    setName('')
    setMessage(t('panel.setSaved', { name: chosen }))
  }

  const onLoad = (setName: string) => {
    const set = sets.find((s) => s.name === setName)
    if (!set) return
    if (statements.length > 0 && !window.confirm(t('panel.setLoadConfirm', { name: set.name }))) {
      return
    }
    setMessage('')
    void apply(set.statements)
  }

  return (
    <div className="saved-sets">
      <h4 className="statement-list__heading">{t('panel.setsHeading')}</h4>
      <p className="muted panel-section__hint">{t('panel.setsHint')}</p>
      <form className="saved-sets__form" onSubmit={onSave} noValidate>
        <label htmlFor="stoplicht-set-name">{t('panel.setName')}</label>
        <div className="cap-form__row">
          <input
            id="stoplicht-set-name"
            type="text"
            value={name}
            maxLength={SET_NAME_MAX_LENGTH}
            data-testid="stoplicht-set-name"
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="submit"
            className="button button--small"
            data-testid="stoplicht-save-set"
            disabled={statements.length === 0}
          >
            {t('panel.saveSet')}
          </button>
        </div>
      </form>
      <p className="saved-sets__message" role="status">
        {message}
      </p>
      {sets.length === 0 ? (
        <p className="muted panel-section__hint">{t('panel.setsEmpty')}</p>
      ) : (
        <ul className="saved-sets__list" data-testid="stoplicht-saved-sets">
          {sets.map((set) => (
            <li key={set.name} className="saved-sets__item">
              <span className="saved-sets__name">
                {set.name}{' '}
                <span className="muted">
                  ({t('panel.setCount', { count: set.statements.length })})
                </span>
              </span>
              <span className="saved-sets__actions">
                <button
                  type="button"
                  className="button button--small"
                  data-testid="stoplicht-load-set"
                  aria-label={t('panel.setLoadLabel', {
                    name: set.name,
                    count: set.statements.length,
                  })}
                  onClick={() => onLoad(set.name)}
                >
                  {t('panel.setLoad')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('panel.setDeleteLabel', { name: set.name })}
                  onClick={() => setSets(deleteSet(set.name))}
                >
                  {t('panel.setDelete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CommandError error={command.error} />
    </div>
  )
}
