import { z } from 'zod'
import blank from './templates/blank.json'
import coProduction from './templates/co-production.json'
import { MAX_PURPOSE_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './schema'

/** A workshop template: plain data, so a facilitator can add one by export and import. */
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
})
export type Template = z.infer<typeof TemplateSchema>

/** The templates a new board can start from; the first is the default. */
export const TEMPLATES: readonly Template[] = [
  TemplateSchema.parse(coProduction),
  TemplateSchema.parse(blank),
]

/** Ids accepted by `POST /api/boards` as `template`. */
export const TEMPLATE_IDS = ['co-production', 'blank'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** The template with this id. */
export function getTemplate(id: TemplateId): Template {
  return TEMPLATES.find((template) => template.id === id) ?? TEMPLATES[0]
}
