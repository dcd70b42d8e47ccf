import { createStore, type StoreApi } from 'zustand/vanilla'

/**
 * The board records this page could not show: keys of the board document whose value does
 * not fit tldraw's schema. The binding fills it (see `bindStoreToYDoc.ts`); the facilitator
 * panel reads it to offer removing them. One per open board.
 */
export interface SkippedRecords {
  /** Keys of the records skipped, in the order they were met; empty on a healthy board. */
  ids: readonly string[]
  skip(id: string): void
  /** The record was removed, or replaced by one that fits. */
  forget(id: string): void
}

export type SkippedRecordsStore = StoreApi<SkippedRecords>

export function createSkippedRecords(): SkippedRecordsStore {
  return createStore<SkippedRecords>()((set, get) => ({
    ids: [],
    skip(id) {
      if (!get().ids.includes(id)) set({ ids: [...get().ids, id] })
    },
    forget(id) {
      if (get().ids.includes(id)) set({ ids: get().ids.filter((skipped) => skipped !== id) })
    },
  }))
}
