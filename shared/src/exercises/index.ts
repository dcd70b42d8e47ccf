export * from './stoplichtspel/index.ts'
export * from './templateSchema.ts'
export * from './templates.ts'
export * from './validateTemplate.ts'
