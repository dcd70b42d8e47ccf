import type { Language } from '../i18n/languages.ts'
import type { TranslationOf } from '../i18n/message.ts'
import { useMessages } from '../i18n/useT.ts'

/**
 * The words of the list view (Lijstweergave), Flemish Dutch first: `list.*` for the view,
 * `item.*` for what is on the board, `change.*` for announcing other people's changes.
 */
const nl = {
  'list.toggle': 'Lijstweergave',
  'list.heading': 'Lijstweergave',
  'list.showBoard': 'Bord ernaast tonen',
  'list.intro':
    'Het hele bord als lijst: eerst wat nu gevraagd wordt, dan elke zone met wat erin staat.',
  'list.loading': 'Het bord wordt geladen…',
  'list.closed':
    'De sessie is gesloten. Je kan alles lezen, maar niets meer toevoegen of wijzigen.',
  'list.now': 'Nu',
  'list.noActivity': 'Er loopt nu geen oefening. De begeleider start er een.',
  'list.phase': 'Fase {number} van {count}: {title}',
  'list.phaseAnnouncement': 'Nu: {exercise}. {phase}',
  'list.emptyBoard':
    'Er staat nog geen oefening op het bord. Zodra de begeleider er een laadt, zie je hier de zones.',
  'list.emptyZone': 'Nog niets in deze zone.',
  'list.zoneNow': 'nu bezig',
  'list.outside': 'Buiten de zones',
  'list.copy': '{title} ({number})',
  'add.open': 'Notitie toevoegen',
  'add.openWhere': 'in {zone}',
  'add.label': 'Nieuwe notitie in {zone}',
  'add.submit': 'Toevoegen',
  'add.cancel': 'Annuleren',
  'add.empty': 'Schrijf eerst iets in de notitie.',
  'add.done': 'Notitie toegevoegd in {zone}.',
  'add.hint': 'Ctrl+Enter bewaart meteen.',
  'item.note': 'Notitie',
  'item.text': 'Tekst',
  'item.picture': 'Beeld',
  'item.frame': 'Kader',
  'item.group': 'Groep',
  'item.shape': 'Tekening',
  'item.noText': 'zonder tekst',
  'item.empty': 'Nog leeg.',
  'item.noAlt': 'zonder beschrijving',
  'item.mine': 'van jou',
  'item.selected': 'geselecteerd op het bord',
  'item.select': 'Toon op het bord',
  'item.selectLabel': 'Toon op het bord: {text}',
  'item.edit': 'Bewerken',
  'item.editLabel': 'Bewerk je notitie: {text}',
  'item.editField': 'Tekst van je notitie',
  'item.save': 'Opslaan',
  'item.cancel': 'Annuleren',
  'item.saved': 'Notitie opgeslagen.',
  'item.delete': 'Verwijderen',
  'item.deleteLabel': 'Verwijder je notitie: {text}',
  'item.deleted': 'Notitie verwijderd uit {zone}.',
  'item.deletedOutside': 'Notitie verwijderd.',
  'change.in': 'in {zone}',
  'change.to': 'naar {zone}',
  'change.from': 'uit {zone}',
  'change.outside': 'buiten de zones',
  'change.added.note': {
    one: '1 nieuwe notitie {where}.',
    other: '{count} nieuwe notities {where}.',
  },
  'change.added.picture': {
    one: '1 nieuw beeld {where}.',
    other: '{count} nieuwe beelden {where}.',
  },
  'change.added.frame': { one: '1 nieuw kader {where}.', other: '{count} nieuwe kaders {where}.' },
  'change.added.other': {
    one: '1 nieuwe tekening {where}.',
    other: '{count} nieuwe tekeningen {where}.',
  },
  'change.edited.note': {
    one: '1 notitie gewijzigd {where}.',
    other: '{count} notities gewijzigd {where}.',
  },
  'change.edited.picture': {
    one: '1 beeld gewijzigd {where}.',
    other: '{count} beelden gewijzigd {where}.',
  },
  'change.edited.frame': {
    one: '1 kader gewijzigd {where}.',
    other: '{count} kaders gewijzigd {where}.',
  },
  'change.edited.other': {
    one: '1 tekening gewijzigd {where}.',
    other: '{count} tekeningen gewijzigd {where}.',
  },
  'change.moved.note': {
    one: '1 notitie verplaatst {where}.',
    other: '{count} notities verplaatst {where}.',
  },
  'change.moved.picture': {
    one: '1 beeld verplaatst {where}.',
    other: '{count} beelden verplaatst {where}.',
  },
  'change.moved.frame': {
    one: '1 kader verplaatst {where}.',
    other: '{count} kaders verplaatst {where}.',
  },
  'change.moved.other': {
    one: '1 tekening verplaatst {where}.',
    other: '{count} tekeningen verplaatst {where}.',
  },
  'change.removed.note': {
    one: '1 notitie verwijderd {where}.',
    other: '{count} notities verwijderd {where}.',
  },
  'change.removed.picture': {
    one: '1 beeld verwijderd {where}.',
    other: '{count} beelden verwijderd {where}.',
  },
  'change.removed.frame': {
    one: '1 kader verwijderd {where}.',
    other: '{count} kaders verwijderd {where}.',
  },
  'change.removed.other': {
    one: '1 tekening verwijderd {where}.',
    other: '{count} tekeningen verwijderd {where}.',
  },
}

