import type { Logger } from '../logger.ts'
import type { SqliteStore } from '../persistence/SqliteStore.ts'
import { Room, type WritePolicy } from './Room.ts'

export interface RoomRegistryOptions {
  compactEvery: number
  idleMs: number
  logger: Logger
  /** Told after a room let go of its document (its owner may forget more). */
  onRoomUnloaded?(name: string): void
  /** Told on every change to a room's document (see `RoomOptions.onChanged`). */
  onRoomChanged?(name: string): void
}

/** The rooms in memory: loaded on first connection, forgotten when they unload. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly store: SqliteStore
  private readonly options: RoomRegistryOptions

  constructor(store: SqliteStore, options: RoomRegistryOptions) {
    this.store = store
    this.options = options
  }

  get size(): number {
    return this.rooms.size
  }

  /**
   * The room for `name`, loading it from the store (synchronously) if it is not in memory.
   * `acceptsUpdatesFrom` is fixed when the room loads.
   */
  open(name: string, acceptsUpdatesFrom: WritePolicy): Room {
    const existing = this.rooms.get(name)
    if (existing && !existing.isUnloaded) return existing
    const room = new Room(name, this.store, {
      ...this.options,
      acceptsUpdatesFrom,
      onUnloaded: (gone) => {
        // A room that failed and was replaced must not remove its successor.
        if (this.rooms.get(gone.name) === gone) this.rooms.delete(gone.name)
        this.options.logger.debug('room unloaded', { room: gone.name })
        this.options.onRoomUnloaded?.(gone.name)
      },
      onChanged: (changed) => this.options.onRoomChanged?.(changed.name),
    })
    this.rooms.set(name, room)
    this.options.logger.debug('room loaded', { room: name })
    return room
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name)
  }

  all(): Room[] {
    return [...this.rooms.values()]
  }
}
