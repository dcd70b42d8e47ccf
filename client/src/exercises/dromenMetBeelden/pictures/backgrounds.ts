/**
 * Background scenes for the "Dromen met beelden" picture cards: our own flat drawings, licensed
 * with the project (see docs/pictures.md). Every scene is drawn on a 400×300 canvas.
 *
 * A background has two layers so people can sit *behind* furniture: `back` is painted first,
 * then the figures marked `behind`, then `front` (a table top, a bench seat, a sandbox edge…),
 * then all other figures. The emoji set only has head-and-shoulders busts for children, babies
 * and older people, and a table edge in front of a bust reads naturally as someone sitting.
 *
 * Colours are soft and warm on purpose: the cards are meant to invite people to dream, and
 * must not shout over the emoji figures placed on them.
 */

export const CARD_WIDTH = 400
export const CARD_HEIGHT = 300

export type BackgroundId =
  | 'park'
  | 'parkBench'
  | 'picnic'
  | 'playground'
  | 'sandbox'
  | 'waitingRoom'
  | 'kitchen'
  | 'livingRoom'
  | 'sofa'
  | 'library'
  | 'street'
  | 'beach'
  | 'communityHall'
  | 'cafe'
  | 'schoolGate'
  | 'garden'
  | 'farm'
  | 'doorstep'
  | 'winterPark'
  | 'playroom'
  | 'babyCorner'

export interface Background {
  /** Painted before every figure. */
  readonly back: string
  /** Painted over figures marked `behind` and under all others (furniture in the foreground). */
  readonly front?: string
  /** Where feet stand, so the catalog can place people on the ground (y in canvas pixels). */
  readonly groundY: number
}

// Shared palette, so all scenes feel like one set.
const c = {
  sky: '#dcedf5',
  skyLow: '#eef6f1',
  cloud: '#ffffff',
  sun: '#ffd98a',
  grass: '#b7dba9',
  grassDark: '#9fcd93',
  hill: '#cde6c0',
  path: '#efe1c9',
  trunk: '#9c6b4e',
  leaf: '#86c47f',
  leafDark: '#6fb46c',
  wall: '#f7ead8',
  wallCool: '#e6eef2',
  floor: '#dcbc9c',
  floorDark: '#c9a583',
  wood: '#c8936a',
  woodDark: '#a8754f',
  glass: '#d4ebf3',
  frame: '#ffffff',
  rug: '#e9b8a4',
  teal: '#8fc7c1',
  mustard: '#eec77a',
  rose: '#eaa6a0',
  lilac: '#c8b6dd',
  sand: '#f1dcae',
  sea: '#9fd0df',
  brick: '#dba58a',
  stone: '#e4ddd3',
  white: '#ffffff',
} as const

function rect(x: number, y: number, w: number, h: number, fill: string, rx = 0): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`
}

function circle(cx: number, cy: number, r: number, fill: string): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"/>`
}

function path(d: string, fill: string): string {
  return `<path d="${d}" fill="${fill}"/>`
}

function sky(horizon = 190): string {
  return (
    rect(0, 0, CARD_WIDTH, horizon + 10, c.sky) + rect(0, horizon - 40, CARD_WIDTH, 50, c.skyLow)
  )
}

function cloud(x: number, y: number, s = 1): string {
  return `<g transform="translate(${x} ${y}) scale(${s})" opacity="0.9">${ellipse(0, 0, 26, 10, c.cloud)}${ellipse(-12, -6, 12, 9, c.cloud)}${ellipse(8, -9, 14, 11, c.cloud)}</g>`
}

function sun(x: number, y: number): string {
  return circle(x, y, 26, '#fff1cc') + circle(x, y, 18, c.sun)
}

function hills(y: number): string {
  return path(
    `M0 ${y} Q70 ${y - 30} 150 ${y - 6} T300 ${y - 12} T400 ${y - 4} V${y + 20} H0Z`,
    c.hill,
  )
}

