import { z } from 'zod'
import { MAX_PURPOSE_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './schema'
import type { Template } from './templates'

/** Validates a template from outside (an imported file); the result is a Template. */
export const TemplateSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(MAX_TITLE_LENGTH),
  description: z.string().max(MAX_PURPOSE_LENGTH).default(''),
  stages: z
    .array(
      z.object({
        title: z.string().min(1).max(MAX_TITLE_LENGTH),
        prompt: z.string().max(MAX_TEXT_LENGTH).default(''),
        minutes: z.number().int().min(1).max(240).nullable().default(null),
        private: z.boolean().default(false),
      }),
    )
    .max(50),
}) satisfies z.ZodType<Template>
