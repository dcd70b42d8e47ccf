import type { ReactNode } from 'react'
import { PageHeader } from '../PageHeader.tsx'

interface MessagePageProps {
  heading: string
  children: ReactNode
  testId?: string
}

/** A full page with one message, for the cases where the board cannot open. */
export function MessagePage({ heading, children, testId }: MessagePageProps) {
  return (
    <div className="page">
      <PageHeader />
      <main className="page__main" id="main">
        <section className="card" data-testid={testId} aria-labelledby="message-heading">
          <h1 id="message-heading">{heading}</h1>
          {children}
        </section>
      </main>
    </div>
  )
}
