import blank from './templates/blank.json'
import coProduction from './templates/co-production.json'

/** A workshop template: plain data, so a facilitator can add one by export and import. */
export interface Template {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly stages: readonly {
    readonly title: string
    readonly prompt: string
    /** Suggested length, or null when open-ended. */
    readonly minutes: number | null
    /** Private writing until reveal. */
    readonly private: boolean
  }[]
}

// The bundled templates are our own files, checked by templates.test.ts against TemplateSchema;
// parsing them here would pull the validator into every client bundle.
/** The templates a new board can start from; the first is the default. */
export const TEMPLATES: readonly Template[] = [coProduction, blank]

/** Ids accepted by `POST /api/boards` as `template`. */
export const TEMPLATE_IDS = ['co-production', 'blank'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** The template with this id. */
export function getTemplate(id: TemplateId): Template {
  return TEMPLATES.find((template) => template.id === id) ?? TEMPLATES[0]
}
