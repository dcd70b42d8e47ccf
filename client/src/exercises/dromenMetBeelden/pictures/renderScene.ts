import { type BackgroundId, backgrounds, CARD_HEIGHT, CARD_WIDTH } from './backgrounds.ts'

/**
 * Turns a picture scene into a standalone SVG document. Pure (no file system, no DOM), so the
 * build script and the unit tests share it, and a browser is not needed to check the output.
 */

/** The part of the Iconify JSON format we use (https://iconify.design/docs/types/iconify-json.html). */
export interface IconifyIcon {
  readonly body: string
  readonly width?: number
  readonly height?: number
  readonly hFlip?: boolean
}

export interface IconifyAlias {
  readonly parent: string
  readonly hFlip?: boolean
}

export interface IconSet {
  readonly icons: Readonly<Record<string, IconifyIcon>>
  readonly aliases?: Readonly<Record<string, IconifyAlias>>
  readonly width?: number
  readonly height?: number
}

export interface SceneFigure {
  /** Icon name in the Fluent Emoji (flat) Iconify set, e.g. 'woman-standing-medium'. */
  readonly emoji: string
  /** Horizontal centre of the figure, in canvas pixels. */
  readonly x: number
  /** Bottom of the figure (its feet, for people), in canvas pixels. */
  readonly y: number
  /** Height of the icon's square box in canvas pixels. */
  readonly size: number
  /** Mirror horizontally, so two people can face each other. */
  readonly flip?: boolean
  /** Paint under the background's foreground furniture (someone sitting behind a table). */
  readonly behind?: boolean
}

export interface RenderableScene {
  readonly id: string
  readonly title: { readonly nl: string; readonly en: string }
  readonly alt: { readonly nl: string; readonly en: string }
  readonly background: BackgroundId
  readonly figures: readonly SceneFigure[]
}

export interface ResolvedIcon {
  readonly body: string
  readonly width: number
  readonly height: number
  readonly hFlip: boolean
}

/** Looks an icon up by name, following aliases; undefined when the set does not have it. */
export function resolveIcon(set: IconSet, name: string): ResolvedIcon | undefined {
  let hFlip = false
  let current = name
  // Aliases may chain; a small bound keeps a malformed set from looping forever.
  for (let depth = 0; depth < 8; depth++) {
    const icon = set.icons[current]
    if (icon) {
      return {
        body: icon.body,
        width: icon.width ?? set.width ?? 16,
        height: icon.height ?? set.height ?? 16,
        hFlip: hFlip !== Boolean(icon.hFlip),
      }
    }
    const alias = set.aliases?.[current]
    if (!alias) return undefined
    if (alias.hFlip) hFlip = !hFlip
    current = alias.parent
  }
  return undefined
}

/** Every emoji name the scenes use that the icon set lacks, so the build can fail clearly. */
export function missingIcons(
  scenes: readonly RenderableScene[],
  set: IconSet,
): { sceneId: string; emoji: string }[] {
  const missing: { sceneId: string; emoji: string }[] = []
  for (const scene of scenes) {
    for (const figure of scene.figures) {
      if (!resolveIcon(set, figure.emoji)) missing.push({ sceneId: scene.id, emoji: figure.emoji })
    }
  }
  return missing
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/**
 * A few Fluent icons define gradients with ids; two icons in one document could clash, so every
 * figure gets its own id prefix.
 */
function scopeIds(body: string, prefix: string): string {
  return body
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`)
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

function renderFigure(figure: SceneFigure, icon: ResolvedIcon, index: number): string {
  const scale = figure.size / icon.height
  const w = icon.width * scale
  const left = figure.x - w / 2
  const top = figure.y - figure.size
  const flip = figure.flip !== icon.hFlip
  // Mirror around the icon's own vertical axis, inside the placement transform.
  const mirror = flip ? ` translate(${icon.width} 0) scale(-1 1)` : ''
  const body = scopeIds(icon.body, `f${index}-`)
  return `<g transform="translate(${round(left)} ${round(top)}) scale(${round(scale)})${mirror}">${body}</g>`
}

/**
 * Renders one scene as a full SVG document. Throws when an emoji is missing from the set:
 * a card with a hole in it would describe something the picture does not show.
 */
export function renderScene(
  scene: RenderableScene,
  set: IconSet,
  language: 'nl' | 'en' = 'nl',
): string {
  const background = backgrounds[scene.background]
  const layers = { behind: [] as string[], over: [] as string[] }
  scene.figures.forEach((figure, index) => {
    const icon = resolveIcon(set, figure.emoji)
    if (!icon)
      throw new Error(`Scene "${scene.id}": emoji "${figure.emoji}" is not in the icon set`)
    ;(figure.behind ? layers.behind : layers.over).push(renderFigure(figure, icon, index))
  })
  const titleId = `${scene.id}-title`
  const descId = `${scene.id}-desc`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" lang="${language === 'nl' ? 'nl-BE' : 'en'}">`,
    `<title id="${titleId}">${escapeXml(scene.title[language])}</title>`,
    `<desc id="${descId}">${escapeXml(scene.alt[language])}</desc>`,
    `<g>${background.back}</g>`,
    `<g>${layers.behind.join('')}</g>`,
    `<g>${background.front ?? ''}</g>`,
    `<g>${layers.over.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n')
}
