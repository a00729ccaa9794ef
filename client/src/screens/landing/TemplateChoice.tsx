import { TEMPLATES, type TemplateId } from '@coboard/shared'
import './templateChoice.css'

interface TemplateChoiceProps {
  readonly value: TemplateId
  readonly onChange: (id: TemplateId) => void
}

/** The agenda a new board starts with: the co-production workshop (default) or none. */
export function TemplateChoice({ value, onChange }: TemplateChoiceProps) {
  return (
    <fieldset className="template-choice">
      <legend className="field-label">Start from</legend>
      {TEMPLATES.map((template) => (
        <label key={template.id} className="template-option" data-checked={template.id === value}>
          <input
            type="radio"
            name="template"
            value={template.id}
            checked={template.id === value}
            onChange={() => onChange(template.id as TemplateId)}
          />
          <span className="template-text">
            <span className="template-title">
              {template.title}
              {template.stages.length > 0 && (
                <span className="template-stages"> · {template.stages.length} stages</span>
              )}
            </span>
            <span className="template-description">{template.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
