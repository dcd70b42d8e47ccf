import { recordFacts, recordHeading, type SessionRecord } from '@reflectiebord/shared'
import type { ReactNode } from 'react'
import { htmlLang } from '../i18n/languages.ts'
import { RecordBlocks } from './RecordBlocks.tsx'

interface RecordViewProps {
  record: SessionRecord
  sessionId: string
  /** What comes between the facts and the first section: the downloads. */
  children?: ReactNode
}

/** The record as a readable page: one heading per exercise, in the order played. */
export function RecordView({ record, sessionId, children }: RecordViewProps) {
  return (
    <article className="record" lang={htmlLang[record.language]} aria-labelledby="record-title">
      <h1 id="record-title" data-testid="record-title">
        {recordHeading(record)}
      </h1>
      <dl className="record__facts">
        {recordFacts(record).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {children}
      {record.sections.map((section, index) => {
        const id = `record-section-${index}`
        return (
          <section
            key={`${section.exerciseId}:${section.instanceId ?? index}`}
            className="record__section"
            aria-labelledby={id}
            data-testid="record-section"
          >
            <h2 id={id}>{section.title}</h2>
            <RecordBlocks blocks={section.blocks} headingLevel={3} sessionId={sessionId} />
          </section>
        )
      })}
    </article>
  )
}
