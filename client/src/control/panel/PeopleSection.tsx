import type { PersonState } from '@reflectiebord/shared'
import { useMemo } from 'react'
import { useT } from '../../i18n/useT.ts'
import { CommandError } from '../CommandError.tsx'
import { useControl, useMe } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { CapForm } from './CapForm.tsx'
import { PanelSection } from './PanelSection.tsx'

/** Facilitators first, then who is here, then by name. */
function byPresence(a: PersonState, b: PersonState): number {
  const rank = (p: PersonState) => (p.role === 'facilitator' ? 0 : p.coFacilitator ? 1 : 2)
  return (
    rank(a) - rank(b) || Number(b.online) - Number(a.online) || a.name.localeCompare(b.name, 'nl')
  )
}

/** Who is (or was) in the session, their role, and the co-facilitator switch. */
export function PeopleSection() {
  const t = useT()
  const me = useMe()
  const everyone = useControl((control) => control.people)
  const command = useCommand()
  const people = useMemo(() => [...everyone].sort(byPresence), [everyone])

  return (
    <PanelSection id="people" heading={t('people.heading')}>
      {people.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
      <ul className="people-list" data-testid="people-list">
        {people.map((person) => (
          <li
            key={person.publicId}
            className="people-list__item"
            data-testid={`person-${person.publicId}`}
            data-online={person.online ? 'true' : 'false'}
          >
            <span className="people-list__name">
              {person.name}
              {person.publicId === me.publicId ? ` ${t('people.you')}` : null}
            </span>
            <span
              className={`presence-state presence-state--${person.online ? 'online' : 'offline'}`}
            >
              <span aria-hidden="true">{person.online ? '●' : '○'} </span>
              {person.online ? t('people.online') : t('people.offline')}
            </span>
            <span className="role-badge role-badge--small">
              {person.role === 'facilitator'
                ? t('people.role.facilitator')
                : person.coFacilitator
                  ? t('people.role.coFacilitator')
                  : t('people.role.participant')}
            </span>
            {person.role === 'participant' ? (
              person.coFacilitator ? (
                <button
                  type="button"
                  className="button button--small"
                  data-testid={`revoke-${person.publicId}`}
                  aria-label={t('people.revokeLabel', { name: person.name })}
                  onClick={() =>
                    void command.run({ type: 'role.revoke', publicId: person.publicId })
                  }
                >
                  {t('people.revoke')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  data-testid={`grant-${person.publicId}`}
                  aria-label={t('people.grantLabel', { name: person.name })}
                  onClick={() =>
                    void command.run({ type: 'role.grant', publicId: person.publicId })
                  }
                >
                  {t('people.grant')}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      <CommandError error={command.error} />
      <CapForm />
    </PanelSection>
  )
}
