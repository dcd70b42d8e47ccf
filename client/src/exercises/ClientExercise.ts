import type { ExerciseModule } from '@reflectiebord/shared'
import type { ComponentType } from 'react'
import type { Editor } from 'tldraw'
import type { Language } from '../i18n/languages.ts'

/** Sentences for command error codes, by language: `{ nl: { 'round-open': '…' }, en: … }`. */
export type ErrorMessages = Readonly<Record<Language, Readonly<Record<string, string>>>>

/** What an exercise adds to the test hook: named read-outs, for end-to-end tests only. */
export interface ExerciseTestHookContext {
  sessionId: string
}

/**
 * One exercise, the page half: the shared module (templates, commands, its control slice)
 * and what it shows. The core (board, panel, banners, test hook, command errors) knows
 * exercises only through this contract and `registry.ts`; an exercise keeps its components,
 * words (`messages.ts`) and CSS in its own folder, and its module file imports that CSS.
 */
export interface ClientExercise {
  module: ExerciseModule
  /**
   * Its part of the facilitator panel, after the session's own sections (phase, timer,
   * follow-me) and before the template list. Decides itself when it has anything to show.
   */
  FacilitatorSection?: ComponentType
  /**
   * What everyone sees of it around the board: a strip above the canvas, in the page flow
   * (never over tldraw's toolbar), and anything it draws on the board through the editor.
   * Rendered for the whole session; it decides itself when it shows.
   */
  BoardLayer?: ComponentType<{ editor: Editor | null }>
  /**
   * Why the server refused one of its commands, by error code, after "Dat lukte niet:". Looked
   * up first for its own commands, so it may also word a core code (`wrong-exercise`) its way.
   */
  errorMessages?: ErrorMessages
  /**
   * Functions it adds to `window.__reflectiebord` for end-to-end tests, reading only what this
   * browser knows (say, what this tab submitted). Never needed by the page itself.
   */
  testHook?(context: ExerciseTestHookContext): Readonly<Record<string, unknown>>
}
