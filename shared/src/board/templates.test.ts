import { describe, expect, it } from 'vitest'
import { TEMPLATES, TEMPLATE_IDS, getTemplate } from './templates'
import { TemplateSchema } from './templateSchema'

describe('templates', () => {
  it('ships only valid templates, one for each id', () => {
    for (const template of TEMPLATES) expect(TemplateSchema.parse(template)).toEqual(template)
    expect(TEMPLATE_IDS.map((id) => getTemplate(id).id)).toEqual([...TEMPLATE_IDS])
  })
})
