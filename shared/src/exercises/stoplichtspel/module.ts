import * as v from 'valibot'
import { command } from '../../control/commandSchema.ts'
import { defineExercise } from '../ExerciseModule.ts'
import {
  MAX_NOTES_PER_STATEMENT,
  MAX_STATEMENTS,
  NOTE_MAX_LENGTH,
  STOPLICHT_GAME_KEY,
  StoplichtGameSchema,
} from './gameState.ts'
import { stoplichtRecord } from './record.ts'
import { StatementIdSchema, StatementSchema, StatementTextSchema } from './statement.ts'
import { stoplichtspelTemplate } from './template.ts'
import { VOTE_COLORS } from './voteColor.ts'

const NoteSchema = v.pipe(
  StatementTextSchema,
  v.check(
    (note) => [...note].length <= NOTE_MAX_LENGTH,
    `must be 1 to ${NOTE_MAX_LENGTH} characters`,
  ),
)

/** Stoplichtspel: statements, hidden red/orange/green votes until the reveal, notes, summary. */
export const stoplichtspel = defineExercise({
  id: 'stoplichtspel',
  title: stoplichtspelTemplate.title,
  templates: [stoplichtspelTemplate],
  commands: {
    'stoplicht.setup': command(
      {
        statements: v.pipe(
          v.array(StatementSchema),
          v.minLength(1, `must be a list of 1 to ${MAX_STATEMENTS} statements`),
          v.maxLength(MAX_STATEMENTS, `must be a list of 1 to ${MAX_STATEMENTS} statements`),
          v.check(
            (statements) => new Set(statements.map((s) => s.id)).size === statements.length,
            'every statement needs its own id',
          ),
        ),
      },
      { statements: 'invalid-statement' },
    ),
    'stoplicht.anonymous': command({ anonymous: v.boolean() }),
    'stoplicht.open': command(
      { statementId: StatementIdSchema },
      { statementId: 'unknown-statement' },
    ),
    'stoplicht.reveal': command({}),
    'stoplicht.notes': command(
      {
        statementId: StatementIdSchema,
        notes: v.pipe(
          v.array(NoteSchema),
          v.maxLength(MAX_NOTES_PER_STATEMENT, `at most ${MAX_NOTES_PER_STATEMENT} notes`),
        ),
      },
      { statementId: 'unknown-statement', notes: 'invalid-note' },
    ),
    'stoplicht.summary': command({ show: v.boolean() }),
  },
  slice: { key: STOPLICHT_GAME_KEY, schema: StoplichtGameSchema },
  sealedKinds: { vote: v.picklist(VOTE_COLORS, 'A vote is "groen", "oranje" or "rood".') },
  record: stoplichtRecord,
})
