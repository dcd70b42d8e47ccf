import { ReflectiebordServer } from '@reflectiebord/server'
import { defaultStatements, SessionDocument, voteBoxId } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { useCluster } from '../../support/clusterHarness.ts'
import { connectAs, controlOf, person, sendCommand, submitSealed } from '../../support/control.ts'
import { clientDist } from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { waitFor, waitForSynced } from '../../support/stockClient.ts'

const cluster = useCluster()

/**
 * Two nodes in this process, so that a test can slow down one node's database writes: a
 * command is answered once applied and stored right after, and another node must not act on
 * the moment in between as if the command had not happened.
 */
describe('a command answered on one node, its result not stored yet', () => {
  it('a vote on another node waits for the round to be stored instead of finding no round', async () => {
    const config = {
      host: '127.0.0.1',
      port: 0,
      clientDist,
      logLevel: 'silent' as const,
      databaseUrl: cluster.postgres.createDatabase('slow_commit_vote'),
      redisUrl: cluster.redis.url,
    }
    const one = await ReflectiebordServer.start(config)
    const two = await ReflectiebordServer.start(config)
    let release = () => {}
    try {
      const session = await createSession(one.url, 'Stoplichtspel')
      const facilitator = person('Begeleider', session)
      const ann = person('Ann')
      const annControl = connectAs(
        `${two.url.replace('http', 'ws')}/yjs`,
        session.id,
        ann,
        SessionDocument.Control,
      )
      cluster.clients.push(annControl)
      await waitForSynced(annControl)
      await waitFor(
        () =>
          controlOf(annControl).people.some((someone) => someone.name === 'Ann' && someone.online),
        'Ann online',
      )
      const statements = defaultStatements.slice(0, 1).map(({ id, text }) => ({ id, text }))
      const statementId = statements[0]?.id ?? ''
      const command = (body: unknown) => sendCommand(one.url, session.id, facilitator, body)
      expect((await command({ type: 'stoplicht.setup', statements })).status).toBe(200)

      // Node one's writes of session control now wait: its database is slow for a moment.
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      const append = one.store.appendUpdates.bind(one.store)
      one.store.appendUpdates = async (doc, updates) => {
        if (doc.endsWith(`/${SessionDocument.Control}`)) await gate
        return append(doc, updates)
      }
      expect((await command({ type: 'stoplicht.open', statementId })).status).toBe(200)
      const vote = submitSealed(two.url, session.id, voteBoxId(statementId, 1), ann, 'rood')
      // The slow moment ends on its own, whatever the vote did meanwhile.
      setTimeout(() => release(), 300)
      const answer = await vote
      expect(answer.body.error?.code).toBeUndefined()
      expect(answer).toMatchObject({ status: 200, body: { count: 1 } })
    } finally {
      release()
      await Promise.all([one.close(), two.close()])
    }
  }, 60_000)
})
