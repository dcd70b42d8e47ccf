import { exerciseOfCommand } from '../exercises/registry.ts'
import type { Language } from '../i18n/languages.ts'
import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'
import { useUiStore } from '../state/uiStore.ts'
import type { CommandFailure } from './useCommand.ts'

const coreMessages: Readonly<Record<string, MessageKey>> = {
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
  'unknown-shape': 'commandError.unknown-shape',
  'not-redactable': 'commandError.not-redactable',
  'unknown-record': 'commandError.unknown-record',
  'not-removable': 'commandError.not-removable',
  'wrong-exercise': 'commandError.wrong-exercise',
  network: 'commandError.network',
}

/** The exercise's own words for a code of one of its commands, if it has them. */
function exerciseMessage(failure: CommandFailure, language: Language): string | undefined {
  return exerciseOfCommand(failure.commandType)?.errorMessages?.[language][failure.code]
}

/**
 * A refused command, in words, announced at once: the exercise's own sentence for its
 * commands, else the core's, else one shared sentence for codes without their own.
 */
export function CommandError({ error }: { error: CommandFailure | null }) {
  const t = useT()
  const language = useUiStore((state) => state.language)
  if (!error) return null
  const core = coreMessages[error.code]
  const text = exerciseMessage(error, language) ?? t(core ?? 'commandError.other')
  return (
    <p className="command-error" role="alert" data-testid="command-error" data-code={error.code}>
      <span aria-hidden="true">⚠ </span>
      {t('facilitator.errorPrefix')} {text}
    </p>
  )
}
