import { registerHooks } from 'node:module'

/**
 * `@y/websocket-server` 0.1.5 as installed imports two different Yjs 14 pre-releases: its
 * documents come from `yjs@14.0.0-16`, while the `@y/protocols` it uses to apply updates
 * imports `@y/y@14.0.0-rc.7`. Applying an update from one to a document of the other throws
 * (`store.getClock is not a function`) and the server relays nothing. This resolve hook makes
 * the server's own `yjs` import load the same `@y/y` its protocols use, without touching the
 * package. Must run before `@y/websocket-server/utils` is imported.
 */
let registered = false

export function aliasReferenceServerYjs(): void {
  if (registered) return
  registered = true
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL ?? ''
      if (specifier === 'yjs' && parent.includes('/@y+websocket-server@')) {
        const protocols = nextResolve('@y/protocols/sync', context)
        return nextResolve('@y/y', { ...context, parentURL: protocols.url })
      }
      return nextResolve(specifier, context)
    },
  })
}
