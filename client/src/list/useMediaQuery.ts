import { useSyncExternalStore } from 'react'

/** Whether a CSS media query matches now, following changes (a phone turned sideways). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => window.matchMedia(query).matches,
  )
}

/** Narrower than this, the list view takes the canvas's place instead of standing beside it. */
export const NARROW_SCREEN = '(max-width: 760px)'
