import { createServer, type Server as HttpServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { CloseCode, roomName, SessionDocument } from '@reflectiebord/shared'
import { type WebSocket, WebSocketServer } from 'ws'
import { DecodeSlots } from './assets/DecodeSlots.ts'
import type { Cluster } from './cluster/Cluster.ts'
import { defaultConfig, type ServerConfig } from './config.ts'
import { ControlService } from './control/ControlService.ts'
import { ExerciseHost } from './exercises/ExerciseHost.ts'
import { serverExercises } from './exercises/registry.ts'
import type { ServerExercise } from './exercises/ServerExercise.ts'
import { createRequestHandler } from './http/router.ts'
import { StaticFiles } from './http/staticFiles.ts'
import { createLogger, type Logger } from './logger.ts'
import { openStore } from './persistence/openStore.ts'
import type { Store } from './persistence/Store.ts'
import type { Connection } from './rooms/Connection.ts'
import type { Room } from './rooms/Room.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import {
  deleteSession,
  forgetDeletedSession,
  type SessionDeletionDeps,
} from './sessions/deleteSession.ts'
import { LiveSessions } from './sessions/LiveSessions.ts'
import { RetentionSweeper } from './sessions/RetentionSweeper.ts'
import type { Session } from './sessions/Session.ts'
import { SessionActivity } from './sessions/SessionActivity.ts'
import { SessionRegistry } from './sessions/SessionRegistry.ts'
import { type TicketBook, Tickets } from './sessions/Tickets.ts'

/** Room names are `<sessionId>/<document>`. */
function sessionOfRoom(name: string): string {
  return name.slice(0, name.indexOf('/'))
}

/** What a server is made of besides its configuration; tests add an exercise of their own. */
export interface ServerParts {
  logger?: Logger
  exercises?: readonly ServerExercise[]
  /** Connection tickets; tests bring their own to move its clock instead of waiting. */
  tickets?: TicketBook
}

import { admitConnection } from './websocket/admitConnection.ts'
import { attachConnection } from './websocket/attachConnection.ts'
import { type EarlyFrame, EarlyMessages } from './websocket/EarlyMessages.ts'
import { parseRoomAddress, type RoomAddress } from './websocket/roomAddress.ts'

/**
 * One process, one port: the JSON API, the built client and the y-websocket rooms.
 * Everything it needs comes in through its config, so tests can run several side by side.
 */
export class ReflectiebordServer {
  readonly config: ServerConfig
  readonly logger: Logger
  readonly store: Store
  readonly sessions: SessionRegistry
  readonly rooms: RoomRegistry
  readonly live: LiveSessions
  readonly exercises: ExerciseHost
  /** Single-use connection tickets: credentials travel in headers, never in a websocket URL. */
  readonly tickets: TicketBook
  /** With several nodes (`REDIS_URL`): what this node shares with the others; else null. */
  readonly cluster: Cluster | null
  /** Each session's last activity and time together; what retention counts from. */
  readonly activity: SessionActivity
  /** Deletes expired sessions, the way the delete button does. */
  readonly sweeper: RetentionSweeper
  private readonly http: HttpServer
  private readonly wss: WebSocketServer
  private readonly connections = new Set<Connection>()
  /** What deleting a session here, or hearing it was deleted elsewhere, needs. */
  private readonly deletion: SessionDeletionDeps
  /** Departures being written to session control (see `accept`). */
  private readonly departures = new Set<Promise<void>>()
  private pingTimer: NodeJS.Timeout | undefined
  /** With several nodes: brings each session's presence in line with the directory. */
  private presenceTimer: NodeJS.Timeout | undefined

