import type { RecordBlock, RecordListItem } from '@reflectiebord/shared'
import { Heading } from './Heading.tsx'

function Items({ items }: { items: readonly RecordListItem[] }) {
  return (
    <ul className="record-blocks__list">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: record items are plain text that may repeat
        <li key={index}>
          {item.text}
          {item.items && item.items.length > 0 ? <Items items={item.items} /> : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * A record section's blocks (the same content the session record is made of) as HTML: its
 * headings at the level given, lists, tables with header cells and a caption, pictures with
 * their description.
 */
export function RecordBlocksView({
  blocks,
  headingLevel,
}: {
  blocks: readonly RecordBlock[]
  headingLevel: number
}) {
  return (
    <div className="record-blocks">
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`
        switch (block.kind) {
          case 'heading':
            return (
              <Heading key={key} level={headingLevel} className="record-blocks__heading">
                {block.text}
              </Heading>
            )
          case 'paragraph':
            return <p key={key}>{block.text}</p>
          case 'list':
            return <Items key={key} items={block.items} />
          case 'table':
            return (
              <table key={key} className="record-blocks__table">
                <caption>{block.caption}</caption>
                <thead>
                  <tr>
                    {block.columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map((row, rowIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are in a fixed order
                    <tr key={rowIndex}>
                      {row.map((cell, cellIndex) =>
                        cellIndex === 0 ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells are in a fixed order
                          <th key={cellIndex} scope="row">
                            {cell}
                          </th>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells are in a fixed order
                          <td key={cellIndex}>{cell}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          case 'picture':
            return (
              <figure key={key} className="record-blocks__picture">
                <img src={block.src} alt={block.alt} width={160} height={120} />
                <figcaption>{block.title}</figcaption>
              </figure>
            )
          default:
            return null
        }
      })}
    </div>
  )
}
