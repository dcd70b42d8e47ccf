import { defaultShapeUtils } from 'tldraw'
import { AreaShapeUtil } from './AreaShapeUtil.tsx'

/** Our shapes, for `<Tldraw shapeUtils>`; a stable array so tldraw does not rebuild. */
export const customShapeUtils = [AreaShapeUtil]

/** Every shape the board's store knows: tldraw's own and ours. */
export const boardShapeUtils = [...defaultShapeUtils, ...customShapeUtils]
