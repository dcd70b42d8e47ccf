import { type RefObject, useLayoutEffect, useState } from 'react'

/**
 * Whether a line-clamped element hides part of its text, re-checked when its text or width
 * changes. Only then is a "show all" button worth its place.
 */
export function useIsClamped(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [clamped, setClamped] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when the text changes
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) {
      setClamped(false)
      return
    }
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, text])
  return clamped
}