function grass(y: number): string {
  return rect(0, y, CARD_WIDTH, CARD_HEIGHT - y, c.grass)
}

function tree(x: number, ground: number, s = 1): string {
  return `<g transform="translate(${x} ${ground}) scale(${s})">${rect(-6, -70, 12, 70, c.trunk, 3)}${circle(0, -92, 34, c.leaf)}${circle(-24, -74, 22, c.leafDark)}${circle(24, -76, 24, c.leafDark)}${circle(6, -110, 22, c.leaf)}</g>`
}

function bush(x: number, y: number, s = 1): string {
  return `<g transform="translate(${x} ${y}) scale(${s})">${ellipse(0, 0, 26, 14, c.leafDark)}${ellipse(-14, -6, 14, 12, c.leaf)}${ellipse(12, -8, 16, 12, c.leaf)}</g>`
}

function windowPane(x: number, y: number, w: number, h: number, outside = ''): string {
  const inner = `${rect(x + 5, y + 5, w - 10, h - 10, c.glass)}${outside}`
  return `${rect(x, y, w, h, c.frame, 3)}${inner}${rect(x + w / 2 - 2, y + 5, 4, h - 10, c.frame)}${rect(x + 5, y + h / 2 - 2, w - 10, 4, c.frame)}`
}

/** A bit of green seen through a window, so rooms feel connected to the outside. */
function viewOutside(x: number, y: number, w: number, h: number): string {
  return `${ellipse(x + w * 0.3, y + h - 6, w * 0.35, h * 0.22, c.leaf)}${ellipse(x + w * 0.75, y + h - 4, w * 0.3, h * 0.18, c.leafDark)}`
}

function bunting(y: number, colours: readonly string[]): string {
  let flags = `<path d="M0 ${y} Q200 ${y + 26} 400 ${y}" stroke="#b69a86" stroke-width="1.5" fill="none"/>`
  const n = 14
  for (let i = 0; i < n; i++) {
    const x = 10 + i * 28
    // Follow the rope's curve so the little flags hang from it.
    const t = x / 400
    const yy = y + 2 * t * (1 - t) * 26
    flags += path(
      `M${x} ${yy} L${x + 16} ${yy} L${x + 8} ${yy + 14}Z`,
      colours[i % colours.length] ?? c.rose,
    )
  }
  return flags
}

function frameOnWall(x: number, y: number, w: number, h: number, art: string): string {
  return `${rect(x, y, w, h, c.woodDark, 2)}${rect(x + 4, y + 4, w - 8, h - 8, '#fdf8ef')}${art}`
}

function chair(x: number, floor: number, colour: string): string {
  return `${rect(x, floor - 62, 34, 32, colour, 5)}${rect(x - 2, floor - 32, 38, 8, colour, 3)}${rect(x + 2, floor - 24, 4, 24, c.woodDark)}${rect(x + 28, floor - 24, 4, 24, c.woodDark)}`
}

function bookshelf(x: number, y: number, w: number, h: number): string {
  const spines = ['#e8a07f', '#8fc7c1', '#eec77a', '#c8b6dd', '#a3c98f', '#eaa6a0', '#9bb8dd']
  let out = rect(x, y, w, h, c.woodDark, 3)
  const shelves = 3
  const sh = (h - 8) / shelves
  for (let s = 0; s < shelves; s++) {
    const sy = y + 4 + s * sh
    out += rect(x + 4, sy, w - 8, sh - 4, '#f3e4cf')
    let bx = x + 7
    let i = s * 3
    while (bx < x + w - 14) {
      const bw = 6 + ((i * 7) % 5)
      const bh = sh - 10 - ((i * 5) % 8)
      out += rect(bx, sy + sh - 4 - bh, bw, bh, spines[i % spines.length] ?? c.teal, 1)
      bx += bw + 2
      i++
    }
  }
  return out
}

