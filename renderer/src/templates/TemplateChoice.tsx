import { useId } from 'react';
import type { TemplateSummary } from '../../../electron/common/template/briefing-template';

interface TemplateChoiceProps {
  templates: TemplateSummary[];
  chosenId: string;
  onChoose: (id: string) => void;
}

/** The templates as a radio group; each shows its description, and the chosen one its sections. */
export function TemplateChoice({ templates, chosenId, onChoose }: TemplateChoiceProps) {
  const groupId = useId();
  return (
    <fieldset className="template-choice">
      <legend>Template</legend>
      <ul>
        {templates.map((template) => {
          const descriptionId = `${groupId}-${template.id}`;
          const chosen = template.id === chosenId;
          return (
            <li key={template.id} className={chosen ? 'template-option template-option-chosen' : 'template-option'}>
              <label>
                <input
                  type="radio"
                  name="template"
                  value={template.id}
                  checked={chosen}
                  aria-describedby={descriptionId}
                  onChange={() => onChoose(template.id)}
                />
                <span className="template-name">{template.name}</span>
                {template.builtIn ? null : <span className="template-badge">Yours</span>}
              </label>
              <div id={descriptionId} className="template-description">
                <p>{template.description || 'No description.'}</p>
                {chosen ? (
                  <p className="template-sections">
                    Sections: {template.sections.join(' · ')}
                    {template.nextReportNumber === null
                      ? ''
                      : ` — numbered: this briefing will be report No. ${template.nextReportNumber}.`}
                  </p>
                ) : null}
                {template.unknownVariables.length > 0 ? (
                  <p className="template-warning">
                    Uses {template.unknownVariables.join(', ')}, which Briefdesk does not fill; it stays as written.
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
