export * from './templateSchema.ts'
export * from './templates.ts'
export * from './validateTemplate.ts'