function house(
  x: number,
  ground: number,
  w: number,
  h: number,
  wall: string,
  door: string,
): string {
  const roof = path(
    `M${x - 6} ${ground - h} L${x + w / 2} ${ground - h - 46} L${x + w + 6} ${ground - h}Z`,
    '#b9786a',
  )
  return `${rect(x, ground - h, w, h, wall)}${roof}${windowPane(x + 10, ground - h + 14, 30, 30)}${windowPane(x + w - 40, ground - h + 14, 30, 30)}${rect(x + w / 2 - 13, ground - 46, 26, 46, door, 3)}${circle(x + w / 2 + 7, ground - 22, 2, '#f5d48a')}`
}

function floorAndWall(wall: string, floorY: number): string {
  return `${rect(0, 0, CARD_WIDTH, floorY, wall)}${rect(0, floorY, CARD_WIDTH, CARD_HEIGHT - floorY, c.floor)}${rect(0, floorY - 6, CARD_WIDTH, 6, c.floorDark)}`
}

function pottedPlant(x: number, floor: number, s = 1): string {
  return `<g transform="translate(${x} ${floor}) scale(${s})">${path('M-12 0 L-15 -24 H15 L12 0Z', '#d98e6c')}${ellipse(-8, -38, 8, 16, c.leafDark)}${ellipse(8, -40, 8, 17, c.leaf)}${ellipse(0, -46, 7, 18, c.leafDark)}</g>`
}

/** A table seen from the front, its top at `top`; people marked `behind` sit behind it. */
function table(x: number, top: number, w: number, cloth?: string): string {
  const legs = `${rect(x + 10, top + 12, 10, CARD_HEIGHT - top, c.woodDark)}${rect(x + w - 20, top + 12, 10, CARD_HEIGHT - top, c.woodDark)}`
  const topBoard = rect(x, top, w, 14, c.wood, 3)
  const clothPart = cloth
    ? `${rect(x - 2, top - 2, w + 4, 30, cloth, 4)}${path(`M${x - 2} ${top + 26} h${w + 4} l-6 8 h-${w - 8}Z`, cloth)}`
    : ''
  return `${legs}${topBoard}${clothPart}`
}

function playroomBack(): string {
  return `${floorAndWall('#f3ead9', 200)}${windowPane(150, 30, 100, 90, viewOutside(155, 35, 90, 80))}${rect(20, 110, 100, 90, c.wood, 4)}${rect(26, 116, 42, 38, c.teal, 3)}${rect(72, 116, 42, 38, c.mustard, 3)}${rect(26, 158, 42, 36, c.rose, 3)}${rect(72, 158, 42, 36, c.lilac, 3)}${Array.from({ length: 6 }, (_, i) => circle(290 + (i % 3) * 30, 60 + Math.floor(i / 3) * 30, 10, [c.rose, c.mustard, c.teal][i % 3] ?? c.teal)).join('')}${Array.from({ length: 8 }, (_, i) => rect(40 + i * 40, 220, 40, 60, i % 2 === 0 ? '#dcebe0' : '#f6e2c6')).join('')}`
}

