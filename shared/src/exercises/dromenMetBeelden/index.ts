export * from './clusters.ts'
export * from './module.ts'
export * from './personalSpots.ts'
export * from './template.ts'
