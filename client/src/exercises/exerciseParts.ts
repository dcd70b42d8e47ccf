import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useControl } from '../control/ControlStoreContext.tsx'
import type { ClientExercise, ExerciseParts } from './ClientExercise.ts'
import { exercisesInUse } from './exercisesInUse.ts'
import { clientExercises } from './registry.ts'

/**
 * The exercises' parts (their components), fetched once per page as their chunks are needed
 * and kept for the page's life. A chunk that could not be fetched (the server or the network
 * gone) is asked for again when the browser is back online, or when it is wanted again.
 */
const loaded = new Map<string, ExerciseParts>()
const loading = new Map<string, Promise<ExerciseParts>>()
const failed = new Set<string>()
const listeners = new Set<() => void>()
let version = 0

function changed(): void {
  version++
  for (const listener of listeners) listener()
}

/** Fetches an exercise's parts (once); resolves with them, rejects when the chunk failed. */
export function loadExerciseParts(exercise: ClientExercise): Promise<ExerciseParts> {
  const id = exercise.module.id
  const done = loaded.get(id)
  if (done) return Promise.resolve(done)
  let pending = loading.get(id)
  if (!pending) {
    pending = exercise.loadParts().then(
      (parts) => {
        loading.delete(id)
        failed.delete(id)
        loaded.set(id, parts)
        changed()
        return parts
      },
      (error: unknown) => {
        loading.delete(id)
        failed.add(id)
        changed()
        throw error
      },
    )
    loading.set(id, pending)
  }
  return pending
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const readVersion = () => version

export interface LoadedExercise {
  exercise: ClientExercise
  parts: ExerciseParts
}

export interface WantedParts {
  /** The wanted exercises whose parts are here, in the order asked. */
  ready: readonly LoadedExercise[]
  /** Whether a wanted exercise's chunk could not be fetched (it is asked for again). */
  failed: boolean
}

/** Loads the parts of `wanted` and gives those already here. */
export function useExerciseParts(wanted: readonly ClientExercise[]): WantedParts {
  const current = useSyncExternalStore(subscribe, readVersion)
  const key = wanted.map((exercise) => exercise.module.id).join(' ')

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the wanted ones.
  useEffect(() => {
    const fetchAll = () => {
      for (const exercise of wanted) {
        loadExerciseParts(exercise).catch((error: unknown) => {
          console.warn(`reflectiebord: parts of ${exercise.module.id} not loaded`, error)
        })
      }
    }
    fetchAll()
    window.addEventListener('online', fetchAll)
    return () => window.removeEventListener('online', fetchAll)
  }, [key])

  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when a chunk arrives.
  return useMemo(() => {
    const ready: LoadedExercise[] = []
    for (const exercise of wanted) {
      const parts = loaded.get(exercise.module.id)
      if (parts) ready.push({ exercise, parts })
    }
    return { ready, failed: wanted.some((exercise) => failed.has(exercise.module.id)) }
  }, [key, current])
}

/** The parts of the exercises in use in this session (see `exercisesInUse`). */
export function usePartsInUse(): WantedParts {
  const ids = useControl((control) =>
    exercisesInUse(control, clientExercises)
      .map((exercise) => exercise.module.id)
      .join(' '),
  )
  const wanted = useMemo(
    () => clientExercises.filter((exercise) => ids.split(' ').includes(exercise.module.id)),
    [ids],
  )
  return useExerciseParts(wanted)
}

/** The parts of every exercise: the facilitator panel offers to prepare any of them. */
export function useAllParts(): WantedParts {
  return useExerciseParts(clientExercises)
}