export const backgrounds: Readonly<Record<BackgroundId, Background>> = {
  park: {
    groundY: 265,
    back: `${sky(190)}${sun(340, 55)}${cloud(90, 50)}${cloud(230, 34, 0.8)}${hills(190)}${grass(195)}${path('M150 300 Q190 250 260 215 T400 200 V214 Q320 226 280 245 T210 300Z', c.path)}${tree(48, 235, 1.1)}${bush(370, 225)}${bush(140, 215, 0.8)}`,
  },
  parkBench: {
    groundY: 270,
    back: `${sky(185)}${cloud(80, 45)}${cloud(300, 60, 0.7)}${hills(185)}${grass(190)}${tree(345, 232, 1.2)}${bush(40, 212)}${rect(105, 180, 190, 10, c.woodDark, 3)}${rect(105, 196, 190, 10, c.woodDark, 3)}${rect(115, 180, 6, 46, '#6f6a66')}${rect(279, 180, 6, 46, '#6f6a66')}`,
    // The bench seat and legs in front of the people sitting on it.
    front: `${rect(96, 222, 208, 16, c.wood, 4)}${rect(100, 236, 200, 8, c.woodDark, 3)}${rect(110, 238, 8, 34, '#6f6a66')}${rect(282, 238, 8, 34, '#6f6a66')}${ellipse(200, 274, 120, 5, c.grassDark)}`,
  },
  picnic: {
    groundY: 262,
    back: `${sky(175)}${sun(60, 50)}${cloud(250, 45)}${hills(175)}${grass(180)}${tree(360, 222, 1.1)}${bush(30, 200, 0.8)}${path('M70 232 L330 232 L370 290 L30 290Z', '#f2b9a8')}${path('M135 232 h40 l10 58 h-40Z M245 232 h40 l25 58 h-40Z', '#fbe1d8')}${path('M30 262 H370 L375 270 H25Z', '#fbe1d8')}`,
  },
  playground: {
    groundY: 262,
    // The swing frame stands on the left so the slide and the people have room in the middle.
    back: `${sky(180)}${cloud(250, 40)}${cloud(120, 60, 0.6)}${hills(180)}${grass(185)}${rect(0, 170, 400, 4, '#d8c3a5')}${rect(0, 158, 400, 3, '#d8c3a5')}${Array.from({ length: 20 }, (_, i) => rect(6 + i * 20, 152, 4, 26, '#d8c3a5')).join('')}${ellipse(80, 262, 90, 18, '#e8d3a8')}<g stroke="#d27d5c" stroke-width="6" stroke-linecap="round" fill="none"><path d="M14 262 L39 160 L64 262 M96 262 L121 160 L146 262 M36 162 H124"/></g><g stroke="#8d8a87" stroke-width="1.5" fill="none"><path d="M72 163 V226 M88 163 V226"/></g>${rect(66, 224, 28, 6, '#6fa3c8', 2)}${tree(370, 205, 0.8)}`,
  },
  sandbox: {
    groundY: 268,
    back: `${sky(170)}${cloud(300, 40)}${hills(170)}${grass(175)}${tree(355, 205, 0.85)}${bush(40, 195, 0.8)}${path('M60 200 L340 200 L370 240 L30 240Z', '#f0d7a0')}${path('M60 200 L340 200 L345 207 L55 207Z', c.woodDark)}`,
    // The front edge of the sandbox hides the bodies of the children playing in it.
    front: `${path('M30 240 L370 240 L372 258 L28 258Z', c.wood)}${rect(28, 255, 344, 6, c.woodDark)}${ellipse(200, 264, 175, 5, c.grassDark)}`,
  },
  waitingRoom: {
    groundY: 272,
    back: `${floorAndWall(c.wallCool, 225)}${rect(0, 150, 400, 4, '#d5e0e6')}${windowPane(24, 36, 120, 90, viewOutside(29, 41, 110, 80))}${frameOnWall(176, 48, 64, 48, `${circle(196, 70, 10, c.mustard)}${path('M184 90 L206 70 L232 90Z', c.teal)}`)}${chair(150, 225, c.teal)}${chair(194, 225, c.teal)}${chair(238, 225, c.teal)}${chair(282, 225, c.teal)}${pottedPlant(360, 225, 1.3)}${ellipse(110, 265, 90, 20, '#f2d0a8')}${ellipse(110, 265, 70, 14, '#f6dcbc')}`,
  },
  kitchen: {
    groundY: 285,
    back: `${floorAndWall(c.wall, 210)}${Array.from({ length: 10 }, (_, i) => rect(i * 40, 118, 38, 28, '#eef3ea', 2)).join('')}${rect(0, 146, 400, 64, '#b9d3c4')}${rect(0, 140, 400, 8, '#e2d2bb')}${rect(0, 10, 130, 70, '#c7ddd0', 3)}${rect(4, 14, 60, 62, '#b9d3c4', 2)}${rect(66, 14, 60, 62, '#b9d3c4', 2)}${windowPane(240, 24, 120, 88, viewOutside(245, 29, 110, 78))}<path d="M200 0 V40" stroke="#8d8a87" stroke-width="2"/>${path('M182 52 Q200 28 218 52Z', c.mustard)}${pottedPlant(380, 140, 0.7)}`,
    front: table(40, 220, 320, '#f0c9a3'),
  },
  livingRoom: {
    groundY: 272,
    back: `${floorAndWall('#f3e3d3', 215)}${Array.from({ length: 9 }, (_, i) => rect(20 + i * 46, 0, 16, 215, '#efdcc9')).join('')}${windowPane(250, 40, 110, 100, viewOutside(255, 45, 100, 90))}${rect(238, 32, 20, 120, c.rose, 4)}${rect(352, 32, 20, 120, c.rose, 4)}${frameOnWall(60, 50, 70, 54, `${path('M64 100 L88 74 L104 90 L112 82 L126 100Z', c.teal)}${circle(112, 64, 6, c.mustard)}`)}${rect(40, 160, 4, 60, '#8d8a87')}${path('M26 164 L58 164 L50 140 L34 140Z', c.mustard)}${ellipse(200, 262, 170, 26, c.rug)}${ellipse(200, 262, 140, 18, '#f1cbbb')}`,
  },
  sofa: {
    groundY: 280,
    back: `${floorAndWall('#eef0e4', 222)}${windowPane(20, 40, 90, 100, viewOutside(25, 45, 80, 90))}${frameOnWall(300, 50, 70, 50, `${circle(320, 72, 9, c.rose)}${circle(344, 80, 12, c.teal)}`)}${rect(360, 150, 4, 72, '#8d8a87')}${path('M346 154 L378 154 L370 130 L354 130Z', c.mustard)}${rect(70, 120, 260, 90, '#8fb6c9', 16)}`,
    // Seat cushions and armrests in front: a bust behind them reads as someone sitting.
    front: `${rect(58, 196, 284, 44, '#7fa9bd', 12)}${rect(80, 190, 118, 30, '#9cc2d3', 10)}${rect(202, 190, 118, 30, '#9cc2d3', 10)}${rect(46, 150, 34, 90, '#7fa9bd', 12)}${rect(320, 150, 34, 90, '#7fa9bd', 12)}${rect(70, 240, 10, 14, c.woodDark)}${rect(320, 240, 10, 14, c.woodDark)}${ellipse(200, 268, 160, 14, c.rug)}`,
  },
  library: {
    groundY: 276,
    back: `${floorAndWall('#f4ecdf', 215)}${bookshelf(14, 40, 120, 175)}${bookshelf(266, 40, 120, 175)}${windowPane(160, 40, 80, 90, viewOutside(165, 45, 70, 80))}${ellipse(200, 258, 175, 28, '#cfe2d6')}${ellipse(200, 258, 150, 20, '#dcebe0')}`,
    // A low reading table in the middle: children sitting behind it show above the top.
    front: `${rect(90, 244, 220, 12, c.wood, 4)}${rect(102, 256, 8, 30, c.woodDark)}${rect(290, 256, 8, 30, c.woodDark)}`,
  },
  street: {
    groundY: 272,
    back: `${sky(200)}${cloud(330, 30, 0.8)}${house(10, 220, 110, 120, '#e9c3a8', '#7fa7b8')}${house(140, 220, 120, 135, '#f0dcb8', '#c97b6a')}${house(280, 220, 110, 118, '#d8c8dc', '#86b08c')}${rect(0, 220, 400, 28, c.stone)}${Array.from({ length: 10 }, (_, i) => rect(i * 42, 220, 2, 28, '#d2c9bd')).join('')}${rect(0, 248, 400, 52, '#d9d5cf')}${rect(0, 246, 400, 4, '#c5bfb6')}${pottedPlant(132, 220, 0.8)}${pottedPlant(270, 220, 0.8)}`,
  },
  beach: {
    groundY: 270,
    back: `${rect(0, 0, 400, 150, '#dcf0f7')}${sun(320, 50)}${cloud(100, 40)}${rect(0, 140, 400, 50, c.sea)}${path('M0 150 Q25 144 50 150 T100 150 T150 150 T200 150 T250 150 T300 150 T350 150 T400 150', '#bfe2ea')}${path('M0 180 Q100 170 200 182 T400 178 V300 H0Z', c.sand)}${path('M0 188 Q100 178 200 190 T400 186 V192 Q300 198 200 196 T0 194Z', '#e9cf98')}${path('M20 300 Q30 250 50 300Z M40 300 Q60 240 70 300Z', '#b7cf8a')}`,
  },
  communityHall: {
    groundY: 285,
    back: `${floorAndWall('#f6e6cf', 205)}${windowPane(20, 40, 100, 120, viewOutside(25, 45, 90, 110))}${windowPane(150, 40, 100, 120, viewOutside(155, 45, 90, 110))}${windowPane(280, 40, 100, 120, viewOutside(285, 45, 90, 110))}${bunting(14, [c.rose, c.mustard, c.teal, c.lilac, '#a3c98f'])}`,
    front: table(30, 222, 340, '#f3ddb0'),
  },
  cafe: {
    groundY: 282,
    back: `${floorAndWall('#f1ddc6', 210)}${rect(0, 0, 400, 30, '#d8b896')}${rect(250, 60, 130, 80, '#5d6b63', 4)}${rect(256, 66, 118, 68, '#6d7c73', 2)}${circle(280, 90, 8, c.mustard)}${circle(310, 100, 6, c.rose)}${circle(342, 88, 7, c.teal)}${rect(232, 150, 168, 60, c.woodDark)}${rect(228, 146, 176, 8, c.wood)}${rect(300, 118, 30, 28, '#8d8a87', 4)}${windowPane(24, 50, 150, 110, viewOutside(29, 55, 140, 100))}<path d="M100 30 V60 M200 30 V70 M300 30 V50" stroke="#8d8a87" stroke-width="2"/>${path('M88 72 Q100 52 112 72Z', c.mustard)}${path('M188 82 Q200 62 212 82Z', c.mustard)}`,
    front: `${ellipse(200, 226, 120, 12, c.wood)}${rect(80, 224, 240, 8, c.wood)}${rect(194, 232, 12, 50, c.woodDark)}${ellipse(200, 284, 40, 6, c.woodDark)}`,
  },
  schoolGate: {
    groundY: 275,
    back: `${sky(190)}${cloud(60, 40)}${rect(150, 60, 250, 150, '#f0c9a3')}${path('M140 60 L275 20 L400 60Z', '#b9786a')}${windowPane(170, 90, 50, 40)}${windowPane(240, 90, 50, 40)}${windowPane(310, 90, 50, 40)}${rect(290, 150, 40, 60, '#7fa7b8', 3)}${tree(70, 215, 1.1)}${rect(0, 210, 400, 90, c.stone)}<g stroke="#5f8fa0" stroke-width="4">${Array.from({ length: 12 }, (_, i) => `<path d="M${150 + i * 22} 176 V212"/>`).join('')}<path d="M144 180 H400 M144 204 H400"/></g>`,
  },
  garden: {
    groundY: 270,
    back: `${sky(170)}${sun(60, 45)}${hills(170)}${grass(175)}${rect(300, 95, 80, 85, '#c49a78')}${path('M292 98 L340 64 L388 98Z', '#9c6b4e')}${rect(330, 135, 22, 45, c.woodDark)}<g fill="#f3e4cf">${Array.from({ length: 14 }, (_, i) => rect(i * 22, 150, 10, 40, '#f3e4cf', 3)).join('')}</g>${rect(0, 160, 290, 5, '#f3e4cf')}${rect(20, 205, 170, 34, '#a07a5a', 4)}${rect(230, 220, 150, 34, '#a07a5a', 4)}${Array.from({ length: 7 }, (_, i) => ellipse(34 + i * 24, 204, 8, 6, c.leafDark)).join('')}${Array.from({ length: 6 }, (_, i) => ellipse(244 + i * 24, 219, 8, 6, c.leaf)).join('')}`,
  },
  farm: {
    groundY: 270,
    back: `${sky(175)}${cloud(210, 40)}${hills(175)}${grass(180)}${rect(270, 80, 110, 105, '#d8806a')}${path('M260 84 L325 40 L390 84Z', '#a9604f')}${rect(305, 125, 40, 60, '#f6e6cf')}<path d="M305 125 L345 185 M345 125 L305 185" stroke="#d8806a" stroke-width="4"/><g>${Array.from({ length: 13 }, (_, i) => rect(6 + i * 20, 190, 6, 40, '#c8a27a')).join('')}${rect(0, 198, 260, 6, '#c8a27a')}${rect(0, 214, 260, 6, '#c8a27a')}</g>${ellipse(200, 290, 220, 14, c.grassDark)}`,
  },
  doorstep: {
    groundY: 280,
    back: `${sky(150)}${rect(40, 0, 360, 250, '#e7b99c')}${Array.from({ length: 12 }, (_, i) => rect(40, 12 + i * 20, 360, 2, '#d9a88a')).join('')}${rect(190, 70, 90, 170, '#f6efe4')}${rect(200, 80, 70, 160, '#6f9fb0', 3)}${circle(258, 165, 3, '#f5d48a')}${windowPane(70, 70, 80, 80)}${windowPane(320, 70, 60, 80)}${rect(176, 240, 118, 12, '#cfc6bb')}${rect(0, 250, 400, 50, '#d9d5cf')}${pottedPlant(165, 240, 0.9)}${pottedPlant(305, 240, 0.9)}${rect(0, 0, 40, 250, c.sky)}${bush(14, 240, 0.9)}`,
  },
  winterPark: {
    groundY: 268,
    back: `${rect(0, 0, 400, 200, '#e3eaf2')}${circle(320, 55, 18, '#fbf0d6')}${path('M0 185 Q80 160 170 182 T400 176 V300 H0Z', '#ffffff')}${path('M0 210 Q120 196 240 214 T400 206 V300 H0Z', '#f3f7fb')}<g stroke="${c.trunk}" stroke-width="7" stroke-linecap="round" fill="none"><path d="M60 230 V120 M60 160 L30 130 M60 145 L92 112 M60 185 L88 165"/></g>${ellipse(350, 215, 28, 12, '#ffffff')}${Array.from({ length: 16 }, (_, i) => circle((i * 53) % 400, 20 + ((i * 37) % 150), 2.5, '#ffffff')).join('')}`,
  },
  playroom: {
    groundY: 278,
    back: playroomBack(),
  },
  babyCorner: {
    groundY: 278,
    back: playroomBack(),
    // Soft foam blocks around the baby corner; babies and parents sit behind them.
    front: `${rect(10, 236, 380, 30, '#f2c6b6', 12)}${Array.from({ length: 5 }, (_, i) => rect(18 + i * 76, 242, 64, 18, [c.mustard, c.teal, c.lilac, c.rose, '#a3c98f'][i] ?? c.teal, 8)).join('')}${rect(0, 266, 400, 34, c.floor)}`,
  },
}
