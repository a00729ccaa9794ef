import type { ServerResponse } from 'node:http'
import type { ApiError } from '@coboard/shared'
import { tooManyBoardsMessage } from '../limits/BoardCreations'
import { HttpError } from './HttpError'

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

/** How long a client is asked to wait when the worker threads' queue is full. */
const BUSY_RETRY_SECONDS = 5

/** The 503 for a request refused because the worker threads' queue is full, with Retry-After. */
export function workersBusy(res: ServerResponse): HttpError {
  res.setHeader('Retry-After', String(BUSY_RETRY_SECONDS))
  return new HttpError(
    503,
    'The server is busy with other exports and imports right now. Try again in a few seconds.',
  )
}
