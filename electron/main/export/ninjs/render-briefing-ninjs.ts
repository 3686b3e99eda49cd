import { imageSize } from 'image-size';
import type { Briefing } from '../../../common/briefing/briefing';
import type { BriefingStatus } from '../../../common/briefing/briefing-metadata';
import { headingAnchor } from '../../../common/document/heading-anchors';
import { offsetDateTimeOf } from '../../../common/time/zoned-time';
import { CitationRegister } from '../citation-register';
import { classificationLabel } from '../classification-label';
import { embedAssets } from '../embed-assets';
import type { FileRenderOptions, RenderedFile } from '../export-file-renderers';
import { exportLocaleOfBriefings } from '../format-export-date';
import { parseBriefingBody } from '../parse-briefing-body';
import { renderCorrectionsLog } from '../render-corrections-log';
import { renderDocumentBody } from '../render-document-body';
import { renderSourceList } from '../render-source-list';
import { figureAssociations } from './figure-associations';

/** A briefing's status as ninjs `pubstatus`: only an approved or published briefing is usable by a newsroom. */
export const ninjsPubStatus: Record<BriefingStatus, 'usable' | 'withheld' | 'canceled'> = {
  draft: 'withheld',
  'in-review': 'withheld',
  approved: 'usable',
  published: 'usable',
  archived: 'usable',
};

const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#';

/** The briefing's URI: stable across revisions, so a newsroom system replaces an earlier version. */
export const ninjsUri = (briefing: Briefing) => `urn:briefdesk:briefing:${encodeURIComponent(briefing.id)}`;

/**
 * One briefing as an IPTC ninjs 2.2 news item: headline, byline, dateline place, version and dates,
 * embargo, pubstatus from the status, the export's HTML body, and each figure's image as an association.
 * The embargo is always written, whatever the user hid: a newsroom system must not publish early.
 */
export async function renderBriefingNinjs(briefing: Briefing, options: FileRenderOptions): Promise<RenderedFile> {
  const { metadata } = briefing;
  const document = parseBriefingBody(briefing);
  const images = await embedAssets([document], options.resolveAsset);
  const warnings: string[] = [];
  const anchors = new Set<string>();
  const register = new CitationRegister(metadata.sources, '');
  const locale = exportLocaleOfBriefings([briefing], options.digits);
  const body =
    renderDocumentBody(document, {
      images,
      anchors,
      timeZone: metadata.timeZone,
      locale,
      warnings,
      purpose: options.purpose ?? 'final',
      register,
    }) +
    renderSourceList(register, metadata.timeZone, headingAnchor(anchors, 'sources'), locale) +
    renderCorrectionsLog(metadata.corrections, metadata.timeZone, headingAnchor(anchors, 'corrections'), locale);
  const shown = options.shown;
  const embargoed = offsetDateTimeOf(metadata.embargoUntil);
  const associations = figureAssociations(document, images, (bytes) => imageSize(bytes));
  const item = {
    standard: { name: 'ninjs', version: '2.2', schema: ninjsSchemaUri },
    uri: ninjsUri(briefing),
    type: 'text',
    representationtype: 'full',
    profile: 'briefdesk-briefing',
    ...(shown.has('revision') ? { version: String(briefing.revision) } : {}),
    firstcreated: briefing.createdAt,
    versioncreated: briefing.updatedAt,
    ...(embargoed ? { embargoed } : {}),
    pubstatus: ninjsPubStatus[metadata.status],
    language: metadata.language,
    title: metadata.title.trim() || 'Untitled briefing',
    headlines: [{ role: 'main', contenttype: 'text/plain', value: metadata.title.trim() || 'Untitled briefing' }],
    ...(shown.has('authors') && metadata.authors.length > 0 ? { by: metadata.authors.join(', ') } : {}),
    ...(shown.has('dateline') && metadata.datelinePlace ? { located: metadata.datelinePlace } : {}),
    usageterms: `Classification: ${classificationLabel(metadata.classification)}`,
    ...(shown.has('tags') && metadata.tags.length > 0
      ? { subjects: metadata.tags.map((tag) => ({ name: tag, literal: tag })) }
      : {}),
    altids: [
      { role: 'briefdesk-id', value: briefing.id },
      ...(shown.has('reportNumber') && metadata.reportNumber !== null
        ? [{ role: 'report-number', value: String(metadata.reportNumber) }]
        : []),
    ],
    bodies: [{ role: 'main', contenttype: 'text/html', value: body }],
    ...(associations.length > 0 ? { associations } : {}),
  };
  return { bytes: `${JSON.stringify(item, null, 2)}\n`, warnings: [...new Set(warnings)] };
}
