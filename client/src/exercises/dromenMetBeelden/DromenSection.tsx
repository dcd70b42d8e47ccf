import { dromenMetBeelden } from '@reflectiebord/shared'
import { useState } from 'react'
import { CommandError } from '../../control/CommandError.tsx'
import { useControl, useEditor, useSlice } from '../../control/ControlStoreContext.tsx'
import { PanelSection } from '../../control/panel/PanelSection.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { DreamResultView } from './DreamResultView.tsx'
import { useDromenT } from './messages.ts'
import { useDream } from './useDream.ts'

/**
 * Dromen met beelden in the facilitator panel: start (a spot for everyone), show and tell
 * (put someone's spot in the spotlight), and the result so far.
 */
export function DromenSection() {
  const t = useDromenT()
  const editor = useEditor()
  const people = useControl((control) => control.people)
  const started = useSlice(dromenMetBeelden) !== null
  const dream = useDream()
  const start = useCommand()
  const spotlight = useCommand()
  const [showResult, setShowResult] = useState(false)
  if (!dream.active && !started) return null
  const game = dream.game
  const nameOf = (publicId: string) =>
    people.find((person) => person.publicId === publicId)?.name ??
    dream.spots.find((spot) => spot.ownerPublicId === publicId)?.title.nl ??
    t('section.unknownPerson')

  return (
    <PanelSection id="dromen" heading={t('section.heading')}>
      <p className="muted panel-section__hint">{t('section.intro')}</p>
      {!dream.active ? (
        <p className="muted panel-section__hint">{t('section.notActive')}</p>
      ) : game ? (
        <p className="panel-section__hint" data-testid="dromen-started">
          <span aria-hidden="true">✓ </span>
          {t('section.started', { count: game.order.length })}
        </p>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            data-testid="dromen-start"
            aria-busy={start.busy}
            onClick={() => void start.run({ type: 'dromen.start' })}
          >
            {t('section.start')}
          </button>
        </div>
      )}
      <CommandError error={start.error} />
      {game && game.order.length > 0 ? (
        <div className="dromen-spotlight">
          <h4 className="dromen-spotlight__heading">{t('section.spotlightHeading')}</h4>
          <p className="muted panel-section__hint">{t('section.spotlightHint')}</p>
          <ul className="dromen-spotlight__list" data-testid="dromen-spotlight-list">
            {game.order.map((publicId) => {
              const shown = game.spotlightPublicId === publicId
              const name = nameOf(publicId)
              return (
                <li key={publicId} className="dromen-spotlight__person">
                  <span className="dromen-spotlight__name">
                    {shown ? <span aria-hidden="true">▶ </span> : null}
                    {name}
                    {shown ? (
                      <span className="dromen-spotlight__shown">
                        {' '}
                        ({t('section.spotlightShown')})
                      </span>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className={`button button--small${shown ? ' button--pressed' : ''}`}
                    aria-pressed={shown}
                    aria-label={t('section.spotlightShowLabel', { name })}
                    data-testid={`dromen-spotlight-${publicId}`}
                    onClick={() => void spotlight.run({ type: 'dromen.spotlight', publicId })}
                  >
                    {t('section.spotlightShow')}
                  </button>
                </li>
              )
            })}
          </ul>
          {game.spotlightPublicId ? (
            <button
              type="button"
              className="button button--small"
              data-testid="dromen-spotlight-stop"
              onClick={() => void spotlight.run({ type: 'dromen.spotlight', publicId: null })}
            >
              {t('section.spotlightStop')}
            </button>
          ) : null}
          <CommandError error={spotlight.error} />
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          aria-expanded={showResult}
          data-testid="dromen-result-toggle"
          onClick={() => setShowResult((open) => !open)}
        >
          {showResult ? t('section.resultHide') : t('section.resultShow')}
        </button>
      </div>
      {showResult ? <DreamResultView editor={editor} /> : null}
    </PanelSection>
  )
}
