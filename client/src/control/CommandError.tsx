import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'
import type { CommandFailureCode } from './sendCommand.ts'

const messages: Partial<Record<CommandFailureCode, MessageKey>> = {
  'not-facilitator': 'commandError.not-facilitator',
  'session-closed': 'commandError.session-closed',
  'session-not-found': 'commandError.session-not-found',
  'invalid-duration': 'commandError.invalid-duration',
  'invalid-cap': 'commandError.invalid-cap',
  'invalid-position': 'commandError.invalid-position',
  'unknown-template': 'commandError.unknown-template',
  'unknown-instance': 'commandError.unknown-instance',
  'unknown-person': 'commandError.unknown-person',
  'no-activity': 'commandError.no-activity',
  'phase-out-of-range': 'commandError.phase-out-of-range',
  'no-timer': 'commandError.no-timer',
  'invalid-statement': 'commandError.invalid-statement',
  'unknown-statement': 'commandError.unknown-statement',
  'no-game': 'commandError.no-game',
  'round-open': 'commandError.round-open',
  'no-open-round': 'commandError.no-open-round',
  'anonymity-locked': 'commandError.anonymity-locked',
  'invalid-note': 'commandError.invalid-note',
  'unknown-case': 'commandError.unknown-case',
  'unknown-shape': 'commandError.unknown-shape',
  'not-redactable': 'commandError.not-redactable',
  'wrong-exercise': 'commandError.wrong-exercise',
  'no-spot': 'commandError.no-spot',
  network: 'commandError.network',
}

/** A refused command, in words, announced at once. Codes without their own sentence share one. */
export function CommandError({ code }: { code: CommandFailureCode | null }) {
  const t = useT()
  if (!code) return null
  return (
    <p className="command-error" role="alert" data-testid="command-error" data-code={code}>
      <span aria-hidden="true">⚠ </span>
      {t('facilitator.errorPrefix')} {t(messages[code] ?? 'commandError.other')}
    </p>
  )
}
