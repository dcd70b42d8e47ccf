import { CreatedSessionSchema } from '@reflectiebord/shared'
import * as v from 'valibot'
import { lenientArray, readStoredWith, writeStoredJson } from '../state/storage.ts'

/** The sessions this browser created, with their facilitator keys. Never sent anywhere. */
const MY_SESSIONS_KEY = 'mySessions'

const MySessionSchema = v.pick(CreatedSessionSchema, ['id', 'title', 'createdAt', 'facilitatorKey'])
export type MySession = v.InferOutput<typeof MySessionSchema>

const MySessionsSchema = lenientArray(MySessionSchema)

/** Newest first. */
export function readMySessions(): MySession[] {
  return readStoredWith(MY_SESSIONS_KEY, MySessionsSchema, []).sort(
    (a, b) => b.createdAt - a.createdAt,
  )
}

export function addMySession(session: MySession): MySession[] {
  const { id, title, createdAt, facilitatorKey } = session
  const next = [
    { id, title, createdAt, facilitatorKey },
    ...readMySessions().filter((s) => s.id !== id),
  ]
  writeStoredJson(MY_SESSIONS_KEY, next)
  return readMySessions()
}

export function forgetMySession(id: string): MySession[] {
  writeStoredJson(
    MY_SESSIONS_KEY,
    readMySessions().filter((s) => s.id !== id),
  )
  return readMySessions()
}
