import type { ServerResponse } from 'node:http'
import type { ApiError } from '@coboard/shared'
import { tooManyBoardsMessage } from '../limits/BoardCreations'

/** Sends `body` as JSON. API answers are never cached: some of them carry tokens. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(text))
  res.setHeader('Cache-Control', 'no-store')
  res.end(text)
}

/** Sends the API's error body, `{ error }`, with words a person understands. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  const body: ApiError = { error: message }
  sendJson(res, status, body)
}

/** 429 for an address that has created its allowance of boards; `seconds` until the next one. */
export function sendTooManyBoards(res: ServerResponse, seconds: number): void {
  res.setHeader('Retry-After', String(seconds))
  sendError(res, 429, tooManyBoardsMessage(seconds))
}