export type ListMessageKey = keyof typeof nl

const en: TranslationOf<typeof nl> = {
  'list.toggle': 'List view',
  'list.heading': 'List view',
  'list.showBoard': 'Show the board beside it',
  'list.intro':
    'The whole board as a list: first what is asked now, then every zone with what is in it.',
  'list.loading': 'The board is loading…',
  'list.closed':
    'The session is closed. You can read everything, but no longer add or change anything.',
  'list.now': 'Now',
  'list.noActivity': 'No exercise is running. The facilitator will start one.',
  'list.phase': 'Phase {number} of {count}: {title}',
  'list.phaseAnnouncement': 'Now: {exercise}. {phase}',
  'list.emptyBoard':
    'There is no exercise on the board yet. Once the facilitator loads one, its zones appear here.',
  'list.emptyZone': 'Nothing in this zone yet.',
  'list.zoneNow': 'now',
  'list.outside': 'Outside the zones',
  'list.copy': '{title} ({number})',
  'add.open': 'Add a note',
  'add.openWhere': 'in {zone}',
  'add.label': 'New note in {zone}',
  'add.submit': 'Add',
  'add.cancel': 'Cancel',
  'add.empty': 'Write something in the note first.',
  'add.done': 'Note added in {zone}.',
  'add.hint': 'Ctrl+Enter saves at once.',
  'item.note': 'Note',
  'item.text': 'Text',
  'item.picture': 'Picture',
  'item.frame': 'Frame',
  'item.group': 'Group',
  'item.shape': 'Drawing',
  'item.noText': 'without text',
  'item.empty': 'Empty so far.',
  'item.noAlt': 'without a description',
  'item.mine': 'yours',
  'item.selected': 'selected on the board',
  'item.select': 'Show on the board',
  'item.selectLabel': 'Show on the board: {text}',
  'item.edit': 'Edit',
  'item.editLabel': 'Edit your note: {text}',
  'item.editField': 'Text of your note',
  'item.save': 'Save',
  'item.cancel': 'Cancel',
  'item.saved': 'Note saved.',
  'item.delete': 'Delete',
  'item.deleteLabel': 'Delete your note: {text}',
  'item.deleted': 'Note deleted from {zone}.',
  'item.deletedOutside': 'Note deleted.',
  'change.in': 'in {zone}',
  'change.to': 'to {zone}',
  'change.from': 'from {zone}',
  'change.outside': 'outside the zones',
  'change.added.note': { one: '1 new note {where}.', other: '{count} new notes {where}.' },
  'change.added.picture': { one: '1 new picture {where}.', other: '{count} new pictures {where}.' },
  'change.added.frame': { one: '1 new frame {where}.', other: '{count} new frames {where}.' },
  'change.added.other': { one: '1 new drawing {where}.', other: '{count} new drawings {where}.' },
  'change.edited.note': { one: '1 note changed {where}.', other: '{count} notes changed {where}.' },
  'change.edited.picture': {
    one: '1 picture changed {where}.',
    other: '{count} pictures changed {where}.',
  },
  'change.edited.frame': {
    one: '1 frame changed {where}.',
    other: '{count} frames changed {where}.',
  },
  'change.edited.other': {
    one: '1 drawing changed {where}.',
    other: '{count} drawings changed {where}.',
  },
  'change.moved.note': { one: '1 note moved {where}.', other: '{count} notes moved {where}.' },
  'change.moved.picture': {
    one: '1 picture moved {where}.',
    other: '{count} pictures moved {where}.',
  },
  'change.moved.frame': { one: '1 frame moved {where}.', other: '{count} frames moved {where}.' },
  'change.moved.other': {
    one: '1 drawing moved {where}.',
    other: '{count} drawings moved {where}.',
  },
  'change.removed.note': {
    one: '1 note deleted {where}.',
    other: '{count} notes deleted {where}.',
  },
  'change.removed.picture': {
    one: '1 picture deleted {where}.',
    other: '{count} pictures deleted {where}.',
  },
  'change.removed.frame': {
    one: '1 frame deleted {where}.',
    other: '{count} frames deleted {where}.',
  },
  'change.removed.other': {
    one: '1 drawing deleted {where}.',
    other: '{count} drawings deleted {where}.',
  },
}

export const listMessages: Readonly<Record<Language, TranslationOf<typeof nl>>> = { nl, en }

export type ListTranslate = (
  key: ListMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** The translate function for the list view, in the language of the rest of the UI. */
export function useListT(): ListTranslate {
  return useMessages(listMessages)
}
