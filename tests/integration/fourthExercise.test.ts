import {
  defineServerExercise,
  ReflectiebordServer,
  refuse,
  serverExercises,
} from '@reflectiebord/server'
import {
  BOARD_RECORDS_MAP,
  type BoardRecord,
  boardTexts,
  type CreatedSession,
  command,
  defineExercise,
  type ExerciseTemplate,
  findZone,
  readSlice,
  SessionDocument,
  textsIn,
} from '@reflectiebord/shared'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import { clientDist, makeDataDir, removeDataDir } from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'

// A fourth exercise that exists only here, loaded through the same seam as the real three:
// "Rondje" — the facilitator asks one question, everyone who arrives is greeted, and the
// record lists the question and the answers written in the zone. If the core named an
// exercise anywhere, this one would not work.
const rondjeTemplate: ExerciseTemplate = {
  id: 'rondje',
  title: { nl: 'Rondje', en: 'Round' },
  description: {
    nl: 'Iedereen antwoordt kort op één vraag.',
    en: 'Everyone answers one question.',
  },
  phases: [
    {
      id: 'antwoorden',
      areaId: 'antwoorden',
      title: { nl: 'Antwoorden', en: 'Answers' },
      instruction: { nl: 'Schrijf je antwoord in de zone.', en: 'Write your answer in the zone.' },
      durationMinutes: 5,
    },
  ],
  areas: [
    {
      id: 'antwoorden',
      title: { nl: 'Antwoorden', en: 'Answers' },
      instruction: { nl: 'Eén briefje per persoon.', en: 'One note each.' },
      x: 0,
      y: 0,
      w: 800,
      h: 600,
    },
  ],
}

const RondjeSchema = v.object({
  question: v.nullable(v.string()),
  /** Names of people who arrived while the round was on, in order. */
  greeted: v.array(v.string()),
  /** How often the activity started: the lifecycle hook's own trace. */
  starts: v.number(),
})
type Rondje = v.InferOutput<typeof RondjeSchema>
const fresh: Rondje = { question: null, greeted: [], starts: 0 }

const rondje = defineExercise({
  id: 'rondje',
  title: rondjeTemplate.title,
  templates: [rondjeTemplate],
  commands: {
    'rondje.ask': command(
      { question: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) },
      { question: 'invalid-question' },
    ),
  },
  slice: { key: 'rondje', schema: RondjeSchema },
  record: ({ language, template, instanceId, control, slice, board }) => {
    const zone = findZone(control.areas, instanceId, 'antwoorden')
    const answers = zone ? textsIn(boardTexts(board, '—'), zone) : []
    return {
      exerciseId: 'rondje',
      instanceId,
      title: template.title[language],
      blocks: [
        { kind: 'paragraph', text: slice?.question ?? '' },
        { kind: 'list', items: answers.map((answer) => ({ text: answer.text })) },
      ],
    }
  },
})

const rondjeServer = defineServerExercise({
  module: rondje,
  handlers: {
    'rondje.ask': (cmd, { activity, slice, write }) => {
      if (!activity) return refuse(409, 'wrong-exercise', 'Start the round first.')
      write((w) => w.setSlice({ ...(slice ?? fresh), question: cmd.question }))
      return { ok: true }
    },
  },
  onActivityStarted: ({ slice, write }) =>
    write((w) => w.setSlice({ ...(slice ?? fresh), starts: (slice?.starts ?? 0) + 1 })),
  onPersonJoined: ({ slice, activity, write }, who) => {
    if (slice && activity)
      write((w) => w.setSlice({ ...slice, greeted: [...slice.greeted, who.name] }))
  },
})

