// What PDFKit 0.20 takes that @types/pdfkit 0.17 does not describe yet (see PDFKit's
// lib/table/normalize.js, lib/table/accessibility.js and lib/structure_element.js).
declare global {
  namespace PDFKit.Mixins {
    interface TableOptions {
      /** Tags the table (Table, TR, TH/TD) and adds it to this element. */
      structParent?: PDFKit.PDFStructureElement | PDFKit.PDFDocument
    }
    interface CellStyle {
      /** The cell's font: a registered name and a size. */
      font?: { src?: PDFFontSource; family?: string; size?: number }
    }
    interface CellOptions {
      /** Which cells a header cell is the header of. */
      scope?: 'Row' | 'Column' | 'Both'
    }
    interface StructureElementOptions {
      /** `[left, top, right, bottom]` in PDFKit's coordinates; a Figure should have one. */
      bbox?: [number, number, number, number]
      placement?: 'Block' | 'Inline'
    }
  }
}

export {}
