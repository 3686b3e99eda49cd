import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { ClassicPdfObjects } from './classic-pdf-objects';
import { type ClassicTrailer, readClassicTrailer, type UpdatedObject } from './classic-trailer';
import type { PdfDocumentProperties } from './pdf-document-properties';
import { pdfUaMetadataXml } from './pdf-ua-metadata';
import {
  type PlainPdfDictionary,
  type PlainPdfReference,
  type PlainPdfValue,
  plainName,
  plainPdfName,
  plainPdfSource,
  plainPdfText,
  plainTextString,
} from './plain-pdf-values';
import { standardRoleFor, standardStructureTypes } from './structure-roles';

/** Tracks which indirect objects a repair changed, so that only they are written again. */
class ChangedObjects {
  readonly refs = new Map<number, PlainPdfReference>();

  mark(ref: PlainPdfReference): void {
    this.refs.set(ref.objectNumber, ref);
  }
}

const dictionaryOf = (value: PlainPdfValue | undefined): PlainPdfDictionary | undefined =>
  value?.kind === 'dictionary' ? value : undefined;

interface StructureElement {
  /** The entries the repair reads (`elementKeys`), or the whole dictionary when it was read whole. */
  dict: PlainPdfDictionary;
  /** The indirect object holding this element (itself, or its parent when it is a direct object). */
  owner: PlainPdfReference;
  /** The element's own object, when it is not written inside its parent. */
  ref: PlainPdfReference | undefined;
  children: StructureElement[];
}

/** What the repair reads of a structure element; the rest (`/P`, `/Pg`, attributes) is read only to be written back. */
const elementKeys = ['S', 'K', 'Alt', 'ActualText'];

const holdsDictionary = (value: PlainPdfValue | undefined): boolean =>
  value?.kind === 'dictionary' || (value?.kind === 'array' && value.items.some(holdsDictionary));

/** The structure elements under `kids` (a value, an array of them, or references), each with its own kids. */
function readStructureTree(
  objects: ClassicPdfObjects,
  kids: PlainPdfValue | undefined,
  owner: PlainPdfReference,
): StructureElement[] {
  const found: StructureElement[] = [];
  collectElements(objects, kids, owner, found);
  return found;
}

// A plain recursive function rather than a closure made for each element: the tree has thousands of them.
function collectElements(
  objects: ClassicPdfObjects,
  kid: PlainPdfValue | undefined,
  holder: PlainPdfReference,
  into: StructureElement[],
): void {
  if (kid?.kind === 'array') {
    for (const item of kid.items) collectElements(objects, item, holder, into);
    return;
  }
  const ref = kid?.kind === 'reference' ? kid : undefined;
  let dict = ref ? objects.lookupEntries(ref, elementKeys) : dictionaryOf(kid);
  // Kids written inside the element are edited in place, so the element is read whole: its kids are then the
  // very values written back when one of them changes.
  if (ref && holdsDictionary(dict?.entries.get('K'))) dict = dictionaryOf(objects.lookup(ref));
  if (!dict?.entries.has('S')) return;
  const element: StructureElement = { dict, owner: ref ?? holder, ref, children: [] };
  collectElements(objects, dict.entries.get('K'), element.owner, element.children);
  into.push(element);
}

/** Sets an entry of an element, in what was read of it and in the whole object written back. */
function setElementEntry(
  objects: ClassicPdfObjects,
  element: StructureElement,
  key: string,
  value: PlainPdfValue,
  changed: ChangedObjects,
) {
  element.dict.entries.set(key, value);
  const whole = element.ref ? dictionaryOf(objects.lookup(element.ref)) : undefined;
  if (whole && whole !== element.dict) whole.entries.set(key, value);
  changed.mark(element.owner);
}

function descendants(elements: readonly StructureElement[], into: StructureElement[] = []): StructureElement[] {
  for (const element of elements) {
    into.push(element);
    descendants(element.children, into);
  }
  return into;
}

