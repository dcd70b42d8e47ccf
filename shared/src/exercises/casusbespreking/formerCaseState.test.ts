import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readControlState } from '../../control/controlDocument.ts'
import { ControlMaps } from '../../control/controlState.ts'
import { readSlice } from '../ExerciseModule.ts'
import { upgradeControlDocument } from '../upgradeControlDocument.ts'
import { casusbespreking } from './module.ts'

describe('a case discussion from before the exercise modules', () => {
  it('keeps its case-bringer and practice case once the server upgrades session control', () => {
    const doc = new Y.Doc()
    // Where versions before the modules kept the case.
    const former = { bringerPublicId: 'pub-ann', exampleCaseId: 'gezin-1' }
    doc.getMap(ControlMaps.session).set('case', former)
    expect(readSlice(readControlState(doc), casusbespreking)).toBeNull()
    upgradeControlDocument(doc, [casusbespreking])
    expect(readSlice(readControlState(doc), casusbespreking)).toEqual(former)
  })
})
