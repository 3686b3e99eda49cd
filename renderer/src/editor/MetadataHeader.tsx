import { useId, useMemo, useState } from 'react';
import type { BriefingMetadata } from '../../../electron/common/briefing/briefing-metadata';
import { classificationLevelLabels, metadataFieldLabels } from '../../../electron/common/briefing/metadata-labels';
import { classificationLevels } from '../../../electron/common/settings';
import { earliestYear, latestYear, wallClockOf, zonedAt } from '../../../electron/common/time/zoned-time';
import { LanguageInput } from '../languages/LanguageInput';
import { changeDraft, draftFromMetadata, type MetadataDraft, metadataFromDraft } from './metadata-draft';
import { StatusActions } from './StatusActions';
import { TitleField } from './TitleField';
import { sharedTimeZoneList } from './time-zone-list';

/**
 * The briefing's header above the text: title, dateline, times in the
 * briefing's zone, people, desk, tags, classification and report details.
 * Only valid metadata reaches `onChange`; a problem is shown at its field.
 */
export function MetadataHeader({
  metadata,
  locked = false,
  onChange,
}: {
  metadata: BriefingMetadata;
  /** An approved or published briefing not unlocked: only its status can change. */
  locked?: boolean;
  /** `immediately` for explicit actions (a status change) that should not wait for the autosave pause. */
  onChange: (metadata: BriefingMetadata, immediately: boolean) => void;
}) {
  const [draft, setDraft] = useState(() => draftFromMetadata(metadata));
  const [problem, setProblem] = useState<{ field: string; message: string }>();
  const [detailsShown, setDetailsShown] = useState(false);
  const zoneListId = useMemo(sharedTimeZoneList, []);
  const id = useId();

  const update = (change: Partial<MetadataDraft>, immediately = false) => {
    const next = changeDraft(draft, change);
    setDraft(next);
    const check = metadataFromDraft(next);
    if (check.ok) {
      setProblem(undefined);
      onChange(check.metadata, immediately);
    } else {
      setProblem({ field: check.field, message: check.message });
    }
  };

  const zone = draft.wallClockZone;
  const fieldProps = (field: keyof MetadataDraft) => ({
    id: `${id}-${field}`,
    value: draft[field],
    'aria-invalid': problem?.field === field ? true : undefined,
    'aria-describedby': problem?.field === field ? `${id}-problem` : undefined,
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
  });
  const dateTimeRange = { min: `${earliestYear}-01-01T00:00`, max: `${latestYear}-12-31T23:59` };
  const dateRange = { min: `${earliestYear}-01-01`, max: `${latestYear}-12-31` };
  const label = (field: keyof MetadataDraft, text: string) => <label htmlFor={`${id}-${field}`}>{text}</label>;

  return (
    <div className="metadata-header">
      <StatusActions status={draft.status} onChange={(status) => update({ status }, true)} />
      <fieldset className="metadata-fields" disabled={locked}>
        <div className="metadata-title">
          {label('title', metadataFieldLabels.title)}
          <TitleField
            id={`${id}-title`}
            value={draft.title}
            invalid={problem?.field === 'title'}
            describedBy={problem?.field === 'title' ? `${id}-problem` : undefined}
            onChange={(title) => update({ title })}
          />
        </div>
        <div className="metadata-row">
          <div className="metadata-field">
            {label('datelinePlace', metadataFieldLabels.datelinePlace)}
            <input {...fieldProps('datelinePlace')} placeholder="e.g. KYIV" />
          </div>
          <div className="metadata-field">
            {label('asOf', `${metadataFieldLabels.asOf} (${zone})`)}
            <span className="input-with-action">
              <input {...fieldProps('asOf')} {...dateTimeRange} type="datetime-local" />
              <button
                type="button"
                aria-label="Now: set “as of” to the current time"
                onClick={() => update({ asOf: wallClockOf(zonedAt(Date.now(), zone)) })}
              >
                Now
              </button>
            </span>
          </div>
          <div className="metadata-field">
            {label('language', metadataFieldLabels.language)}
            <LanguageInput {...fieldProps('language')} />
          </div>
          <div className="metadata-field">
            {label('timeZone', metadataFieldLabels.timeZone)}
            <input {...fieldProps('timeZone')} list={zoneListId} placeholder="e.g. Europe/Kyiv" />
          </div>
        </div>
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem.message}
          </p>
        ) : null}
        {/* Its fields are built when it is first opened: a closed panel shows none of them, and the briefing's
            text paints sooner without its date, time and select controls. */}
        <details className="metadata-details" onToggle={(event) => event.currentTarget.open && setDetailsShown(true)}>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is its details' own button; built on its click, the fields are there before the open panel first paints. */}
          <summary onClick={() => setDetailsShown(true)}>
            More details: event time, people, classification, report
          </summary>
          {detailsShown ? (
            <div className="metadata-grid">
              <div className="metadata-field">
                {label('eventDate', metadataFieldLabels.eventDate)}
                <input {...fieldProps('eventDate')} {...dateRange} type="date" />
              </div>
              <div className="metadata-field">
                {label('eventTime', `${metadataFieldLabels.eventTime} (${zone})`)}
                <input {...fieldProps('eventTime')} type="time" />
              </div>
              <div className="metadata-field">
                {label('authors', 'Authors (comma-separated)')}
                <input {...fieldProps('authors')} />
              </div>
              <div className="metadata-field">
                {label('desk', 'Desk / region')}
                <input {...fieldProps('desk')} />
              </div>
              <div className="metadata-field">
                {label('tags', 'Tags (comma-separated)')}
                <input {...fieldProps('tags')} />
              </div>
              <div className="metadata-field">
                {label('classificationLevel', metadataFieldLabels.classification)}
                <select
                  {...fieldProps('classificationLevel')}
                  onChange={(event) =>
                    update({ classificationLevel: event.target.value as MetadataDraft['classificationLevel'] })
                  }
                >
                  {classificationLevels.map((level) => (
                    <option key={level} value={level}>
                      {classificationLevelLabels[level]}
                    </option>
                  ))}
                </select>
              </div>
              {draft.classificationLevel === 'custom' ? (
                <div className="metadata-field">
                  {label('customLabel', 'Custom classification label')}
                  <input {...fieldProps('customLabel')} />
                </div>
              ) : null}
              <div className="metadata-field">
                {label('reportNumber', metadataFieldLabels.reportNumber)}
                <input {...fieldProps('reportNumber')} inputMode="numeric" />
              </div>
              <div className="metadata-field">
                {label('periodStart', metadataFieldLabels.periodStart)}
                <input {...fieldProps('periodStart')} {...dateRange} type="date" />
              </div>
              <div className="metadata-field">
                {label('periodEnd', metadataFieldLabels.periodEnd)}
                <input {...fieldProps('periodEnd')} {...dateRange} type="date" />
              </div>
              <div className="metadata-field">
                {label('nextUpdate', `${metadataFieldLabels.nextUpdate} (${zone})`)}
                <input {...fieldProps('nextUpdate')} {...dateTimeRange} type="datetime-local" />
              </div>
              <div className="metadata-field">
                {label('embargoUntil', `${metadataFieldLabels.embargoUntil} (${zone})`)}
                <input {...fieldProps('embargoUntil')} {...dateTimeRange} type="datetime-local" />
              </div>
            </div>
          ) : null}
        </details>
      </fieldset>
    </div>
  );
}
