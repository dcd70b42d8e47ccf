import type { TranslationOf } from '../../i18n/message.ts'

/** Words of our additions to tldraw's toolbar and style panel. */
const nl = {
  allTools: 'Alle gereedschap tonen',
  fewerTools: 'Minder gereedschap tonen',
  showStyles: 'Kleur en stijl',
  hideStyles: 'Kleur en stijl verbergen',
}

const en: TranslationOf<typeof nl> = {
  allTools: 'Show all tools',
  fewerTools: 'Show fewer tools',
  showStyles: 'Colour and style',
  hideStyles: 'Hide colour and style',
}

export const boardToolMessages = { nl, en } as const
