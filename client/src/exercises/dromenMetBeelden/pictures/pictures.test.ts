import { icons } from '@iconify-json/fluent-emoji-flat'
import { describe, expect, it } from 'vitest'
import { backgrounds } from './backgrounds.ts'
import { normalizeForSearch, pictureLibrary, searchPictures } from './library.ts'
import { missingIcons, type RenderableScene, renderScene, resolveIcon } from './renderScene.ts'
import { sceneCatalog } from './sceneCatalog.ts'

describe('scene catalog', () => {
  it('has at least 48 pictures', () => {
    expect(sceneCatalog.length).toBeGreaterThanOrEqual(48)
  })

  it('has unique kebab-case ids', () => {
    const ids = sceneCatalog.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('describes every picture in Dutch and English, with search tags', () => {
    for (const scene of sceneCatalog) {
      for (const text of [scene.title.nl, scene.title.en, scene.alt.nl, scene.alt.en]) {
        expect(text.trim(), scene.id).not.toBe('')
      }
      // Alt text is read aloud: full sentences, not a caption.
      expect(scene.alt.nl, scene.id).toMatch(/\.$/)
      expect(scene.alt.en, scene.id).toMatch(/\.$/)
      expect(scene.alt.nl, scene.id).not.toBe(scene.alt.en)
      expect(scene.tags.length, scene.id).toBeGreaterThan(0)
    }
  })

  it('uses only emoji that exist in the Fluent Emoji (flat) set', () => {
    expect(missingIcons(sceneCatalog, icons)).toEqual([])
  })

  it('draws every scene on a background we have, with two to eight figures', () => {
    for (const scene of sceneCatalog) {
      expect(backgrounds[scene.background], scene.id).toBeDefined()
      expect(scene.figures.length, scene.id).toBeGreaterThanOrEqual(2)
      expect(scene.figures.length, scene.id).toBeLessThanOrEqual(8)
    }
  })

  it('has no two pictures with the same background and the same figures', () => {
    const signatures = sceneCatalog.map(
      (s) => `${s.background}:${s.figures.map((f) => f.emoji).join(',')}`,
    )
    expect(new Set(signatures).size).toBe(signatures.length)
  })
})

describe('renderScene', () => {
  const scene: RenderableScene = {
    id: 'test-scene',
    title: { nl: 'Koffie & praten', en: 'Coffee & talk' },
    alt: { nl: 'Twee mensen drinken koffie.', en: 'Two people drink coffee.' },
    background: 'kitchen',
    figures: [
      { emoji: 'woman-medium', x: 120, y: 230, size: 100, behind: true },
      { emoji: 'hot-beverage', x: 200, y: 224, size: 30, flip: true },
    ],
  }

  it('produces a well-formed SVG document with an accessible title', () => {
    const svg = renderScene(scene, icons)
    const doc = new WellFormedXml(svg)
    expect(doc.wellFormed).toBe(true)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('viewBox="0 0 400 300"')
    // Escaped, so a title with "&" cannot break the document.
    expect(svg).toContain('<title id="test-scene-title">Koffie &amp; praten</title>')
    expect(svg).toContain('aria-labelledby="test-scene-title test-scene-desc"')
  })

  it('has a well-formedness check that does catch broken markup', () => {
    expect(new WellFormedXml('<svg><g></svg>').wellFormed).toBe(false)
    expect(new WellFormedXml('<svg><title>a & b</title></svg>').wellFormed).toBe(false)
    expect(new WellFormedXml('<svg><g/></svg>').wellFormed).toBe(true)
  })

  it('can title the picture in English', () => {
    expect(renderScene(scene, icons, 'en')).toContain('>Coffee &amp; talk</title>')
  })

  it('paints figures sitting behind furniture before the furniture', () => {
    const svg = renderScene(scene, icons)
    const front = backgrounds.kitchen.front ?? ''
    expect(front).not.toBe('')
    const woman = resolveIcon(icons, 'woman-medium')?.body.slice(0, 40) ?? ''
    expect(svg.indexOf(woman)).toBeLessThan(svg.indexOf(front))
  })

  it('fails loudly on an unknown emoji', () => {
    const broken = { ...scene, figures: [{ emoji: 'no-such-emoji', x: 0, y: 0, size: 10 }] }
    expect(() => renderScene(broken, icons)).toThrow(/no-such-emoji/)
  })

  it('renders every catalog scene', () => {
    for (const s of sceneCatalog) {
      const svg = renderScene(s, icons)
      expect(new WellFormedXml(svg).wellFormed, s.id).toBe(true)
      expect(svg, s.id).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    }
  })
})

describe('resolveIcon', () => {
  it('follows aliases and their flip', () => {
    const set = {
      width: 32,
      height: 32,
      icons: { left: { body: '<path/>' } },
      aliases: { right: { parent: 'left', hFlip: true } },
    }
    expect(resolveIcon(set, 'right')).toEqual({
      body: '<path/>',
      width: 32,
      height: 32,
      hFlip: true,
    })
    expect(resolveIcon(set, 'missing')).toBeUndefined()
  })
})

describe('picture library', () => {
  it('lists every scene with a same-origin src and no figure data', () => {
    expect(pictureLibrary).toHaveLength(sceneCatalog.length)
    for (const p of pictureLibrary) {
      expect(p.src).toBe(`/pictures/${p.id}.svg`)
      expect(p).not.toHaveProperty('figures')
    }
  })

  it('returns everything for an empty query', () => {
    expect(searchPictures('', 'nl')).toHaveLength(pictureLibrary.length)
    expect(searchPictures('   ', 'en')).toHaveLength(pictureLibrary.length)
  })

  it('finds pictures by Dutch tag', () => {
    const ids = searchPictures('grootouders', 'nl').map((p) => p.id)
    expect(ids).toContain('grootouders-kleindochter-bank')
    const waiting = searchPictures('wachtruimte', 'nl')
    expect(waiting.length).toBeGreaterThan(0)
    for (const p of waiting) expect(p.tags).toContain('wachtruimte')
  })

  it('ignores case and accents', () => {
    const cafe = searchPictures('CAFE', 'nl').map((p) => p.id)
    expect(cafe).toContain('taalcafe')
    expect(cafe).toEqual(searchPictures('café', 'nl').map((p) => p.id))
    expect(normalizeForSearch('Twee mama’s')).toBe("twee mama's")
    expect(searchPictures("mama's", 'nl').length).toBeGreaterThan(0)
  })

  it('searches the English text when the language is English', () => {
    const ids = searchPictures('wheelchair', 'en').map((p) => p.id)
    expect(ids).toContain('wandelen-met-de-rolstoel')
    expect(searchPictures('wheelchair', 'nl')).toHaveLength(0)
  })

  it('needs every word of the query to match', () => {
    const ids = searchPictures('vader baby', 'nl').map((p) => p.id)
    expect(ids).toContain('vader-baby-bank')
    expect(ids).not.toContain('grootouders-kleindochter-bank')
  })
})

/**
 * Minimal XML well-formedness check: the unit project runs in Node, without DOMParser. It
 * checks that tags nest and close, attributes are quoted, and entities are the XML ones.
 */
class WellFormedXml {
  readonly wellFormed: boolean

  constructor(xml: string) {
    this.wellFormed = WellFormedXml.check(xml)
  }

  private static check(xml: string): boolean {
    const stack: string[] = []
    const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->/g
    let last = 0
    let roots = 0
    for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
      if (!WellFormedXml.textOk(xml.slice(last, m.index))) return false
      last = tag.lastIndex
      if (m[0].startsWith('<!--')) continue
      const [, closing, name, , selfClosing] = m
      if (closing) {
        if (stack.pop() !== name) return false
      } else if (!selfClosing) {
        if (stack.length === 0) roots++
        stack.push(name ?? '')
      } else if (stack.length === 0) {
        roots++
      }
    }
    return stack.length === 0 && roots === 1 && WellFormedXml.textOk(xml.slice(last))
  }

  private static textOk(text: string): boolean {
    if (text.includes('<') || text.includes('>')) return false
    return !/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)
  }
}
