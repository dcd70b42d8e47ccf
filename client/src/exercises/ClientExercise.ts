import type {
  AreaState,
  BoardListItem,
  ControlState,
  ExerciseModule,
  Rect,
} from '@reflectiebord/shared'
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
 * words (`messages.ts`) and CSS in its own folder.
 *
 * What it shows (`ExerciseParts`) is a chunk of its own, fetched only when the exercise is in
 * use (see `exerciseParts.ts`): a participant of a session without it never loads it. What
 * stays here is small and asked for synchronously.
 */
export interface ClientExercise {
  module: ExerciseModule
  /** Fetches its components (a dynamic `import()` of its `parts.ts`); called at most once. */
  loadParts(): Promise<ExerciseParts>
  /**
   * Whether it is in use in this session, beyond the core's rule (its slice exists, a copy of
   * one of its templates is on the board, or it is the activity): its parts are loaded then.
   */
  inUse?(control: ControlState): boolean
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
  /** Its synchronous part of the list view (its components are in `ExerciseParts.list`). */
  list?: ExerciseListRules
}

/** What an exercise shows: the components of its chunk. */
export interface ExerciseParts {
  /**
   * Its part of the facilitator panel, after the session's own sections (phase, timer,
   * follow-me) and before the template list. Decides itself when it has anything to show.
   */
  FacilitatorSection?: ComponentType
  /**
   * What everyone sees of it around the board: a strip above the canvas, in the page flow
   * (never over tldraw's toolbar), and anything it draws on the board through the editor.
   * Rendered while it is in use; it decides itself when it shows.
   */
  BoardLayer?: ComponentType<{ editor: Editor | null }>
  /**
   * What came of one of its copies, on the board under that copy's zones, once another
   * activity is on stage (or none): a `ResultsCard` from `client/src/board/results/`, or null
   * while there is nothing to show. For results that live in session control (revealed votes);
   * work that is already on the board needs no card.
   */
  BoardResults?: ComponentType<{ instanceId: string }>
  /** Its part of the list view (Lijstweergave), the board without the canvas. */
  list?: ExerciseListPart
}

/**
 * What an exercise adds to the list view, for people who do not use the canvas (a screen
 * reader, the keyboard only, a phone). The core lists every zone with what is in it and lets
 * anyone add a note to a zone and edit or delete their own; an exercise adds what only it
 * asks (voting, choosing a picture, clusters). Its components reach the list's services
 * (the editor, announcing, moving the focus) with `useListView()` from `client/src/list/`.
 */
export interface ExerciseListPart {
  /** What it asks of everyone now, at the top of the list. Decides itself when it shows. */
  Now?: ComponentType
  /** After the zones of one of its loaded copies: what came of it so far (votes revealed). */
  Results?: ComponentType<{ instanceId: string }>
  /** After one item: what else can be done with it. Decides itself whether it applies. */
  ItemTools?: ComponentType<{ item: BoardListItem }>
}

/** The list view's questions to an exercise that need an answer at once, without its chunk. */
export interface ExerciseListRules {
  /** Its own word for an item ("Waarom" for a why-note), or null to leave it to the core. */
  itemLabel?(item: BoardListItem, language: Language): string | null
  /**
   * Where in a zone a note added from the list goes when not just anywhere in it (my own
   * column in the analysis step), or null.
   */
  noteRegion?(zone: AreaState, context: { control: ControlState; myPublicId: string }): Rect | null
}
