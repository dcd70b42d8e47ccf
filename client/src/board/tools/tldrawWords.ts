import type { TLUiOverrides } from 'tldraw'

/**
 * tldraw's own Dutch, corrected where it reads as a machine translation or uses words our
 * users do not ("Invoegen insluiten", "Media uploaden", "Dichtbij" for close, "Snijden" for
 * cut), and named as the guide names things (a note is a "briefje"). English stays tldraw's.
 */
const dutch: Record<string, string> = {
  'tool.select': 'Selecteren',
  'tool.note': 'Briefje',
  'tool.media': 'Afbeelding',
  'tool.draw': 'Pen',
  'tool.highlight': 'Markeerstift',
  'tool.cloud': 'Wolk',
  'tool.check-box': 'Vinkje',
  'tool.laser': 'Laseraanwijzer',
  'action.insert-media': 'Afbeelding of foto invoegen',
  'action.cut': 'Knippen',
  'action.group': 'Groeperen',
  'action.pack': 'Samenschuiven',
  'action.flatten-to-image': 'Omzetten naar afbeelding',
  'action.toggle-snap-mode': 'Altijd uitlijnen aan of uit',
  'action.toggle-snap-mode.menu': 'Altijd uitlijnen',
  'action.toggle-tool-lock': 'Gereedschap vasthouden aan of uit',
  'action.toggle-tool-lock.menu': 'Gereedschap vasthouden',
  'action.toggle-wrap-mode': 'Selecteren door aan te raken aan of uit',
  'action.toggle-wrap-mode.menu': 'Selecteren door aan te raken',
  'action.toggle-edge-scrolling': 'Meeschuiven aan de rand aan of uit',
  'action.toggle-edge-scrolling.menu': 'Meeschuiven aan de rand',
  'a11y.pan-camera': 'Beeld verschuiven',
  'a11y.shrink-shape': 'Vorm verkleinen',
  'context-menu.arrange': 'Schikken',
  'context-menu.edit': 'Bewerken',
  'page-menu.edit-start': 'Bewerken',
  'people-menu.anonymous-user': 'Nieuwe deelnemer',
  'people-menu.leading': 'Volgt mij',
  'people-menu.user': '(jij)',
  'style-panel.dash': 'Lijn',
  'style-panel.fill': 'Vulling',
  'style-panel.size': 'Grootte',
  'style-panel.spline': 'Bocht',
  'toast.close': 'Sluiten',
  'toast.success': 'Gelukt',
  'toast.error.copy-fail.title': 'Kopiëren mislukt',
  'toast.error.export-fail.title': 'Exporteren mislukt',
}

export const tldrawOverrides: TLUiOverrides = {
  translations: { nl: dutch },
  actions(_editor, actions) {
    // Embeds show pages of other hosts: the board makes no request to any other host.
    const { 'insert-embed': _embed, ...kept } = actions
    return kept
  },
}
