import { z } from 'zod'
import { MAX_PURPOSE_LENGTH, MAX_TITLE_LENGTH } from '../board/schema'
import type { CreateBoardRequest } from './boards'
import type { JoinRequest } from './joinCodes'

// Validation of what crosses the HTTP boundary. Server-side only: the client bundle never
// needs a validator, so zod stays out of it.

/** Board ids are short random strings from the id alphabet; anything else is refused before any lookup. */
export const BoardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a board id')

/** Body of `POST /api/boards`. */
export const CreateBoardRequestSchema = z.object({
  title: z.string().trim().min(1, 'a board needs a title').max(MAX_TITLE_LENGTH),
  purpose: z.string().trim().max(MAX_PURPOSE_LENGTH).optional(),
}) satisfies z.ZodType<CreateBoardRequest>

/**
 * Body of `POST /api/join`. Only the shape is checked here: whether the text is a join code is
 * normaliseJoinCode's answer, so the route can say so in its own words.
 */
export const JoinRequestSchema = z.object({
  code: z.string().max(64),
}) satisfies z.ZodType<JoinRequest>
