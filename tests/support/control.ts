import {
  type ControlState,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  newParticipantId,
  PARTICIPANT_ID_HEADER,
  readControlState,
  SessionDocument,
} from '@reflectiebord/shared'
import { connectStockClient, type StockClient } from './stockClient.ts'

/** A person in a test: their private participant id and how they connect. */
export interface TestPerson {
  name: string
  pid: string
  key?: string
}

export function person(name: string, session?: CreatedSession): TestPerson {
  return { name, pid: newParticipantId(), ...(session ? { key: session.facilitatorKey } : {}) }
}

export function connectAs(
  wsUrl: string,
  sessionId: string,
  who: TestPerson,
  document: SessionDocument = SessionDocument.Board,
): StockClient {
  return connectStockClient(
    wsUrl,
    sessionId,
    { name: who.name, pid: who.pid, ...(who.key ? { key: who.key } : {}) },
    document,
  )
}

export function controlOf(client: StockClient): ControlState {
  return readControlState(client.doc)
}

/** Sends a facilitator command the way the page does. */
export async function sendCommand(
  baseUrl: string,
  sessionId: string,
  who: TestPerson,
  command: unknown,
): Promise<{ status: number; body: { ok?: boolean; error?: { code: string; message: string } } }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [PARTICIPANT_ID_HEADER]: who.pid,
  }
  if (who.key) headers[FACILITATOR_KEY_HEADER] = who.key
  const res = await fetch(`${baseUrl}/api/sessions/${sessionId}/control`, {
    method: 'POST',
    headers,
    body: JSON.stringify(command),
  })
  return {
    status: res.status,
    body: (await res.json()) as { ok?: boolean; error?: { code: string; message: string } },
  }
}

export async function submitSealed(
  baseUrl: string,
  sessionId: string,
  boxId: string,
  who: TestPerson,
  value: unknown,
): Promise<{ status: number; body: { ok?: boolean; count?: number; error?: { code: string } } }> {
  const res = await fetch(`${baseUrl}/api/sessions/${sessionId}/sealed/${boxId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PARTICIPANT_ID_HEADER]: who.pid },
    body: JSON.stringify({ value }),
  })
  return {
    status: res.status,
    body: (await res.json()) as { ok?: boolean; count?: number; error?: { code: string } },
  }
}

/**
 * The stock clients one test opened in a session, so that its afterEach can close them all.
 * `target` is read at each join: a test may restart the server on another port.
 */
export class ClientPool {
  private readonly clients: StockClient[] = []
  private readonly target: () => { wsUrl: string; sessionId: string }

  constructor(target: () => { wsUrl: string; sessionId: string }) {
    this.target = target
  }

  join(who: TestPerson, document: SessionDocument = SessionDocument.Board): StockClient {
    const { wsUrl, sessionId } = this.target()
    const client = connectAs(wsUrl, sessionId, who, document)
    this.clients.push(client)
    return client
  }

  closeAll(): void {
    for (const client of this.clients.splice(0)) client.destroy()
  }
}