/** Every non-standard structure type gets a role-map entry to a standard one (PDF/UA-1 7.1-5). */
function completeRoleMap(
  objects: ClassicPdfObjects,
  root: PlainPdfDictionary,
  rootRef: PlainPdfReference,
  elements: StructureElement[],
  changed: ChangedObjects,
) {
  const roleMapValue = root.entries.get('RoleMap');
  const roleMap = dictionaryOf(objects.resolve(roleMapValue)) ?? { kind: 'dictionary', entries: new Map() };
  let added = false;
  for (const element of elements) {
    const type = plainPdfName(element.dict.entries.get('S'));
    if (!type || standardStructureTypes.has(type) || roleMap.entries.has(type)) continue;
    roleMap.entries.set(type, plainName(standardRoleFor(type)));
    added = true;
  }
  if (!added) return;
  if (roleMapValue?.kind === 'reference') changed.mark(roleMapValue);
  else {
    root.entries.set('RoleMap', roleMap);
    changed.mark(rootRef);
  }
}

function roleOf(element: StructureElement, roleMap: PlainPdfDictionary | undefined): string | undefined {
  const type = plainPdfName(element.dict.entries.get('S'));
  return type && roleMap ? (plainPdfName(roleMap.entries.get(type)) ?? type) : type;
}

/**
 * A figure around an image (HTML `<figure>`) gets the image's alternate text; one with no image inside
 * (only a caption) is a grouping, not an illustration, and becomes a `Div` (PDF/UA-1 7.3-1).
 */
function describeFigures(
  objects: ClassicPdfObjects,
  elements: StructureElement[],
  roleMap: PlainPdfDictionary | undefined,
  changed: ChangedObjects,
) {
  for (const element of elements) {
    if (roleOf(element, roleMap) !== 'Figure') continue;
    if (element.dict.entries.has('Alt') || element.dict.entries.has('ActualText')) continue;
    const inner = descendants(element.children).filter((child) => roleOf(child, roleMap) === 'Figure');
    const alternates = inner
      .map((child) => plainPdfText(child.dict.entries.get('Alt')))
      .filter((alt): alt is string => !!alt);
    if (alternates.length > 0) setElementEntry(objects, element, 'Alt', plainTextString(alternates.join(' ')), changed);
    else if (inner.length === 0) setElementEntry(objects, element, 'S', plainName('Div'), changed);
  }
}

function linkDescription(objects: ClassicPdfObjects, annotation: PlainPdfDictionary): string {
  const action = dictionaryOf(objects.resolve(annotation.entries.get('A')));
  const uri = action ? plainPdfText(objects.resolve(action.entries.get('URI'))) : undefined;
  return uri ? `Link to ${uri}` : 'Link to another place in this document';
}

/** The page objects under a page-tree node, in order, each with the indirect object holding it. */
function pagesUnder(
  objects: ClassicPdfObjects,
  node: PlainPdfValue | undefined,
  holder: PlainPdfReference,
  seen = new Set<PlainPdfDictionary>(),
): { dict: PlainPdfDictionary; ref: PlainPdfReference }[] {
  const dict = dictionaryOf(objects.resolve(node));
  if (!dict || seen.has(dict)) return [];
  seen.add(dict);
  const ref = node?.kind === 'reference' ? node : holder;
  const kids = objects.resolve(dict.entries.get('Kids'));
  if (kids?.kind !== 'array') return [{ dict, ref }];
  return kids.items.flatMap((kid) => pagesUnder(objects, kid, ref, seen));
}

/** Every link annotation says where it goes in `/Contents` (PDF/UA-1 7.18.5-2). */
function describeLinks(
  objects: ClassicPdfObjects,
  catalog: PlainPdfDictionary,
  catalogRef: PlainPdfReference,
  changed: ChangedObjects,
) {
  for (const page of pagesUnder(objects, catalog.entries.get('Pages'), catalogRef)) {
    const annotations = objects.resolve(page.dict.entries.get('Annots'));
    if (annotations?.kind !== 'array') continue;
    for (const item of annotations.items) {
      const annotation = dictionaryOf(objects.resolve(item));
      if (!annotation || plainPdfName(annotation.entries.get('Subtype')) !== 'Link') continue;
      if (annotation.entries.has('Contents')) continue;
      annotation.entries.set('Contents', plainTextString(linkDescription(objects, annotation)));
      changed.mark(item.kind === 'reference' ? item : page.ref);
    }
  }
}

