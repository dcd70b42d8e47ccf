/**
 * The tldraw license key, injected by the server as `<meta name="tldraw-license-key">` when
 * the operator configured one. Undefined otherwise (fine on localhost and plain http).
 */
export function readLicenseKey(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="tldraw-license-key"]')
  const key = meta?.content.trim()
  return key ? key : undefined
}
