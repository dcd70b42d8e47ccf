import type { ControlState } from '@reflectiebord/shared'
import { createContext, type ReactNode, useContext } from 'react'
import type { Editor } from 'tldraw'
import type { MyRole } from './useMyRole.ts'

/** Everything the facilitation UI reads: one value, handed down once by the board. */
export interface Facilitation {
  sessionId: string
  /**
   * This browser's private participant id: it proves who I am when I submit to a sealed box
   * (a vote). Never shown to others; they know me by my public id.
   */
  participantId: string
  control: ControlState
  /** Server time minus local time, in ms (see `serverClock.ts`). */
  clockOffset: number
  me: MyRole
  /** The mounted tldraw editor; null until tldraw is up. */
  editor: Editor | null
}

const FacilitationContext = createContext<Facilitation | null>(null)

export function FacilitationProvider({
  value,
  children,
}: {
  value: Facilitation
  children: ReactNode
}) {
  return <FacilitationContext.Provider value={value}>{children}</FacilitationContext.Provider>
}

export function useFacilitation(): Facilitation {
  const value = useContext(FacilitationContext)
  if (!value) throw new Error('useFacilitation() outside <FacilitationProvider>')
  return value
}
