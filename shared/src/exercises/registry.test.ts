import { describe, expect, it } from 'vitest'
import type { ExerciseModule } from './ExerciseModule.ts'
import { ExerciseRegistry, ExerciseRegistryError, TemplateError } from './ExerciseRegistry.ts'
import { exerciseTemplates, getTemplate } from './registry.ts'
import type { ExerciseTemplate, LocalizedText } from './templateSchema.ts'
import { validateTemplate } from './validateTemplate.ts'

// Zone prompts sit at the top of a zone on the board; longer ones stop being read.
const AREA_INSTRUCTION_READABLE_LENGTH = 200

function allTexts(template: ExerciseTemplate): { path: string; text: LocalizedText }[] {
  return [
    { path: 'title', text: template.title },
    { path: 'description', text: template.description },
    ...template.phases.flatMap((phase, i) => [
      { path: `phases[${i}].title`, text: phase.title },
      { path: `phases[${i}].instruction`, text: phase.instruction },
    ]),
    ...template.areas.flatMap((area, i) => [
      { path: `areas[${i}].title`, text: area.title },
      { path: `areas[${i}].instruction`, text: area.instruction },
    ]),
  ]
}

describe('exerciseTemplates', () => {
  it('ships the three exercises (two case methods) first and then the three movements', () => {
    expect(exerciseTemplates.map((template) => template.id)).toEqual([
      'dromen-met-beelden',
      'stoplichtspel',
      'casusbespreking',
      'casusbespreking-kort',
      'in-kaart-brengen',
      'reflecteren',
      'verder-bouwen',
    ])
  })

  it('offers at least two methods for the case discussion, each phase tied to one of its zones', () => {
    const methods = exerciseTemplates.filter((template) => template.exercise === 'casusbespreking')
    expect(methods.map((m) => m.id)).toEqual(['casusbespreking', 'casusbespreking-kort'])
    for (const method of methods) {
      const areaIds = new Set(method.areas.map((area) => area.id))
      for (const phase of method.phases) expect(areaIds.has(phase.areaId ?? '')).toBe(true)
      expect(method.phases.some((phase) => phase.nudge === 'questions-only')).toBe(true)
      expect(method.phases.at(-1)?.nudge ?? method.phases.at(-2)?.nudge).toBe('case-bringer')
    }
    const total = (id: string) =>
      getTemplate(id)?.phases.reduce((sum, phase) => sum + phase.durationMinutes, 0) ?? 0
    expect(total('casusbespreking-kort')).toBeLessThan(total('casusbespreking'))
  })

  it('refuses invalid method data when the registry is built, naming the template and the problem', () => {
    const broken = { ...getTemplate('casusbespreking-kort'), id: 'kapotte-methode', phases: [] }
    const build = (...templates: unknown[]) =>
      new ExerciseRegistry([moduleWith('oefening', templates as ExerciseTemplate[])])
    expect(() => build(broken)).toThrow(TemplateError)
    expect(() => build(broken)).toThrow(/kapotte-methode.*phases must be a list/)
    const twice = getTemplate('stoplichtspel')
    expect(() => build(twice, twice)).toThrow(/used twice/)
  })

  it('refuses two exercises that claim the same id, command, slice or sealed kind', () => {
    const a = moduleWith('een', [])
    expect(() => new ExerciseRegistry([a, moduleWith('een', [])])).toThrow(ExerciseRegistryError)
    const command = { fields: {} }
    expect(
      () =>
        new ExerciseRegistry([
          { ...a, commands: { 'x.go': command } },
          { ...moduleWith('twee', []), commands: { 'x.go': command } },
        ]),
    ).toThrow(/x\.go/)
    expect(() => new ExerciseRegistry([{ ...a, commands: { 'phase.next': command } }])).toThrow(
      /phase\.next/,
    )
  })

  it('has unique template ids', () => {
    const ids = exerciseTemplates.map((template) => template.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  describe.each(exerciseTemplates.map((template) => [template.id, template] as const))(
    '%s',
    (_, template) => {
      it('passes validation unchanged, so its texts are already tidy', () => {
        expect(validateTemplate(template)).toEqual({ ok: true, template })
      })

      it('has Dutch and English for every text', () => {
        for (const { path, text } of allTexts(template)) {
          expect(text.nl.trim(), `${path}.nl`).not.toBe('')
          expect(text.en.trim(), `${path}.en`).not.toBe('')
        }
      })

      it('has an English translation of every description and instruction', () => {
        // Short titles may coincide ("Clusters"); a longer text that matches was not translated.
        for (const { path, text } of allTexts(template)) {
          if (path.endsWith('title')) continue
          expect(text.en, path).not.toBe(text.nl)
        }
      })

      it('keeps zone prompts short enough to read on the board', () => {
        for (const [i, area] of template.areas.entries()) {
          for (const language of ['nl', 'en'] as const) {
            const length = [...area.instruction[language]].length
            expect(length, `areas[${i}].instruction.${language}`).toBeLessThanOrEqual(
              AREA_INSTRUCTION_READABLE_LENGTH,
            )
          }
        }
      })
    },
  )

  it('cannot be changed in place by a caller', () => {
    const template = exerciseTemplates[0]!
    expect(Object.isFrozen(exerciseTemplates)).toBe(true)
    expect(() => {
      template.phases[0]!.durationMinutes = 99
    }).toThrow(TypeError)
    expect(() => {
      template.areas.push(template.areas[0]!)
    }).toThrow(TypeError)
  })
})

describe('getTemplate', () => {
  it('finds a shipped template by id', () => {
    expect(getTemplate('casusbespreking')?.title.nl).toBe('Casusbespreking')
    expect(getTemplate('verder-bouwen')?.areas).toHaveLength(6)
  })

  it('returns undefined for an unknown id', () => {
    expect(getTemplate('bestaat-niet')).toBeUndefined()
    expect(getTemplate('')).toBeUndefined()
  })
})

describe('the templates match the exercises they describe', () => {
  it('dromen met beelden runs choose, show and tell, cluster, vision for 10, 15, 15, 15 minutes', () => {
    const template = getTemplate('dromen-met-beelden')!
    expect(template.phases.map((p) => p.durationMinutes)).toEqual([10, 15, 15, 15])
    expect(template.areas.map((a) => a.title.nl)).toEqual([
      'Persoonlijke plekken',
      'Clusters',
      'Onze gedeelde visie',
    ])
  })

  it('stoplichtspel runs explanation, voting, differences, summary for 3, 30, 15, 10 minutes', () => {
    const template = getTemplate('stoplichtspel')!
    expect(template.phases.map((p) => p.durationMinutes)).toEqual([3, 30, 15, 10])
    expect(template.areas.map((a) => a.title.nl)).toEqual([
      'Stelling',
      'Wat nemen we mee?',
      'Samenvatting',
    ])
  })

  it('casusbespreking has six phases, each with a zone of the same id, and a case zone', () => {
    const template = getTemplate('casusbespreking')!
    expect(template.phases.map((p) => p.durationMinutes)).toEqual([5, 10, 10, 10, 5, 5])
    const areaIds = template.areas.map((a) => a.id)
    expect(areaIds).toContain('casus')
    for (const phase of template.phases) expect(areaIds).toContain(phase.id)
  })

  it('in kaart brengen has what, where, who, goals and gaps', () => {
    expect(getTemplate('in-kaart-brengen')!.areas.map((a) => a.id)).toEqual([
      'wat',
      'waar',
      'wie',
      'doelen',
      'hiaten',
    ])
  })

  it('reflecteren asks open questions in each of the six themes', () => {
    const areas = getTemplate('reflecteren')!.areas
    expect(areas).toHaveLength(6)
    for (const area of areas) {
      const questions = area.instruction.nl.split('?').length - 1
      expect(questions, area.id).toBeGreaterThanOrEqual(1)
      expect(questions, area.id).toBeLessThanOrEqual(3)
    }
  })

  it('verder bouwen asks for who and when in every building block and names the 7 B’s', () => {
    const areas = getTemplate('verder-bouwen')!.areas
    expect(areas).toHaveLength(6)
    for (const area of areas) {
      expect(area.instruction.nl, area.id).toMatch(/wie en wanneer/)
      expect(area.instruction.en, area.id).toMatch(/who and when/)
    }
    const accessible = areas.find((a) => a.id === 'toegankelijker')!
    for (const b of [
      'beschikbaar',
      'bereikbaar',
      'betaalbaar',
      'begrijpbaar',
      'bruikbaar',
      'betrouwbaar',
      'bekend',
    ]) {
      expect(accessible.instruction.nl).toContain(b)
    }
  })
})

function moduleWith(id: string, templates: ExerciseTemplate[]): ExerciseModule {
  return {
    id,
    title: { nl: id, en: id },
    templates,
    commands: {},
    record: ({ instanceId }) => ({ exerciseId: id, instanceId, title: id, blocks: [] }),
  }
}
