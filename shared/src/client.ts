// What the browser may import: the domain model, the exports and the HTTP contract, without any
// validator (those live in validation.ts and run on the server). Vite resolves `@coboard/shared`
// here; Node, tests and the type checker resolve it to index.ts, which adds validation.ts.
export * from './board'
export * from './board/export'
export * from './api/boards'
export * from './api/joinCodes'
export * from './api/closeCodes'
export * from './api/limitNotices'
export * from './api/socketToken'
export * from './api/denials'
export * from './api/exportFormats'
