import { recordFacts, recordHeading } from './recordFacts.ts'
import type { RecordBlock, RecordListItem } from './recordSection.ts'
import type { SessionRecord } from './sessionRecord.ts'

/**
 * The session record as Markdown (CommonMark with GitHub tables): headings, lists, tables with
 * a header row, pictures with their alt text. Everything people wrote is escaped, so a note
 * that looks like Markdown stays the text it was.
 */
export function recordMarkdown(record: SessionRecord): string {
  const lines: string[] = [`# ${escapeMarkdown(recordHeading(record))}`, '']
  for (const fact of recordFacts(record)) {
    lines.push(`- ${fact.label}: ${escapeMarkdown(fact.value)}`)
  }
  for (const section of record.sections) {
    lines.push('', `## ${escapeMarkdown(section.title)}`)
    for (const block of section.blocks) lines.push('', ...blockLines(block))
  }
  return `${lines.join('\n')}\n`
}

function blockLines(block: RecordBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`### ${escapeMarkdown(block.text)}`]
    case 'paragraph':
      return [escapeMarkdown(block.text)]
    case 'list':
      return block.items.flatMap((item) => itemLines(item, 0))
    case 'table':
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        row(block.columns.map(escapeMarkdown)),
        row(block.columns.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map(escapeMarkdown))),
      ]
    case 'picture':
      return [
        `![${escapeMarkdown(block.alt)}](${encodeURI(block.src)} "${block.title.replace(/"/g, "'")}")`,
      ]
  }
}

function itemLines(item: RecordListItem, depth: number): string[] {
  const author = item.author ? ` (${escapeMarkdown(item.author)})` : ''
  const text = escapeMarkdown(item.text).replace(/\n/g, `\n${'  '.repeat(depth + 1)}`)
  return [
    `${'  '.repeat(depth)}- ${text}${author}`,
    ...(item.items ?? []).flatMap((child) => itemLines(child, depth + 1)),
  ]
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')} |`
}

/**
 * Backslash-escapes what Markdown would read as markup, and only that, so the text stays
 * readable as plain text: emphasis, code, links and HTML anywhere; headings, lists and quotes
 * only at the start of a line. Line breaks stay line breaks.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
}
