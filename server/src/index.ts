export { configFromEnv, defaultConfig, type ServerConfig } from './config.ts'
export { refuse } from './control/commandResult.ts'
export { serverExercises } from './exercises/registry.ts'
export {
  type CommandContext,
  defineServerExercise,
  type ExerciseContext,
  type ServerExercise,
} from './exercises/ServerExercise.ts'
export { createLogger, type Logger } from './logger.ts'
export { roomLogTag, sessionLogTag } from './logTag.ts'
export { DatabaseUnavailableError } from './persistence/DatabaseUnavailableError.ts'
export { DatabaseUnreadableError } from './persistence/DatabaseUnreadableError.ts'
export { openStore } from './persistence/openStore.ts'
export { DATABASE_FILE_NAME, SqliteStore } from './persistence/SqliteStore.ts'
export type { Store } from './persistence/Store.ts'
export { MAX_AWARENESS_IDS_PER_PERSON } from './rooms/Room.ts'
export { ReflectiebordServer, type ServerParts } from './Server.ts'
export { type TicketLimits, Tickets } from './sessions/Tickets.ts'
