import { tool } from './export-checks';

// Reads a PDF's objects with qpdf (--json=2), not with our own PDF code, and checks the PDF/UA-1 rules
// that Chromium's tagged PDF misses, one by one, under veraPDF's rule numbers.

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonDict = { [key: string]: JsonValue };

interface QpdfObject {
  value?: JsonValue;
  stream?: { dict: JsonDict; data?: string };
}

/** One PDF/UA-1 rule: its veraPDF number, what it asks, and what in this file breaks it (empty: passes). */
export interface PdfUaRuleResult {
  rule: string;
  asks: string;
  problems: string[];
}

const standardTypes = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl ' +
    'LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP ' +
    'Warichu WT WP Figure Formula Form'
  ).split(' '),
);

const decodeText = (value: JsonValue | undefined) =>
  typeof value === 'string' && /^[ub]:/.test(value)
    ? value.startsWith('u:')
      ? value.slice(2)
      : Buffer.from(value.slice(2), 'hex').toString('latin1')
    : undefined;

const unescapeXml = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_match, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Checks the PDF/UA-1 rules Chromium misses on `file`; `title` is the document title the XMP must carry. */
export async function checkPdfUaRules(file: string, title: string): Promise<PdfUaRuleResult[]> {
  const json = JSON.parse(
    await tool('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', file]),
  );
  const objects = json.qpdf[1] as Record<string, QpdfObject>;
  const resolve = (value: JsonValue | undefined): JsonValue | undefined => {
    if (typeof value === 'string' && / R$/.test(value)) {
      const object = objects[`obj:${value}`];
      return object?.value ?? object?.stream?.dict;
    }
    return value;
  };
  const dict = (value: JsonValue | undefined) => {
    const resolved = resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : undefined;
  };
  const trailer = objects.trailer?.value as JsonDict;
  const catalog = dict(trailer['/Root']) ?? {};

  const metadataRef = catalog['/Metadata'];
  const metadataStream = typeof metadataRef === 'string' ? objects[`obj:${metadataRef}`]?.stream : undefined;
  const xmp = metadataStream?.data ? Buffer.from(metadataStream.data, 'base64').toString('utf8') : '';
  const uaPart = /<pdfuaid:part>\s*(\d+)\s*<\/pdfuaid:part>|pdfuaid:part="(\d+)"/.exec(xmp);
  const dcTitle = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];

  const structRoot = dict(catalog['/StructTreeRoot']);
  const roleMap = dict(structRoot?.['/RoleMap']) ?? {};
  const elements: JsonDict[] = [];
  const visit = (kid: JsonValue | undefined) => {
    const resolved = resolve(kid);
    if (Array.isArray(resolved)) resolved.forEach(visit);
    else if (resolved && typeof resolved === 'object' && '/S' in resolved) {
      elements.push(resolved);
      visit(resolved['/K']);
    }
  };
  visit(structRoot?.['/K']);
  const typeOf = (element: JsonDict) => String(element['/S']).slice(1);
  const roleOf = (element: JsonDict) => {
    const mapped = roleMap[`/${typeOf(element)}`];
    return typeof mapped === 'string' ? mapped.slice(1) : typeOf(element);
  };

  const links = Object.values(objects)
    .map((object) => object.value)
    .filter((value): value is JsonDict => !!value && typeof value === 'object' && !Array.isArray(value))
    .filter((value) => value['/Subtype'] === '/Link');

  const viewerPreferences = dict(catalog['/ViewerPreferences']);
  return [
    {
      rule: '5-1',
      asks: 'the PDF/UA identifier pdfuaid:part 1 in the XMP metadata',
      problems: uaPart && (uaPart[1] ?? uaPart[2]) === '1' ? [] : ['no pdfuaid:part 1'],
    },
    {
      rule: '7.1-8',
      asks: 'an XMP metadata stream in the catalog',
      problems:
        metadataStream?.dict['/Type'] === '/Metadata' && metadataStream.dict['/Subtype'] === '/XML' && xmp
          ? []
          : ['no /Metadata stream of /Subtype /XML'],
    },
    {
      rule: '7.1-9',
      asks: 'dc:title in the XMP metadata, the document title',
      problems:
        dcTitle !== undefined && unescapeXml(dcTitle) === title ? [] : [`dc:title is ${JSON.stringify(dcTitle)}`],
    },
    {
      rule: '7.1-10',
      asks: 'DisplayDocTitle true in the viewer preferences',
      problems: viewerPreferences?.['/DisplayDocTitle'] === true ? [] : ['DisplayDocTitle is not true'],
    },
    {
      rule: '7.1-5',
      asks: 'every non-standard structure type mapped to a standard one',
      problems: [...new Set(elements.map(typeOf))]
        .filter((type) => !standardTypes.has(type))
        .filter((type) => {
          const mapped = roleMap[`/${type}`];
          return typeof mapped !== 'string' || !standardTypes.has(mapped.slice(1));
        })
        .map((type) => `/${type} has no role-map entry to a standard type`),
    },
    {
      rule: '7.2-3',
      asks: 'a natural language for the document (/Lang)',
      problems: decodeText(catalog['/Lang']) ? [] : ['no /Lang in the catalog'],
    },
    {
      rule: '7.3-1',
      asks: 'alternate text on every Figure',
      problems: elements
        .filter(
          (element) =>
            roleOf(element) === 'Figure' && !decodeText(element['/Alt']) && !decodeText(element['/ActualText']),
        )
        .map((element) => `a Figure (${JSON.stringify(element['/K'])}) has no /Alt`),
    },
    {
      rule: '7.18.5-2',
      asks: 'a /Contents description on every link annotation',
      problems: links
        .filter((link) => !decodeText(link['/Contents']))
        .map((link) => `the link at ${JSON.stringify(link['/Rect'])} has no /Contents`),
    },
  ];
}
