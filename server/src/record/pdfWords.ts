import type { RecordLanguage } from '@reflectiebord/shared'

/** The words only the PDF needs; the record's own come with it, already translated. */
export interface PdfWords {
  page: (page: number) => string
  /** Stands in for a picture that is missing, broken, or over the limit of one PDF. */
  pictureNotShown: (title: string, alt: string) => string
}

export const pdfWords: Readonly<Record<RecordLanguage, PdfWords>> = {
  nl: {
    page: (page) => `pagina ${page}`,
    pictureNotShown: (title, alt) => `${title}: ${alt} (de afbeelding zelf is niet beschikbaar)`,
  },
  en: {
    page: (page) => `page ${page}`,
    pictureNotShown: (title, alt) => `${title}: ${alt} (the picture itself is not available)`,
  },
}
