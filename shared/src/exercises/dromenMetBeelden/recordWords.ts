import type { RecordLanguage } from '../ExerciseModule.ts'

/** Dromen met beelden's words in the session record. */
export interface DromenRecordWords {
  cluster: (name: string) => string
  unnamed: string
  picture: (number: number) => string
  pictureWithoutFile: (title: string, alt: string) => string
  noAlt: string
  why: (text: string) => string
  noWhy: string
  noPictures: string
  vision: string
  noVision: string
  from: (clusters: string) => string
  notLinked: string
  unclustered: string
  nothing: string
}

export const dromenRecordWords: Readonly<Record<RecordLanguage, DromenRecordWords>> = {
  nl: {
    cluster: (name) => `Cluster: ${name}`,
    unnamed: '(cluster zonder naam)',
    picture: (number) => `Beeld ${number}`,
    pictureWithoutFile: (title, alt) => `${title} (niet meer beschikbaar): ${alt}`,
    noAlt: 'beeld zonder beschrijving',
    why: (text) => `Waarom: ${text}`,
    noWhy: '(geen uitleg)',
    noPictures: 'Geen beelden in deze cluster.',
    vision: 'Onze visie',
    noVision: 'Geen visiezinnen.',
    from: (clusters) => `Uit: ${clusters}`,
    notLinked: 'Aan geen cluster gekoppeld.',
    unclustered: 'Beelden buiten een cluster',
    nothing: 'Er staan geen beelden op het bord.',
  },
  en: {
    cluster: (name) => `Cluster: ${name}`,
    unnamed: '(unnamed cluster)',
    picture: (number) => `Image ${number}`,
    pictureWithoutFile: (title, alt) => `${title} (no longer available): ${alt}`,
    noAlt: 'image without description',
    why: (text) => `Why: ${text}`,
    noWhy: '(no explanation)',
    noPictures: 'No images in this cluster.',
    vision: 'Our vision',
    noVision: 'No vision statements.',
    from: (clusters) => `From: ${clusters}`,
    notLinked: 'Not linked to any cluster.',
    unclustered: 'Images outside a cluster',
    nothing: 'There are no images on the board.',
  },
}
