import { create } from 'zustand'
import type { ConnectionStatus } from '../board/connectionStatus.ts'
import { isLanguage, type Language } from '../i18n/languages.ts'
import { readStored, writeStored } from './storage.ts'

/**
 * The one zustand store: local UI state only. Everything shared between participants lives
 * in the Yjs document, never here.
 */
export interface UiState {
  language: Language
  /** The name this browser last used on a board; prefills the join form. */
  displayName: string
  connectionStatus: ConnectionStatus
  /** Whether the facilitator panel is open (only ever shown to facilitators). */
  facilitatorPanelOpen: boolean
  setLanguage(language: Language): void
  setDisplayName(name: string): void
  setConnectionStatus(status: ConnectionStatus): void
  setFacilitatorPanelOpen(open: boolean): void
}

const LANGUAGE_KEY = 'language'
const DISPLAY_NAME_KEY = 'displayName'

function initialLanguage(): Language {
  const stored = readStored(LANGUAGE_KEY)
  return isLanguage(stored) ? stored : 'nl'
}

export const useUiStore = create<UiState>()((set) => ({
  language: initialLanguage(),
  displayName: readStored(DISPLAY_NAME_KEY) ?? '',
  connectionStatus: 'connecting',
  facilitatorPanelOpen: false,
  setLanguage(language) {
    writeStored(LANGUAGE_KEY, language)
    set({ language })
  },
  setDisplayName(displayName) {
    writeStored(DISPLAY_NAME_KEY, displayName)
    set({ displayName })
  },
  setConnectionStatus(connectionStatus) {
    set({ connectionStatus })
  },
  setFacilitatorPanelOpen(facilitatorPanelOpen) {
    set({ facilitatorPanelOpen })
  },
}))
