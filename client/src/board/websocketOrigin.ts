/** `ws(s)://host` of the page: the websocket rooms live on the same origin as the app. */
export function websocketOrigin(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`
}
