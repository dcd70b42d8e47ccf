import { create } from 'zustand'
import { readStored, writeStored } from '../../state/storage.ts'

/**
 * How this person likes tldraw's tools: the calm toolbar or all of tldraw's, and the style
 * panel open or folded. Local to the browser and kept across reloads; nobody else sees it.
 */
interface BoardToolPreferences {
  allTools: boolean
  stylePanelOpen: boolean
  setAllTools(allTools: boolean): void
  setStylePanelOpen(open: boolean): void
}

const ALL_TOOLS_KEY = 'allTools'
const STYLE_PANEL_KEY = 'stylePanelOpen'

export const useBoardToolPreferences = create<BoardToolPreferences>()((set) => ({
  allTools: readStored(ALL_TOOLS_KEY) === 'true',
  stylePanelOpen: readStored(STYLE_PANEL_KEY) === 'true',
  setAllTools(allTools) {
    writeStored(ALL_TOOLS_KEY, String(allTools))
    set({ allTools })
  },
  setStylePanelOpen(stylePanelOpen) {
    writeStored(STYLE_PANEL_KEY, String(stylePanelOpen))
    set({ stylePanelOpen })
  },
}))
