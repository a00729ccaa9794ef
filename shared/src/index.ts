export * from './board'
export * from './board/export/json'
export * from './api/boards'
