import { type RefObject, useEffect } from 'react'
import { type Editor, react } from 'tldraw'

/**
 * tldraw takes keys from the whole page while its editor counts as focused: Delete on a
 * button in the list would delete the shape selected on the canvas, and "r" would pick the
 * rectangle tool. So the editor lets go when the focus enters the list (or the canvas is
 * hidden), and takes the keys again when someone clicks or tabs into the canvas.
 */
export function useEditorYieldsToList(
  editor: Editor | null,
  list: RefObject<HTMLElement | null>,
  canvasShown: boolean,
): void {
  useEffect(() => {
    if (!editor) return
    const letGo = () => {
      if (!editor.isDisposed && editor.getIsFocused()) editor.blur({ blurContainer: false })
    }
    const takeBack = () => {
      if (!editor.getIsFocused()) editor.focus({ focusContainer: false })
    }
    const element = list.current
    element?.addEventListener('focusin', letGo)
    const container = editor.getContainer()
    container.addEventListener('pointerdown', takeBack)
    container.addEventListener('focusin', takeBack)
    // A hidden canvas never holds the keys, whatever asks it to.
    const stopHidden = canvasShown
      ? () => undefined
      : react('reflectiebord:list-hidden-canvas-unfocused', () => {
          if (editor.getIsFocused()) queueMicrotask(letGo)
        })
    return () => {
      element?.removeEventListener('focusin', letGo)
      container.removeEventListener('pointerdown', takeBack)
      container.removeEventListener('focusin', takeBack)
      stopHidden()
    }
  }, [editor, list, canvasShown])
}
