// Everything shared/ offers. The browser gets the validator-free subset in client.ts.
export * from './client'
export * from './validation'
