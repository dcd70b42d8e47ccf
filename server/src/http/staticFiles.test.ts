import { describe, expect, it } from 'vitest'
import { accepts } from './staticFiles.ts'

describe('accepts', () => {
  it('reads an Accept-Encoding header as browsers send it', () => {
    const chrome = 'gzip, deflate, br, zstd'
    expect(accepts(chrome, 'br')).toBe(true)
    expect(accepts(chrome, 'gzip')).toBe(true)
    expect(accepts('gzip;q=1.0, br;q=0', 'br')).toBe(false)
    expect(accepts('gzip;q=0.5', 'gzip')).toBe(true)
    expect(accepts('identity', 'gzip')).toBe(false)
    expect(accepts(undefined, 'br')).toBe(false)
    expect(accepts('xbr', 'br')).toBe(false)
  })
})
