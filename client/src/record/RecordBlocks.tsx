import { type RecordBlock, type RecordListItem, recordPictureSource } from '@reflectiebord/shared'
import { Heading } from '../list/Heading.tsx'
import { useRecordT } from './messages.ts'
import './recordBlocks.css'

/**
 * A record section's blocks as HTML, wherever the record's content is shown: the record page,
 * the list view's results and the results card on the board. Headings at the level given, a
 * paragraph, a list (nested where an item has items, with its author), a table with a caption
 * and column and row headers, a picture with its title and description as the caption. A
 * picture is shown only from this server (see `recordPictureSource`); otherwise its description
 * stands alone.
 */
export function RecordBlocks({
  blocks,
  headingLevel,
  sessionId,
}: {
  blocks: readonly RecordBlock[]
  headingLevel: number
  sessionId: string
}) {
  return (
    <>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no id and never move
        <Block key={index} block={block} headingLevel={headingLevel} sessionId={sessionId} />
      ))}
    </>
  )
}

function Block({
  block,
  headingLevel,
  sessionId,
}: {
  block: RecordBlock
  headingLevel: number
  sessionId: string
}) {
  const t = useRecordT()
  switch (block.kind) {
    case 'heading':
      return (
        <Heading level={headingLevel} className="record-blocks__heading">
          {block.text}
        </Heading>
      )
    case 'paragraph':
      return <p className="record-blocks__text">{block.text}</p>
    case 'list':
      return <Items items={block.items} />
    case 'table':
      return (
        // A wide table scrolls on its own on a phone: the keyboard must reach it too (axe:
        // scrollable-region-focusable), so the region is in the tab order, named by its caption.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keys
        <section className="record-blocks__table-wrap" aria-label={block.caption} tabIndex={0}>
          <table className="record-blocks__table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns have no id; two may read alike
                  <th key={index} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never move
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id and never move
                      <th key={cellIndex} scope="row">
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id and never move
                      <td key={cellIndex}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )
    case 'picture': {
      const shown = recordPictureSource(block.src, sessionId) !== null
      return (
        <figure className="record-blocks__figure">
          {/* The caption says what it shows, so the picture itself needs no second alt. */}
          {shown ? <img src={block.src} alt="" loading="lazy" /> : null}
          <figcaption>
            <strong>{block.title}:</strong> {block.alt}
            {shown ? null : <span className="muted"> {t('page.pictureMissing')}</span>}
          </figcaption>
        </figure>
      )
    }
  }
}

function Items({ items }: { items: readonly RecordListItem[] }) {
  return (
    <ul className="record-blocks__list">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; two notes may read alike
        <li key={index}>
          <span className="record-blocks__text">{item.text}</span>
          {item.author ? <span className="muted"> ({item.author})</span> : null}
          {item.items && item.items.length > 0 ? <Items items={item.items} /> : null}
        </li>
      ))}
    </ul>
  )
}
