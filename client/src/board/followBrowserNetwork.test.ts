import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import { followBrowserNetwork } from './followBrowserNetwork.ts'

/** The part of the provider this follows; a socket that is neither open nor opening. */
function idleProvider() {
  const provider = {
    shouldConnect: false,
    wsconnected: false,
    wsconnecting: false,
    connect: vi.fn(() => {
      provider.shouldConnect = true
      provider.wsconnecting = true
    }),
    disconnect: vi.fn(() => {
      provider.shouldConnect = false
      provider.wsconnecting = false
    }),
  }
  return provider
}

function browser(onLine: boolean) {
  const window = new EventTarget()
  vi.stubGlobal('window', window)
  vi.stubGlobal('navigator', { onLine })
  return window
}

describe('followBrowserNetwork', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('connects at once if the browser came online before it listened', () => {
    browser(true)
    const provider = idleProvider()
    const stop = followBrowserNetwork(provider as unknown as WebsocketProvider, () => true)
    expect(provider.connect).toHaveBeenCalledTimes(1)
    stop()
  })

  it('leaves a connection under way alone', () => {
    browser(true)
    const provider = idleProvider()
    provider.wsconnecting = true
    const stop = followBrowserNetwork(provider as unknown as WebsocketProvider, () => true)
    expect(provider.connect).not.toHaveBeenCalled()
    stop()
  })

  it('waits for the network while offline, then connects', () => {
    const window = browser(false)
    const provider = idleProvider()
    const stop = followBrowserNetwork(provider as unknown as WebsocketProvider, () => true)
    expect(provider.connect).not.toHaveBeenCalled()
    window.dispatchEvent(new Event('online'))
    expect(provider.connect).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new Event('offline'))
    expect(provider.disconnect).toHaveBeenCalledTimes(1)
    stop()
  })

  it('never connects after a permanent refusal', () => {
    const window = browser(true)
    const provider = idleProvider()
    const stop = followBrowserNetwork(provider as unknown as WebsocketProvider, () => false)
    window.dispatchEvent(new Event('online'))
    expect(provider.connect).not.toHaveBeenCalled()
    stop()
  })
})
