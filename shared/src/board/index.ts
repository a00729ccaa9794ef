// The board's domain model: what the client and the server import. Nothing here knows React or the network.
export * from './schema'
export * from './roots'
export * from './ids'
export * from './read'
export * from './operations'
export * from './textDiff'
export { isKnownKind } from './kinds'
export * from './presence'
