import { describe, expect, it } from 'vitest'
import { readFacilitatorKey } from '../session/links.ts'
import { readRecordSessionIdFromPath, recordLink } from './recordLinks.ts'

describe('the record page’s address', () => {
  it('is the session’s path with /verslag, the key only in the fragment', () => {
    const link = recordLink('AbCdEfGhIjKlMnOpQrStUvWx', 'sleutel/met=tekens')
    expect(link.startsWith('/s/AbCdEfGhIjKlMnOpQrStUvWx/verslag#')).toBe(true)
    expect(readFacilitatorKey(new URL(link, 'http://x').hash)).toBe('sleutel/met=tekens')
    expect(recordLink('AbCdEfGhIjKlMnOpQrStUvWx', null)).toBe('/s/AbCdEfGhIjKlMnOpQrStUvWx/verslag')
  })

  it('is read back from a path, and only from that path', () => {
    expect(readRecordSessionIdFromPath('/s/AbCd/verslag')).toBe('AbCd')
    expect(readRecordSessionIdFromPath('/s/AbCd/verslag/')).toBe('AbCd')
    expect(readRecordSessionIdFromPath('/s/AbCd')).toBeNull()
    expect(readRecordSessionIdFromPath('/s/AbCd/iets')).toBeNull()
    expect(readRecordSessionIdFromPath('/s/%E0%A4%A/verslag')).toBeNull()
  })
})
