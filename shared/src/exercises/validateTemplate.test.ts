import { describe, expect, it } from 'vitest'
import { type ExerciseTemplate, TEMPLATE_LIMITS } from './templateSchema.ts'
import { TEMPLATE_ID_MAX_LENGTH, validateTemplate } from './validateTemplate.ts'

function validTemplate(): ExerciseTemplate {
  return {
    id: 'proef-oefening',
    title: { nl: 'Proefoefening', en: 'Trial exercise' },
    description: { nl: 'Een korte oefening.', en: 'A short exercise.' },
    phases: [
      {
        id: 'start',
        title: { nl: 'Start', en: 'Start' },
        instruction: { nl: 'Schrijf een briefje.', en: 'Write a note.' },
        durationMinutes: 5,
      },
      {
        id: 'samen',
        title: { nl: 'Samen', en: 'Together' },
        instruction: { nl: 'Bespreek de briefjes.', en: 'Discuss the notes.' },
        durationMinutes: 10,
      },
    ],
    areas: [
      {
        id: 'links',
        title: { nl: 'Links', en: 'Left' },
        instruction: { nl: 'Hier.', en: 'Here.' },
        x: 0,
        y: 0,
        w: 600,
        h: 800,
      },
      {
        id: 'rechts',
        title: { nl: 'Rechts', en: 'Right' },
        instruction: { nl: 'Daar.', en: 'There.' },
        x: 680,
        y: 0,
        w: 600,
        h: 800,
      },
    ],
  }
}

/** A valid template with one change, typed loosely because the point is to break it. */
function withChange(change: (t: Record<string, unknown> & ExerciseTemplate) => void): unknown {
  const t = validTemplate() as Record<string, unknown> & ExerciseTemplate
  change(t)
  return t
}

function errorsOf(input: unknown): string[] {
  const result = validateTemplate(input)
  return result.ok ? [] : result.errors
}

function set(target: object, key: string, value: unknown): void {
  Reflect.set(target, key, value)
}