/** The repairs of the document's own objects; returns the language of the catalog. */
function repairDocument(
  objects: ClassicPdfObjects,
  catalog: PlainPdfDictionary,
  catalogRef: PlainPdfReference,
  changed: ChangedObjects,
): string | undefined {
  const structRootValue = catalog.entries.get('StructTreeRoot');
  const structRoot = dictionaryOf(objects.resolve(structRootValue));
  if (structRoot) {
    const owner = structRootValue?.kind === 'reference' ? structRootValue : catalogRef;
    const elements = descendants(readStructureTree(objects, structRoot.entries.get('K'), owner));
    completeRoleMap(objects, structRoot, owner, elements, changed);
    describeFigures(objects, elements, dictionaryOf(objects.resolve(structRoot.entries.get('RoleMap'))), changed);
  }
  describeLinks(objects, catalog, catalogRef, changed);

  const viewerPreferences = dictionaryOf(objects.resolve(catalog.entries.get('ViewerPreferences')));
  const displaysTitle = viewerPreferences?.entries.get('DisplayDocTitle');
  if (displaysTitle?.kind !== 'token' || displaysTitle.source !== 'true') {
    const preferences = viewerPreferences ?? { kind: 'dictionary', entries: new Map() };
    preferences.entries.set('DisplayDocTitle', { kind: 'token', source: 'true' });
    catalog.entries.set('ViewerPreferences', preferences);
    changed.mark(catalogRef);
  }
  return plainPdfText(objects.resolve(catalog.entries.get('Lang')));
}

/** A repair ready to append: the PDF it reads (rewritten when it had no classic table), and the objects to write. */
export interface PdfUaRepair {
  pdf: Uint8Array;
  trailer: ClassicTrailer;
  objects: UpdatedObject[];
  /** The trailer's `/Size` once the repair's new objects are written. */
  size: number;
}

/**
 * Works out what Chromium's tagged PDF lacks for PDF/UA-1: an XMP metadata stream with `dc:title` and the
 * PDF/UA identifier, the document title shown in the title bar, a role map for non-standard structure
 * types, alternate text on figures around images, and `/Contents` on links. The changed objects, read as
 * plain values only as far as the repair needs, are returned to be appended as an incremental update.
 * A PDF without a classic cross-reference table is first rewritten with one by pdf-lib.
 */
export async function planPdfUaRepair(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<PdfUaRepair> {
  const readable = readClassicPdf(pdf) ?? readClassicPdf(await rewriteWithClassicTable(pdf));
  if (!readable) throw new Error('The printed PDF has no document catalog that can be read.');
  const { trailer, objects, catalogRef, catalog } = readable;
  const changed = new ChangedObjects();
  const language = repairDocument(objects, catalog, catalogRef, changed);
  const xml = Buffer.from(pdfUaMetadataXml(properties, language), 'utf8');
  const metadataNumber = trailer.size;
  catalog.entries.set('Metadata', { kind: 'reference', objectNumber: metadataNumber, generation: 0 });
  changed.mark(catalogRef);
  const updated: UpdatedObject[] = [...changed.refs.values()].map((ref) => {
    const object = objects.lookup(ref);
    return {
      objectNumber: ref.objectNumber,
      generation: ref.generation,
      body: Buffer.from(object ? plainPdfSource(object) : 'null', 'latin1'),
    };
  });
  updated.push({
    objectNumber: metadataNumber,
    generation: 0,
    body: Buffer.concat([
      Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xml.length} >>\nstream\n`, 'latin1'),
      xml,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  });
  return { pdf: readable.pdf, trailer, objects: updated, size: metadataNumber + 1 };
}

/** The PDF's objects through its classic cross-reference tables, or undefined when it has none this reader follows. */
function readClassicPdf(pdf: Uint8Array) {
  const trailer = readClassicTrailer(pdf);
  const objects = trailer ? ClassicPdfObjects.read(pdf, trailer) : undefined;
  if (!trailer || !objects) return undefined;
  const catalogRef = referenceOf(trailer.root);
  const catalog = dictionaryOf(objects.lookup(catalogRef));
  return catalog ? { pdf, trailer, objects, catalogRef, catalog } : undefined;
}

function referenceOf(reference: string): PlainPdfReference {
  const [objectNumber = '0', generation = '0'] = reference.split(/\s+/);
  return { kind: 'reference', objectNumber: Number(objectNumber), generation: Number(generation) };
}

/** A PDF with a cross-reference stream (not Chromium's), written anew by pdf-lib with a classic table. */
async function rewriteWithClassicTable(pdf: Uint8Array): Promise<Uint8Array> {
  // Runs in the document worker, so the parse need not yield to an event loop between objects.
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return document.save({ useObjectStreams: false, updateFieldAppearances: false });
}
