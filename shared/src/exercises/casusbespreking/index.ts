export * from './analysisColumns.ts'
export * from './exampleCases.ts'
export * from './template.ts'