  private constructor(
    config: ServerConfig,
    store: Store,
    logger: Logger,
    exercises: readonly ServerExercise[],
    tickets: TicketBook,
    cluster: Cluster | null,
  ) {
    this.config = config
    this.logger = logger
    this.tickets = tickets
    this.cluster = cluster
    this.exercises = new ExerciseHost(exercises, logger)
    this.store = store
    this.sessions = new SessionRegistry(this.store)
    this.activity = new SessionActivity(this.store, logger)
    this.rooms = new RoomRegistry(this.store, {
      compactEvery: config.compactEvery,
      idleMs: config.roomIdleMs,
      logger,
      onRoomUnloaded: (name) => {
        void this.activity.save(sessionOfRoom(name))
        this.live.release(sessionOfRoom(name))
      },
      onRoomChanged: (name) => this.activity.touch(sessionOfRoom(name)),
      onRoomDeletedElsewhere: (name) => {
        const sessionId = sessionOfRoom(name)
        forgetDeletedSession(this.deletion, sessionId).catch((err: unknown) =>
          logger.error('forgetting a session deleted elsewhere failed', {
            session: sessionId,
            error: String(err),
          }),
        )
      },
      onRoomChangedElsewhere: (name) => {
        const sessionId = sessionOfRoom(name)
        if (name === roomName(sessionId, SessionDocument.Control)) {
          this.live.peek(sessionId)?.controlChangedElsewhere()
        }
      },
      ...(cluster ? { bus: cluster.bus } : {}),
    })
    this.live = new LiveSessions(
      {
        rooms: this.rooms,
        store: this.store,
        sealedKind: (kind) => this.exercises.registry.sealedKind(kind),
        ...(cluster ? { presence: cluster.presence } : {}),
        onPresence: (session, person, online) => {
          this.activity.peopleOnline(session.id, session.presence.peopleOnline())
          this.exercises.presenceChanged(session, person, online)
        },
      },
      async (sessionId) => (await this.sessions.get(sessionId)) !== undefined,
    )
    const assets = this.store
    // The delete button and the retention sweep delete the same way, through this.
    this.deletion = {
      store: this.store,
      live: this.live,
      activity: this.activity,
      logger,
      ...(cluster
        ? {
            forgetShared: (id: string) => cluster.forgetSession(id),
            withdrawPresence: (id: string) => cluster.presence.withdraw(id),
          }
        : {}),
    }
    const removeSession = (sessionId: string) => deleteSession(this.deletion, sessionId)
    this.sweeper = new RetentionSweeper({
      store: this.store,
      activity: this.activity,
      serverDays: config.retentionDays,
      remove: removeSession,
      logger,
    })
    const service = new ControlService({
      live: this.live,
      sessions: this.sessions,
      exercises: this.exercises,
      logger,
      store: this.store,
    })
    this.http = createServer(
      {
        // Slow clients (a trickle of headers or body) are closed instead of holding sockets.
        headersTimeout: config.headersTimeoutMs,
        requestTimeout: config.requestTimeoutMs,
        connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
      },
      createRequestHandler({
        sessions: this.sessions,
        files: new StaticFiles(config.clientDist, config.tldrawLicenseKey),
        control: { service, live: this.live, sessions: this.sessions },
        assets: {
          assets,
          sessions: this.sessions,
          live: this.live,
          maxUploadBytes: config.maxUploadBytes,
          // Two photos decode at once on a small server; a short queue absorbs a burst.
          decodeSlots: new DecodeSlots(2, 8),
          logger,
        },
        tickets: { sessions: this.sessions, tickets: this.tickets },
        record: {
          sessions: this.sessions,
          live: this.live,
          service,
          exercises: this.exercises.registry,
          activity: this.activity,
          serverDays: config.retentionDays,
          clientDist: config.clientDist,
          assets,
          // One PDF at a time on a small server; a few wait, the rest are asked to come back.
          pdfSlots: new DecodeSlots(1, 4),
          logger,
        },
        retention: {
          sessions: this.sessions,
          activity: this.activity,
          serverDays: config.retentionDays,
        },
        removeSession,
        logger,
      }),
    )
    // No permessage-deflate: it would let a small frame inflate past the size limit.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.maxMessageBytes,
      perMessageDeflate: false,
    })
    this.http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head))
  }

  /**
   * Opens the database (refusing an unreadable one), deletes the sessions that expired while
   * the server was down, and starts listening.
   */
  static async start(
    overrides: Partial<ServerConfig> = {},
    parts: ServerParts = {},
  ): Promise<ReflectiebordServer> {
    const config = { ...defaultConfig, ...overrides }
    const logger = parts.logger ?? createLogger(config.logLevel)
    const store = await openStore(config)
    let cluster: Cluster | null = null
    try {
      // Loaded only for several nodes: one node does not carry the Redis client's memory.
      cluster = config.redisUrl
        ? await (await import('./cluster/Cluster.ts')).Cluster.join(
            config.redisUrl,
            logger,
            config.presenceTimeoutMs,
          )
        : null
    } catch (err) {
      await store.close()
      throw err
    }
    const server = new ReflectiebordServer(
      config,
      store,
      logger,
      parts.exercises ?? serverExercises,
      parts.tickets ?? cluster?.tickets ?? new Tickets(),
      cluster,
    )
    await server.sweeper.start(config.retentionSweepMs)
    await server.listen()
    return server
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port
  }

  get url(): string {
    const host = this.config.host.includes(':') ? `[${this.config.host}]` : this.config.host
    return `http://${host}:${this.port}`
  }

  /** Stores everything queued, compacts every open room and closes, in that order. */
  async close(): Promise<void> {
    clearInterval(this.pingTimer)
    clearInterval(this.presenceTimer)
    await this.sweeper.stop()
    await Promise.all(
      this.rooms.all().map(async (room) => {
        await room.closeAll(CloseCode.GoingAway, 'server shutting down')
        await room.unload()
      }),
    )
    await this.rooms.settled()
    for (const conn of this.connections) conn.socket.terminate()
    await new Promise<void>((resolve) => this.wss.close(() => resolve()))
    this.http.closeAllConnections()
    await new Promise<void>((resolve) => this.http.close(() => resolve()))
    // Closed connections write their departure to session control, which may load it again.
    await Promise.all(this.departures)
    await Promise.all(this.rooms.all().map((room) => room.unload()))
    await this.rooms.settled()
    await this.activity.saveAll()
    await this.cluster?.close()
    await this.store.close()
  }

  private async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off('error', reject)
        resolve()
      })
    })
    this.pingTimer = setInterval(() => this.pingAll(), this.config.pingIntervalMs)
    this.pingTimer.unref()
    if (this.cluster) {
      const every = Math.max(1_000, Math.floor(this.config.presenceTimeoutMs / 3))
      this.presenceTimer = setInterval(() => this.sweepPresence(), every)
      this.presenceTimer.unref()
    }
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const result = parseRoomAddress(req.url)
    if (result.kind === 'not-ours') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    socket.on('error', (err) => this.logger.info('upgrade socket error', { error: err.message }))
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // Refusals go through the websocket so the browser can read the code; HTTP statuses
      // on a failed upgrade are invisible to page scripts.
      if (result.kind === 'unknown-room') {
        ws.close(CloseCode.SessionNotFound, 'session not found')
        return
      }
      const early = new EarlyMessages(ws)
      const name = roomName(result.address.sessionId, result.address.document)
      this.admit(ws, socket, result.address, early).catch((err: unknown) => {
        early.release()
        this.logger.error('loading a room failed', { room: name, error: String(err) })
        ws.close(CloseCode.InternalError, 'could not load the document')
      })
    })
  }

  private async admit(
    ws: WebSocket,
    transport: Duplex,
    address: RoomAddress,
    early: EarlyMessages,
  ): Promise<void> {
    const admission = await admitConnection(address, this.sessions, this.tickets)
    if (!admission.ok) {
      early.release()
      ws.close(admission.code, admission.reason)
      return
    }
    const session = await this.live.get(address.sessionId)
    if (!session) {
      early.release()
      ws.close(CloseCode.SessionNotFound, 'session not found')
      return
    }
    await session.hold(async () => {
      const room =
        address.document === SessionDocument.Control
          ? session.controlRoom()
          : await session.boardRoom()
      // Gone while the room loaded: nobody to greet, and no close to wait for.
      if (ws.readyState !== ws.OPEN) {
        early.release()
        return
      }
      if (this.isFull(session, admission.identity)) {
        early.release()
        ws.close(CloseCode.SessionFull, 'session full')
        return
      }
      this.accept(ws, transport, session, room, admission.identity, early.release())
    })
  }

  private accept(
    ws: WebSocket,
    transport: Duplex,
    session: Session,
    room: Room,
    identity: Connection['identity'],
    early: EarlyFrame[],
  ): void {
    const conn = attachConnection(
      ws,
      room,
      identity,
      { maxBufferedBytes: this.config.maxBufferedBytes, logger: this.logger, transport },
      early,
    )
    this.connections.add(conn)
    this.logger.debug('connection opened', { room: room.name })
    // Session control stays in memory while anyone is connected to the session, whichever
    // document they are on: presence is written there when they leave.
    const release = session.controlRoom().hold()
    session.presence.join(identity).catch((err: unknown) =>
      // The presence sweep writes it once the directory answers again.
      this.logger.warn('storing an arrival failed', { session: session.id, error: String(err) }),
    )
    ws.on('close', () => {
      this.connections.delete(conn)
      // A deleted session's connections close afterwards: nothing may write it back.
      const departure = this.sessions
        .get(session.id)
        .then(async (row) => {
          if (row) await session.hold(() => session.presence.leave(identity))
          else await session.presence.forget(identity, { deleted: true })
        })
        .catch(async (err: unknown) => {
          this.logger.error('storing a departure failed', {
            session: session.id,
            error: String(err),
          })
          // Whatever failed, the connection is gone: it must not stay counted as present.
          await session.presence.forget(identity).catch(() => {})
        })
        .finally(release)
      this.departures.add(departure)
      void departure.finally(() => this.departures.delete(departure))
    })
  }

  /**
   * The cap counts people, not sockets: someone already present (another tab, the control
   * socket) always gets in, and so does anyone with the facilitator key.
   */
  private isFull(session: Session, identity: Connection['identity']): boolean {
    if (identity.role === 'facilitator' || session.presence.isOnline(identity.publicId))
      return false
    return session.presence.participantsOnline() >= session.read().settings.cap
  }

  /**
   * With several nodes: every session whose control is in memory here is checked against the
   * presence directory (a node that died leaves people who are no longer there).
   */
  private sweepPresence(): void {
    for (const session of this.live.loaded()) {
      void session
        .hold(() => session.presence.sweep())
        .catch((err: unknown) =>
          this.logger.warn('presence sweep failed', { session: session.id, error: String(err) }),
        )
    }
  }

  /** A connection that did not answer the previous ping is gone: drop it and its presence. */
  private pingAll(): void {
    for (const conn of this.connections) {
      if (!conn.alive) {
        conn.socket.terminate()
        continue
      }
      conn.alive = false
      conn.socket.ping()
    }
  }
}
