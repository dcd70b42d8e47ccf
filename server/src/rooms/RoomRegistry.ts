import type { DocumentBus } from '../cluster/DocumentBus.ts'
import type { Logger } from '../logger.ts'
import type { LoadedDocument, Store } from '../persistence/Store.ts'
import { Room, type WritePolicy } from './Room.ts'

export interface RoomRegistryOptions {
  compactEvery: number
  idleMs: number
  logger: Logger
  /** Told after a room let go of its document (its owner may forget more). */
  onRoomUnloaded?(name: string): void
  /** Told on every change to a room's document (see `RoomOptions.onChanged`). */
  onRoomChanged?(name: string): void
  /** Told when rows another node stored changed a room's document. */
  onRoomChangedElsewhere?(name: string): void
  /** Told when another node deleted the session of a loaded room. */
  onRoomDeletedElsewhere?(name: string): void
  /** With several nodes: how rooms hear of rows the others store. */
  bus?: DocumentBus
}

/**
 * The rooms in memory: loaded on first use, forgotten when they unload. A room is built only
 * once its document is read whole from the store, and a room of a name whose previous room
 * is still writing (an unload, a discard) loads after those writes, so it never misses them.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  /** The last writes of rooms that have let go of their document, by name. */
  private readonly closing = new Map<string, Promise<void>>()
  private readonly store: Store
  private readonly options: RoomRegistryOptions

  constructor(store: Store, options: RoomRegistryOptions) {
    this.store = store
    this.options = options
  }

  get size(): number {
    return this.rooms.size
  }

  /**
   * The room for `name`, loading it from the store if it is not in memory (one load however
   * many ask at once). `acceptsUpdatesFrom` is fixed when the room loads.
   */
  open(name: string, acceptsUpdatesFrom: WritePolicy): Promise<Room> {
    const existing = this.rooms.get(name)
    if (existing && !existing.isUnloaded) return Promise.resolve(existing)
    const underway = this.loading.get(name)
    if (underway) return underway
    const load = this.load(name, acceptsUpdatesFrom).finally(() => this.loading.delete(name))
    this.loading.set(name, load)
    return load
  }

  /** The room of `name` if it is in memory now. */
  get(name: string): Room | undefined {
    const room = this.rooms.get(name)
    return room && !room.isUnloaded ? room : undefined
  }

  all(): Room[] {
    return [...this.rooms.values()]
  }

  /** Settles when every room that let go of its document has finished writing. */
  async settled(): Promise<void> {
    await Promise.all(this.closing.values())
  }

  private async load(name: string, acceptsUpdatesFrom: WritePolicy): Promise<Room> {
    await this.closing.get(name)
    const { bus } = this.options
    // Followed first: whatever another node stores after the load is then on the feed.
    const feed = bus ? await bus.follow(name) : null
    let loaded: LoadedDocument
    try {
      loaded = await this.store.loadUpdates(name)
    } catch (err) {
      feed?.stop()
      throw err
    }
    const room = new Room(name, this.store, loaded, {
      ...this.options,
      ...(bus && feed ? { cluster: { bus, feed } } : {}),
      acceptsUpdatesFrom,
      onUnloaded: (gone, stored) => {
        // A room that failed and was replaced must not remove its successor.
        if (this.rooms.get(gone.name) === gone) this.rooms.delete(gone.name)
        const last = stored.finally(() => {
          if (this.closing.get(gone.name) === last) this.closing.delete(gone.name)
        })
        this.closing.set(gone.name, last)
        this.options.logger.debug('room unloaded', { room: gone.name })
        this.options.onRoomUnloaded?.(gone.name)
      },
      onChanged: (changed) => this.options.onRoomChanged?.(changed.name),
      onChangedElsewhere: (changed) => this.options.onRoomChangedElsewhere?.(changed.name),
      onDeletedElsewhere: (gone) => this.options.onRoomDeletedElsewhere?.(gone.name),
    })
    this.rooms.set(name, room)
    this.options.logger.debug('room loaded', { room: name })
    return room
  }
}