describe('validateTemplate', () => {
  it('accepts a valid template and returns an equal copy', () => {
    const result = validateTemplate(validTemplate())
    expect(result).toEqual({ ok: true, template: validTemplate() })
  })

  it('accepts a template without areas', () => {
    expect(validateTemplate(withChange((t) => set(t, 'areas', []))).ok).toBe(true)
  })

  it('trims texts and drops unknown fields in the copy it returns', () => {
    const result = validateTemplate(
      withChange((t) => {
        t.title.nl = '  Proefoefening \n'
        set(t, 'extra', 'ignored')
        set(t.phases[0]!, 'colour', 'red')
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.template.title.nl).toBe('Proefoefening')
    expect(result.template).not.toHaveProperty('extra')
    expect(result.template.phases[0]).not.toHaveProperty('colour')
  })

  it('leaves optional fields that are set to undefined out of the copy', () => {
    const result = validateTemplate(
      withChange((t) => {
        set(t, 'exercise', undefined)
        set(t.phases[0]!, 'nudge', undefined)
        set(t.phases[0]!, 'areaId', undefined)
      }),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.template).not.toHaveProperty('exercise')
    expect(Object.keys(result.template.phases[0]!)).not.toContain('nudge')
    expect(Object.keys(result.template.phases[0]!)).not.toContain('areaId')
  })

  it('reports a missing field with what the field must be', () => {
    expect(
      errorsOf(withChange((t) => Reflect.deleteProperty(t.phases[0]!, 'durationMinutes'))),
    ).toEqual(['phases[0].durationMinutes must be a whole number from 1 to 240'])
    expect(errorsOf(withChange((t) => Reflect.deleteProperty(t, 'id')))).toEqual([
      expect.stringMatching(/^id must be lower-case kebab-case/),
    ])
  })

  it('refuses something that is not an object', () => {
    for (const input of [null, undefined, 'template', 42, []]) {
      expect(errorsOf(input)).toEqual(['template must be an object'])
    }
  })

  describe('ids', () => {
    it.each([
      ['upper case', 'Proef'],
      ['spaces', 'proef oefening'],
      ['a leading hyphen', '-proef'],
      ['a double hyphen', 'proef--oefening'],
      ['an empty string', ''],
      ['a number', 7],
    ])('refuses a template id with %s', (_, id) => {
      expect(errorsOf(withChange((t) => set(t, 'id', id)))).toEqual([
        expect.stringMatching(/^id must be lower-case kebab-case/),
      ])
    })

    it('refuses an id longer than the limit and accepts one at the limit', () => {
      const atLimit = 'a'.repeat(TEMPLATE_ID_MAX_LENGTH)
      expect(validateTemplate(withChange((t) => set(t, 'id', atLimit))).ok).toBe(true)
      expect(errorsOf(withChange((t) => set(t, 'id', `${atLimit}b`)))).toEqual([
        expect.stringMatching(/^id must be/),
      ])
    })

    it('names the phase and area whose id is malformed', () => {
      const errors = errorsOf(
        withChange((t) => {
          t.phases[1]!.id = 'Fase 2'
          t.areas[0]!.id = 'links_boven'
        }),
      )
      expect(errors).toEqual([
        expect.stringMatching(/^phases\[1\]\.id must be lower-case kebab-case/),
        expect.stringMatching(/^areas\[0\]\.id must be lower-case kebab-case/),
      ])
    })

    it('refuses duplicate phase ids and points at the first use', () => {
      expect(errorsOf(withChange((t) => (t.phases[1]!.id = 'start')))).toEqual([
        'phases[1].id "start" is already used by phases[0]',
      ])
    })

    it('refuses duplicate area ids and points at the first use', () => {
      expect(errorsOf(withChange((t) => (t.areas[1]!.id = 'links')))).toEqual([
        'areas[1].id "links" is already used by areas[0]',
      ])
    })

    it('allows a phase and an area to share an id', () => {
      expect(validateTemplate(withChange((t) => (t.areas[0]!.id = 'start'))).ok).toBe(true)
    })
  })

  describe('texts', () => {
    it('refuses a missing or non-object localized text', () => {
      expect(errorsOf(withChange((t) => set(t, 'title', 'Proef')))).toEqual([
        'title must be an object with Dutch (nl) and English (en) text',
      ])
      expect(errorsOf(withChange((t) => set(t, 'description', undefined)))).toEqual([
        'description must be an object with Dutch (nl) and English (en) text',
      ])
    })

    it('requires both Dutch and English', () => {
      expect(errorsOf(withChange((t) => set(t.title, 'en', undefined)))).toEqual([
        'title.en must be text',
      ])
      expect(errorsOf(withChange((t) => set(t.phases[0]!.instruction, 'nl', 3)))).toEqual([
        'phases[0].instruction.nl must be text',
      ])
    })

    it('refuses empty or whitespace-only text', () => {
      expect(errorsOf(withChange((t) => (t.description.nl = '')))).toEqual([
        'description.nl must not be empty',
      ])
      expect(errorsOf(withChange((t) => (t.areas[1]!.title.en = ' \n\t ')))).toEqual([
        'areas[1].title.en must not be empty',
      ])
    })

    it.each([
      ['title', TEMPLATE_LIMITS.maxTitle],
      ['description', TEMPLATE_LIMITS.maxDescription],
    ] as const)('refuses a %s over %i characters and accepts one at the limit', (field, max) => {
      expect(validateTemplate(withChange((t) => (t[field].nl = 'é'.repeat(max)))).ok).toBe(true)
      expect(errorsOf(withChange((t) => (t[field].nl = 'é'.repeat(max + 1))))).toEqual([
        `${field}.nl must be at most ${max} characters (it has ${max + 1})`,
      ])
    })

    it('limits phase and area titles and instructions', () => {
      const { maxTitle, maxInstruction } = TEMPLATE_LIMITS
      const errors = errorsOf(
        withChange((t) => {
          t.phases[0]!.title.en = 'x'.repeat(maxTitle + 1)
          t.phases[1]!.instruction.nl = 'x'.repeat(maxInstruction + 1)
          t.areas[0]!.title.nl = 'x'.repeat(maxTitle + 1)
          t.areas[1]!.instruction.en = 'x'.repeat(maxInstruction + 1)
        }),
      )
      expect(errors).toEqual([
        `phases[0].title.en must be at most ${maxTitle} characters (it has ${maxTitle + 1})`,
        `phases[1].instruction.nl must be at most ${maxInstruction} characters (it has ${maxInstruction + 1})`,
        `areas[0].title.nl must be at most ${maxTitle} characters (it has ${maxTitle + 1})`,
        `areas[1].instruction.en must be at most ${maxInstruction} characters (it has ${maxInstruction + 1})`,
      ])
    })

    it('counts an emoji as one character', () => {
      const emoji = '🌱'.repeat(TEMPLATE_LIMITS.maxTitle)
      expect(validateTemplate(withChange((t) => (t.title.en = emoji))).ok).toBe(true)
    })

    it('keeps line breaks in instructions but refuses them in titles', () => {
      expect(
        validateTemplate(withChange((t) => (t.phases[0]!.instruction.nl = 'Eén.\nTwee.'))).ok,
      ).toBe(true)
      expect(errorsOf(withChange((t) => (t.title.nl = 'Proef\noefening')))).toEqual([
        'title.nl must be a single line without control characters',
      ])
    })

    it('refuses control characters in instructions', () => {
      expect(errorsOf(withChange((t) => (t.areas[0]!.instruction.nl = 'Hier\u0007.')))).toEqual([
        'areas[0].instruction.nl must not contain control characters other than line breaks',
      ])
    })
  })

  describe('phases', () => {
    it('requires at least one phase', () => {
      expect(errorsOf(withChange((t) => (t.phases = [])))).toEqual([
        `phases must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`,
      ])
    })

    it('refuses more than the maximum number of phases', () => {
      const tooMany = withChange((t) => {
        t.phases = Array.from({ length: TEMPLATE_LIMITS.maxPhases + 1 }, (_, i) => ({
          ...t.phases[0]!,
          id: `fase-${i}`,
        }))
      })
      expect(errorsOf(tooMany)).toEqual([
        `phases must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`,
      ])
    })

    it('refuses phases that are not a list or hold something other than objects', () => {
      expect(errorsOf(withChange((t) => set(t, 'phases', { 0: 'start' })))).toEqual([
        `phases must be a list of 1 to ${TEMPLATE_LIMITS.maxPhases} phases`,
      ])
      expect(errorsOf(withChange((t) => set(t.phases, '1', 'samen')))).toEqual([
        'phases[1] must be an object',
      ])
    })

    it.each([
      ['zero', 0],
      ['negative', -5],
      ['a fraction', 2.5],
      ['over the maximum', TEMPLATE_LIMITS.maxDurationMinutes + 1],
      ['not a number', '10'],
      ['NaN', Number.NaN],
      ['infinite', Number.POSITIVE_INFINITY],
    ])('refuses a duration that is %s', (_, minutes) => {
      expect(errorsOf(withChange((t) => set(t.phases[1]!, 'durationMinutes', minutes)))).toEqual([
        'phases[1].durationMinutes must be a whole number from 1 to 240',
      ])
    })

    it('accepts durations at both limits', () => {
      const result = validateTemplate(
        withChange((t) => {
          t.phases[0]!.durationMinutes = TEMPLATE_LIMITS.minDurationMinutes
          t.phases[1]!.durationMinutes = TEMPLATE_LIMITS.maxDurationMinutes
        }),
      )
      expect(result.ok).toBe(true)
    })
  })

  describe('areas', () => {
    it('refuses areas that are not a list or exceed the maximum', () => {
      const message = `areas must be a list of at most ${TEMPLATE_LIMITS.maxAreas} areas`
      expect(errorsOf(withChange((t) => set(t, 'areas', undefined)))).toEqual([message])
      const tooMany = withChange((t) => {
        t.areas = Array.from({ length: TEMPLATE_LIMITS.maxAreas + 1 }, (_, i) => ({
          ...t.areas[0]!,
          id: `zone-${i}`,
          x: i * 100,
          w: 100,
        }))
      })
      expect(errorsOf(tooMany)).toEqual([message])
    })

    it('refuses an area that is not an object', () => {
      expect(errorsOf(withChange((t) => set(t.areas, '0', null)))).toEqual([
        'areas[0] must be an object',
      ])
    })

    it.each([
      ['x', -1, 'areas[1].x must be a number from 0 to 20000'],
      ['y', TEMPLATE_LIMITS.maxOffset + 1, 'areas[1].y must be a number from 0 to 20000'],
      ['x', Number.NaN, 'areas[1].x must be a number from 0 to 20000'],
      ['w', TEMPLATE_LIMITS.minAreaSize - 1, 'areas[1].w must be a number from 80 to 4000'],
      ['h', TEMPLATE_LIMITS.maxAreaSize + 1, 'areas[1].h must be a number from 80 to 4000'],
      ['h', Number.POSITIVE_INFINITY, 'areas[1].h must be a number from 80 to 4000'],
      ['w', '600', 'areas[1].w must be a number from 80 to 4000'],
    ])('refuses %s = %s', (field, value, message) => {
      expect(errorsOf(withChange((t) => set(t.areas[1]!, field, value)))).toEqual([message])
    })

    it('accepts fractional positions and sizes at the limits', () => {
      const result = validateTemplate(
        withChange((t) => {
          t.areas[1] = {
            ...t.areas[1]!,
            x: 680.5,
            y: TEMPLATE_LIMITS.maxOffset,
            w: TEMPLATE_LIMITS.minAreaSize,
            h: TEMPLATE_LIMITS.maxAreaSize,
          }
        }),
      )
      expect(result.ok).toBe(true)
    })

    it('refuses two areas that overlap', () => {
      expect(errorsOf(withChange((t) => (t.areas[1]!.x = 599)))).toEqual([
        'areas[1] overlaps areas[0]',
      ])
    })

    it('refuses an area lying entirely inside another', () => {
      const errors = errorsOf(
        withChange((t) => {
          t.areas[1] = { ...t.areas[1]!, x: 100, y: 100, w: 100, h: 100 }
        }),
      )
      expect(errors).toEqual(['areas[1] overlaps areas[0]'])
    })

    it('allows areas whose edges touch', () => {
      expect(validateTemplate(withChange((t) => (t.areas[1]!.x = 600))).ok).toBe(true)
      const stacked = withChange((t) => {
        t.areas[1] = { ...t.areas[1]!, x: 0, y: 800 }
      })
      expect(validateTemplate(stacked).ok).toBe(true)
    })

    it('still reports an overlap when the overlapping area has another problem', () => {
      const errors = errorsOf(
        withChange((t) => {
          t.areas[0]!.title.nl = ''
          t.areas[1]!.x = 0
        }),
      )
      expect(errors).toEqual(['areas[0].title.nl must not be empty', 'areas[1] overlaps areas[0]'])
    })
  })

  it('keeps the exercise module id, a phase nudge and the zone a phase writes in', () => {
    const input = withChange((t) => {
      set(t, 'exercise', 'rondje')
      const phase = t.phases[0]!
      set(phase, 'nudge', 'questions-only')
      set(phase, 'areaId', t.areas[0]!.id)
    })
    const result = validateTemplate(input)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.template.exercise).toBe('rondje')
      expect(result.template.phases[0]).toMatchObject({
        nudge: 'questions-only',
        areaId: input && (input as ExerciseTemplate).areas[0]!.id,
      })
    }
  })

  it('accepts any well-formed exercise module id: the modules, not the schema, define them', () => {
    const result = validateTemplate(withChange((t) => set(t, 'exercise', 'tarot')))
    expect(result.ok && result.template.exercise).toBe('tarot')
  })

  it('refuses a malformed exercise id, an unknown nudge, and a phase tied to a missing zone', () => {
    for (const exercise of ['Tarot!', 'tarot kaarten', '', 42, { id: 'tarot' }]) {
      expect(errorsOf(withChange((t) => set(t, 'exercise', exercise)))).toEqual([
        expect.stringContaining('exercise must be'),
      ])
    }
    expect(errorsOf(withChange((t) => set(t.phases[0]!, 'nudge', 'shout')))).toEqual([
      expect.stringContaining('phases[0].nudge must be one of'),
    ])
    expect(errorsOf(withChange((t) => set(t.phases[0]!, 'areaId', 'nergens')))).toEqual([
      'phases[0].areaId names no area of this template',
    ])
  })

  it('reports every problem at once', () => {
    const errors = errorsOf({ id: 'X', title: {}, phases: [], areas: 'none' })
    expect(errors).toEqual([
      expect.stringMatching(/^id must be/),
      'title.nl must be text',
      'title.en must be text',
      'description must be an object with Dutch (nl) and English (en) text',
      'phases must be a list of 1 to 12 phases',
      'areas must be a list of at most 40 areas',
    ])
  })
})
