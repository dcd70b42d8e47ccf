import { type VoteColor, voteColorForKey } from '@reflectiebord/shared'
import { useEffect, useRef } from 'react'

/** Typing somewhere must never cast a vote: inputs, text areas, and tldraw's text editing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    // A checkbox or a button-like input takes no text: shortcuts may still work there.
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  }
  return false
}

/**
 * 1/2/3 and G/O/R choose a colour while a round is open. Listened to on window in the capture
 * phase and stopped there, so tldraw does not also take "r" as its rectangle tool or "o" as
 * its ellipse. Off when no round is open: then those keys are tldraw's again.
 */
export function useVoteShortcuts(active: boolean, onChoose: (color: VoteColor) => void): void {
  const chooseRef = useRef(onChoose)
  chooseRef.current = onChoose

  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
      if (isTyping(event.target) || isTyping(document.activeElement)) return
      // An open dialog (links, confirmations) owns the keyboard.
      if (document.querySelector('dialog[open]')) return
      const color = voteColorForKey(event.key)
      if (!color) return
      event.preventDefault()
      event.stopImmediatePropagation()
      if (!event.repeat) chooseRef.current(color)
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [active])
}
