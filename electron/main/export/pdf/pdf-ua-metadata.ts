import type { PdfDocumentProperties } from './pdf-document-properties';

// XML 1.0 allows no control characters other than tab, line feed and carriage return.
const allowedInXml = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};

const escapeXml = (value: string) =>
  [...value]
    .filter(allowedInXml)
    .join('')
    .replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The XMP metadata packet PDF/UA-1 asks for: the PDF/UA identifier (`pdfuaid:part` 1), the title as
 * `dc:title`, and the same author, subject, keywords, dates and producer as the Info dictionary.
 */
export function pdfUaMetadataXml(properties: PdfDocumentProperties, language: string | undefined): string {
  const lang = escapeXml(language || 'x-default');
  const creators = properties.author
    ? `<dc:creator><rdf:Seq>${properties.author
        .split(', ')
        .map((author) => `<rdf:li>${escapeXml(author)}</rdf:li>`)
        .join('')}</rdf:Seq></dc:creator>`
    : '';
  const description = properties.subject
    ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(properties.subject)}</rdf:li></rdf:Alt></dc:description>`
    : '';
  const keywords =
    properties.keywords.length > 0 ? `<pdf:Keywords>${escapeXml(properties.keywords.join(', '))}</pdf:Keywords>` : '';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(properties.title)}</rdf:li></rdf:Alt></dc:title>`,
    creators,
    description,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    '<dc:format>application/pdf</dc:format>',
    keywords,
    `<pdf:Producer>${escapeXml(properties.producer)}</pdf:Producer>`,
    '<xmp:CreatorTool>Briefdesk</xmp:CreatorTool>',
    `<xmp:CreateDate>${xmpDate(properties.creationDate)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(properties.creationDate)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(properties.creationDate)}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter(Boolean)
    .join('\n');
}
