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
  /** The list view (Lijstweergave) is on: remembered in this browser. */
  listView: boolean
  /** With the list view on, the canvas is still shown beside it (not on a phone). */
  listShowsBoard: boolean
  setLanguage(language: Language): void
  setDisplayName(name: string): void
  setConnectionStatus(status: ConnectionStatus): void
  setFacilitatorPanelOpen(open: boolean): void
  setListView(on: boolean): void
  setListShowsBoard(shown: boolean): void
}

const LANGUAGE_KEY = 'language'
const DISPLAY_NAME_KEY = 'displayName'
const LIST_VIEW_KEY = 'listView'
const LIST_SHOWS_BOARD_KEY = 'listShowsBoard'

function initialLanguage(): Language {
  const stored = readStored(LANGUAGE_KEY)
  return isLanguage(stored) ? stored : 'nl'
}

export const useUiStore = create<UiState>()((set) => ({
  language: initialLanguage(),
  displayName: readStored(DISPLAY_NAME_KEY) ?? '',
  connectionStatus: 'connecting',
  facilitatorPanelOpen: false,
  listView: readStored(LIST_VIEW_KEY) === 'on',
  listShowsBoard: readStored(LIST_SHOWS_BOARD_KEY) !== 'off',
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
  setListView(listView) {
    writeStored(LIST_VIEW_KEY, listView ? 'on' : 'off')
    set({ listView })
  },
  setListShowsBoard(listShowsBoard) {
    writeStored(LIST_SHOWS_BOARD_KEY, listShowsBoard ? 'on' : 'off')
    set({ listShowsBoard })
  },
}))