describe('an exercise defined only in test code', () => {
  let server: ReflectiebordServer
  let dataDir: string
  let session: CreatedSession
  let pool: ClientPool
  const facilitator = person('Fien')
  const participant = person('Pieter')

  beforeAll(async () => {
    dataDir = makeDataDir()
    server = await ReflectiebordServer.start(
      { host: '127.0.0.1', port: 0, dataDir, clientDist, logLevel: 'silent' },
      { exercises: [...serverExercises, rondjeServer] },
    )
    session = await createSession(server.url)
    facilitator.key = session.facilitatorKey
    pool = new ClientPool(() => ({
      wsUrl: `${server.url.replace('http', 'ws')}/yjs`,
      sessionId: session.id,
    }))
  })

  afterAll(async () => {
    try {
      pool?.closeAll()
      await server?.close()
    } finally {
      removeDataDir(dataDir)
    }
  })

  it('is loaded, commanded, started, told who joined, and written up through the one seam', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)

    // Loading its template makes it the activity: its start hook runs.
    const load = await sendCommand(server.url, session.id, facilitator, {
      type: 'template.load',
      templateId: 'rondje',
      origin: { x: 0, y: 0 },
    })
    expect(load.status).toBe(200)
    await waitFor(() => readSlice(controlOf(watcher), rondje)?.starts === 1, 'the start hook')

    // Its command, checked by its own schema and refused with its own error code.
    const bad = await sendCommand(server.url, session.id, facilitator, {
      type: 'rondje.ask',
      question: '   ',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error?.code).toBe('invalid-question')
    const ask = await sendCommand(server.url, session.id, facilitator, {
      type: 'rondje.ask',
      question: 'Wat nam je mee van vorige keer?',
    })
    expect(ask.status).toBe(200)
    await waitFor(
      () => readSlice(controlOf(watcher), rondje)?.question === 'Wat nam je mee van vorige keer?',
      'the question in its slice',
    )

    // Rights are the core's: a participant cannot send an exercise's command either.
    const board = pool.join(participant)
    await waitForSynced(board)
    const refused = await sendCommand(server.url, session.id, participant, {
      type: 'rondje.ask',
      question: 'Mag ik ook?',
    })
    expect(refused.status).toBe(403)
    await roundTrip(watcher)
    expect(readSlice(controlOf(watcher), rondje)?.question).toBe('Wat nam je mee van vorige keer?')

    // Its join hook saw the participant arrive.
    await waitFor(
      () => readSlice(controlOf(watcher), rondje)?.greeted.includes('Pieter') === true,
      'the join hook',
    )

    // An answer written in its zone ends up in its record section.
    const zone = controlOf(watcher).areas.find((area) => area.templateId === 'rondje')
    expect(zone).toBeDefined()
    if (!zone) return
    board.doc.getMap(BOARD_RECORDS_MAP).set('shape:antwoord1', {
      id: 'shape:antwoord1',
      typeName: 'shape',
      type: 'note',
      parentId: 'page:page',
      x: zone.x + 100,
      y: zone.y + 150,
      rotation: 0,
      props: {
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Meer luisteren' }] }],
        },
      },
      meta: {},
    })
    const facilitatorBoard = pool.join(facilitator)
    await waitFor(
      () => facilitatorBoard.doc.getMap(BOARD_RECORDS_MAP).has('shape:antwoord1'),
      'the answer on the board',
    )
    const control = controlOf(watcher)
    const records = [...facilitatorBoard.doc.getMap<BoardRecord>(BOARD_RECORDS_MAP).values()]
    const template = server.exercises.registry.getTemplate('rondje')
    expect(template?.exercise).toBe('rondje')
    if (!template || !control.activity) return
    const section = rondje.record({
      language: 'nl',
      template,
      instanceId: control.activity.instanceId,
      control,
      slice: readSlice(control, rondje),
      board: records,
    })
    expect(section).toEqual({
      exerciseId: 'rondje',
      instanceId: control.activity.instanceId,
      title: 'Rondje',
      blocks: [
        { kind: 'paragraph', text: 'Wat nam je mee van vorige keer?' },
        { kind: 'list', items: [{ text: 'Meer luisteren' }] },
      ],
    })
  })
})
