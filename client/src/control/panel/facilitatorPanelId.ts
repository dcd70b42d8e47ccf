/** The panel's element id, for the top bar's toggle (`aria-controls`) without the panel's chunk. */
export const FACILITATOR_PANEL_ID = 'facilitator-panel'
