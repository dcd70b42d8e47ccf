import {
  AssetToolbarItem,
  DefaultToolbar,
  DefaultToolbarContent,
  DrawToolbarItem,
  HandToolbarItem,
  NoteToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  TldrawUiToolbarButton,
} from 'tldraw'
import { useMessages } from '../../i18n/useT.ts'
import { useBoardToolPreferences } from './boardToolPreferences.ts'
import { boardToolMessages } from './messages.ts'

/**
 * The toolbar a first-time participant needs (select, hand, note, text, picture, pen) with
 * one button to all of tldraw's tools and back. Fewer buttons cover less of the board and
 * leave less to wonder about.
 */
export function CalmToolbar() {
  const t = useMessages(boardToolMessages)
  const allTools = useBoardToolPreferences((state) => state.allTools)
  const setAllTools = useBoardToolPreferences((state) => state.setAllTools)
  const label = allTools ? t('fewerTools') : t('allTools')
  // In the full toolbar the way back comes first: tldraw folds the last tools into an
  // overflow menu, and this button must never be folded away.
  const toggle = (
    <TldrawUiToolbarButton
      type="tool"
      title={label}
      data-testid="toolbar-all-tools"
      aria-pressed={allTools}
      onClick={() => setAllTools(!allTools)}
    >
      <span className="calm-toolbar__more" aria-hidden="true">
        {allTools ? '−' : '+'}
      </span>
    </TldrawUiToolbarButton>
  )
  return allTools ? (
    <DefaultToolbar>
      {toggle}
      <DefaultToolbarContent />
    </DefaultToolbar>
  ) : (
    <DefaultToolbar maxItems={7}>
      <SelectToolbarItem />
      <HandToolbarItem />
      <NoteToolbarItem />
      <TextToolbarItem />
      <AssetToolbarItem />
      <DrawToolbarItem />
      {toggle}
    </DefaultToolbar>
  )
}
