import type { TLComponents } from 'tldraw'
import { ResultsOnBoard } from '../results/ResultsOnBoard.tsx'
import { CalmToolbar } from './CalmToolbar.tsx'
import { StylePanelOnRequest } from './StylePanelOnRequest.tsx'

/** Our replacements for parts of tldraw's interface; defined once so tldraw never remounts them. */
export const boardComponents: TLComponents = {
  Toolbar: CalmToolbar,
  StylePanel: StylePanelOnRequest,
  OnTheCanvas: ResultsOnBoard,
}
