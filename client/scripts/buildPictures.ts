/**
 * Renders the "Dromen met beelden" picture library into client/public/pictures/ so Vite ships
 * it with the app: the board must never load pictures from another host (see docs/pictures.md).
 *
 * Run with Node 24 type stripping: `node client/scripts/buildPictures.ts`. It runs as the
 * client's prebuild/predev step; the output is generated, so it is git-ignored.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pictureLibrary } from '../src/exercises/dromenMetBeelden/pictures/library.ts'
import {
  type IconSet,
  missingIcons,
  renderScene,
} from '../src/exercises/dromenMetBeelden/pictures/renderScene.ts'
import { sceneCatalog } from '../src/exercises/dromenMetBeelden/pictures/sceneCatalog.ts'

const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(clientDir, 'public', 'pictures')

// Resolve through the package's exports from the client package, as any import would.
const require = createRequire(join(clientDir, 'package.json'))
const iconsPath = require.resolve('@iconify-json/fluent-emoji-flat/icons.json')
const infoPath = require.resolve('@iconify-json/fluent-emoji-flat/info.json')

interface IconSetInfo {
  readonly name: string
  readonly author: { readonly name: string; readonly url: string }
  readonly license: { readonly title: string; readonly spdx: string; readonly url: string }
}

const icons = JSON.parse(readFileSync(iconsPath, 'utf8')) as IconSet
const info = JSON.parse(readFileSync(infoPath, 'utf8')) as IconSetInfo
const { version } = JSON.parse(readFileSync(join(dirname(iconsPath), 'package.json'), 'utf8')) as {
  version: string
}

// Refuse to ship a library whose pictures no longer match what their descriptions say.
if (info.license.spdx !== 'MIT') {
  console.error(
    `buildPictures: ${info.name} is now licensed "${info.license.spdx}", not MIT; check docs/pictures.md before shipping.`,
  )
  process.exit(1)
}
const missing = missingIcons(sceneCatalog, icons)
if (missing.length > 0) {
  console.error(
    `buildPictures: ${missing.length} emoji not found in @iconify-json/fluent-emoji-flat ${version}:`,
  )
  for (const m of missing) console.error(`  - scene "${m.sceneId}": "${m.emoji}"`)
  console.error('Pick another icon name (see icons.json in that package) or pin the older version.')
  process.exit(1)
}

// Start clean so a scene removed from the catalog does not linger as a stale file.
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

for (const scene of sceneCatalog) {
  writeFileSync(join(outDir, `${scene.id}.svg`), renderScene(scene, icons))
}

const index = pictureLibrary.map(({ id, title, alt, tags }) => ({
  id,
  title,
  alt,
  tags,
  file: `${id}.svg`,
}))
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)

// The package carries no LICENSE file, only the licence name and URL in info.json; the text
// below is the MIT licence as published by Microsoft in microsoft/fluentui-emoji.
const licence = `The emoji figures in these pictures come from Fluent Emoji (flat style)
by ${info.author.name}, ${info.author.url}
via the Iconify package @iconify-json/fluent-emoji-flat ${version}.
Licence: ${info.license.title} (${info.license.url})

MIT License

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

The backgrounds of the pictures are drawn by the Reflectiebord project and are
licensed with it. Sources and licences of every picture: docs/pictures.md.
`
writeFileSync(join(outDir, 'LICENSE-fluent-emoji.txt'), licence)

// Every shipped picture must have its source listed in the repo; say so when one is missing.
const docsPath = join(clientDir, '..', 'docs', 'pictures.md')
const docs = readFileSync(docsPath, 'utf8')
const undocumented = sceneCatalog.filter((scene) => !docs.includes(`| \`${scene.id}\` |`))
for (const scene of undocumented) {
  console.warn(`buildPictures: warning: "${scene.id}" is not in the table of docs/pictures.md`)
}

console.log(`buildPictures: ${sceneCatalog.length} pictures written to ${outDir}`)
