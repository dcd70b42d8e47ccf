import type { BoardListItem } from '@reflectiebord/shared'
import type { Language } from '../../i18n/languages.ts'
import { dromenMessages } from './messages.ts'

/** The list view's item that is a cluster (a named frame with `meta.cluster`). */
export function isClusterItem(item: BoardListItem): boolean {
  return item.kind === 'frame' && item.meta.cluster === true
}

/** A picture placed for Dromen met beelden (`meta.dream`). */
export function isDreamPictureItem(item: BoardListItem): boolean {
  return item.kind === 'picture' && item.meta.dream === true
}

/**
 * How the list view names what Dromen met beelden put on the board: a why-note is "Waarom",
 * a cluster frame "Cluster", a vision note "Visiezin". Anything else is left to the core.
 */
export function dromenItemLabel(item: BoardListItem, language: Language): string | null {
  const words = dromenMessages[language]
  if (item.kind === 'note' && typeof item.meta.whyFor === 'string') return words['list.itemWhy']
  if (item.kind === 'note' && item.meta.vision === true) return words['list.itemVision']
  if (isClusterItem(item)) return words['list.itemCluster']
  return null
}
