export * from './clusters.ts'
export * from './personalSpots.ts'
export * from './template.ts'
