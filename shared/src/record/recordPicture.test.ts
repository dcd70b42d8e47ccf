import { describe, expect, it } from 'vitest'
import { recordPictureSource } from './recordPicture.ts'

const session = 'AbCdEfGhIjKlMnOpQrStUvWx'
const sha = 'a'.repeat(64)

describe('recordPictureSource', () => {
  it('knows the built-in library and this session’s own photos', () => {
    expect(recordPictureSource('/pictures/gezin-samen-eten.svg', session)).toEqual({
      kind: 'library',
      file: 'gezin-samen-eten.svg',
    })
    expect(recordPictureSource(`/api/sessions/${session}/assets/${sha}.webp`, session)).toEqual({
      kind: 'upload',
      file: `${sha}.webp`,
    })
  })

  it('refuses other hosts, other sessions, climbing out and anything else', () => {
    for (const src of [
      'https://example.org/pictures/x.svg',
      '//example.org/pictures/x.svg',
      '/pictures/../../etc/passwd',
      '/pictures/..%2F..%2Fsecret.svg',
      '/pictures/X.SVG',
      `/api/sessions/ZZZZZZZZZZZZZZZZZZZZZZZZ/assets/${sha}.webp`,
      `/api/sessions/${session}/assets/${sha}.png`,
      `/api/sessions/${session}/assets/../${sha}.webp`,
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      '',
    ]) {
      expect(recordPictureSource(src, session), src).toBeNull()
    }
  })
})
