import { type RecordBlock, type RecordListItem, recordPictureSource } from '@reflectiebord/shared'
import { useRecordT } from './messages.ts'

/**
 * One block of a record section as HTML: a heading (h3), a paragraph, a list (nested where an
 * item has items), a table with a caption and column headers, or a picture with its title and
 * description as the caption. A picture is shown only from this server (see
 * `recordPictureSource`); otherwise its description stands alone.
 */
export function RecordBlockView({ block, sessionId }: { block: RecordBlock; sessionId: string }) {
  const t = useRecordT()
  switch (block.kind) {
    case 'heading':
      return <h3>{block.text}</h3>
    case 'paragraph':
      return <p className="record__text">{block.text}</p>
    case 'list':
      return <RecordList items={block.items} />
    case 'table':
      return (
        <div className="record__table-wrap">
          <table className="record__table">
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
                  {row.map((cell, cellIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id and never move
                    <td key={cellIndex}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'picture': {
      const shown = recordPictureSource(block.src, sessionId) !== null
      return (
        <figure className="record__figure">
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

function RecordList({ items }: { items: readonly RecordListItem[] }) {
  return (
    <ul className="record__list">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; two notes may read alike
        <li key={index}>
          <span className="record__text">{item.text}</span>
          {item.author ? <span className="muted"> ({item.author})</span> : null}
          {item.items && item.items.length > 0 ? <RecordList items={item.items} /> : null}
        </li>
      ))}
    </ul>
  )
}
