import {
  ParseSpeeds,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { ClassicPdfObjects, type PdfObjectSource } from './classic-pdf-objects';
import { appendIncrementalUpdate, readClassicTrailer, type UpdatedObject } from './classic-trailer';
import type { PdfDocumentProperties } from './pdf-document-properties';
import { pdfUaMetadataXml } from './pdf-ua-metadata';
import { standardRoleFor, standardStructureTypes } from './structure-roles';

const name = (value: string) => PDFName.of(value);

function nameText(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Tracks which indirect objects a repair changed, so that only they are written again. */
class ChangedObjects {
  readonly refs = new Map<string, PDFRef>();

  mark(ref: PDFRef): void {
    this.refs.set(ref.toString(), ref);
  }
}

interface StructureElement {
  dict: PDFDict;
  /** The indirect object holding this element (itself, or its parent when it is a direct object). */
  owner: PDFRef;
  children: StructureElement[];
}

function readStructureTree(source: PdfObjectSource, kids: PDFObject | undefined, owner: PDFRef): StructureElement[] {
  const found: StructureElement[] = [];
  const visit = (kid: PDFObject | undefined, holder: PDFRef) => {
    if (kid instanceof PDFArray) {
      for (const item of kid.asArray()) visit(item, holder);
      return;
    }
    const ref = kid instanceof PDFRef ? kid : undefined;
    const dict = source.resolve(kid);
    if (!(dict instanceof PDFDict) || !dict.has(name('S'))) return;
    const element: StructureElement = { dict, owner: ref ?? holder, children: [] };
    element.children = readStructureTree(source, dict.get(name('K')), element.owner);
    found.push(element);
  };
  visit(kids, owner);
  return found;
}

function descendants(elements: readonly StructureElement[]): StructureElement[] {
  return elements.flatMap((element) => [element, ...descendants(element.children)]);
}

/** Every non-standard structure type gets a role-map entry to a standard one (PDF/UA-1 7.1-5). */
function completeRoleMap(
  source: PdfObjectSource,
  root: PDFDict,
  rootRef: PDFRef,
  elements: StructureElement[],
  changed: ChangedObjects,
) {
  const existing = source.resolve(root.get(name('RoleMap')));
  const roleMap = existing instanceof PDFDict ? existing : source.context.obj({});
  const roleMapRef = root.get(name('RoleMap'));
  let added = false;
  for (const element of elements) {
    const type = nameText(element.dict.get(name('S')));
    if (!type || standardStructureTypes.has(type) || roleMap.has(name(type))) continue;
    roleMap.set(name(type), name(standardRoleFor(type)));
    added = true;
  }
  if (!added) return;
  if (roleMapRef instanceof PDFRef) changed.mark(roleMapRef);
  else {
    root.set(name('RoleMap'), roleMap);
    changed.mark(rootRef);
  }
}

function roleOf(element: StructureElement, roleMap: PDFDict | undefined): string | undefined {
  const type = nameText(element.dict.get(name('S')));
  return type && roleMap ? (nameText(roleMap.get(name(type))) ?? type) : type;
}

/**
 * A figure around an image (HTML `<figure>`) gets the image's alternate text; one with no image inside
 * (only a caption) is a grouping, not an illustration, and becomes a `Div` (PDF/UA-1 7.3-1).
 */
function describeFigures(elements: StructureElement[], roleMap: PDFDict | undefined, changed: ChangedObjects) {
  for (const element of elements) {
    if (roleOf(element, roleMap) !== 'Figure') continue;
    if (element.dict.has(name('Alt')) || element.dict.has(name('ActualText'))) continue;
    const inner = descendants(element.children).filter((child) => roleOf(child, roleMap) === 'Figure');
    const alternates = inner.map((child) => text(child.dict.get(name('Alt')))).filter((alt): alt is string => !!alt);
    if (alternates.length > 0) {
      element.dict.set(name('Alt'), PDFHexString.fromText(alternates.join(' ')));
      changed.mark(element.owner);
    } else if (inner.length === 0) {
      element.dict.set(name('S'), name('Div'));
      changed.mark(element.owner);
    }
  }
}

function linkDescription(source: PdfObjectSource, annotation: PDFDict): string {
  const action = source.resolve(annotation.get(name('A')));
  const uri = action instanceof PDFDict ? text(source.resolve(action.get(name('URI')))) : undefined;
  return uri ? `Link to ${uri}` : 'Link to another place in this document';
}

/** The page objects under a page-tree node, in order, each with the indirect object holding it. */
function pagesUnder(source: PdfObjectSource, node: PDFObject | undefined, holder: PDFRef, seen = new Set<PDFDict>()) {
  const dict = source.resolve(node);
  if (!(dict instanceof PDFDict) || seen.has(dict)) return [];
  seen.add(dict);
  const ref = node instanceof PDFRef ? node : holder;
  const kids = source.resolve(dict.get(name('Kids')));
  if (!(kids instanceof PDFArray)) return [{ dict, ref }];
  return kids.asArray().flatMap((kid): { dict: PDFDict; ref: PDFRef }[] => pagesUnder(source, kid, ref, seen));
}

/** Every link annotation says where it goes in `/Contents` (PDF/UA-1 7.18.5-2). */
function describeLinks(source: PdfObjectSource, catalog: PDFDict, catalogRef: PDFRef, changed: ChangedObjects) {
  for (const page of pagesUnder(source, catalog.get(name('Pages')), catalogRef)) {
    const annotations = source.resolve(page.dict.get(name('Annots')));
    if (!(annotations instanceof PDFArray)) continue;
    for (const item of annotations.asArray()) {
      const annotation = source.resolve(item);
      if (!(annotation instanceof PDFDict) || nameText(annotation.get(name('Subtype'))) !== 'Link') continue;
      if (annotation.has(name('Contents'))) continue;
      annotation.set(name('Contents'), PDFHexString.fromText(linkDescription(source, annotation)));
      changed.mark(item instanceof PDFRef ? item : page.ref);
    }
  }
}

/** The repairs that do not depend on how the file is written back; returns the language of the catalog. */
function repairDocument(
  source: PdfObjectSource,
  catalog: PDFDict,
  catalogRef: PDFRef,
  changed: ChangedObjects,
): string | undefined {
  const structRootRef = catalog.get(name('StructTreeRoot'));
  const structRoot = source.resolve(structRootRef);
  if (structRoot instanceof PDFDict) {
    const owner = structRootRef instanceof PDFRef ? structRootRef : catalogRef;
    const elements = descendants(readStructureTree(source, structRoot.get(name('K')), owner));
    completeRoleMap(source, structRoot, owner, elements, changed);
    const roleMap = source.resolve(structRoot.get(name('RoleMap')));
    describeFigures(elements, roleMap instanceof PDFDict ? roleMap : undefined, changed);
  }
  describeLinks(source, catalog, catalogRef, changed);

  const viewerPreferences = source.resolve(catalog.get(name('ViewerPreferences')));
  if (!(viewerPreferences instanceof PDFDict) || viewerPreferences.get(name('DisplayDocTitle')) !== PDFBool.True) {
    const preferences = viewerPreferences instanceof PDFDict ? viewerPreferences : source.context.obj({});
    preferences.set(name('DisplayDocTitle'), PDFBool.True);
    catalog.set(name('ViewerPreferences'), preferences);
    changed.mark(catalogRef);
  }
  return text(source.resolve(catalog.get(name('Lang'))));
}

/**
 * Repairs what Chromium's tagged PDF lacks for PDF/UA-1: an XMP metadata stream with `dc:title` and the
 * PDF/UA identifier, the document title shown in the title bar, a role map for non-standard structure
 * types, alternate text on figures around images, and `/Contents` on links. Chromium's bytes are kept;
 * the changed objects, parsed only as far as the repair reads, are appended as an incremental update
 * (or the file is rewritten by pdf-lib when it has no classic cross-reference table).
 */
export async function repairPdfUa(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
  const trailer = readClassicTrailer(pdf);
  const objects = trailer ? ClassicPdfObjects.read(pdf, trailer) : undefined;
  const catalogRef = trailer ? PDFRef.of(...refNumbers(trailer.root)) : undefined;
  const catalog = objects && catalogRef ? objects.lookup(catalogRef) : undefined;
  if (!trailer || !objects || !catalogRef || !(catalog instanceof PDFDict)) return rewriteWithPdfLib(pdf, properties);

  const changed = new ChangedObjects();
  const language = repairDocument(objects, catalog, catalogRef, changed);
  const xml = Buffer.from(pdfUaMetadataXml(properties, language), 'utf8');
  const metadataNumber = trailer.size;
  catalog.set(name('Metadata'), PDFRef.of(metadataNumber, 0));
  changed.mark(catalogRef);
  const updated: UpdatedObject[] = [...changed.refs.values()].map((ref) => ({
    objectNumber: ref.objectNumber,
    generation: ref.generationNumber,
    body: Buffer.from(objects.lookup(ref)?.toString() ?? 'null', 'latin1'),
  }));
  updated.push({
    objectNumber: metadataNumber,
    generation: 0,
    body: Buffer.concat([
      Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xml.length} >>\nstream\n`, 'latin1'),
      xml,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  });
  return appendIncrementalUpdate(pdf, trailer, updated, { size: metadataNumber + 1 });
}

function refNumbers(reference: string): [number, number] {
  const [objectNumber = '0', generation = '0'] = reference.split(/\s+/);
  return [Number(objectNumber), Number(generation)];
}

/** A PDF with a cross-reference stream: read whole by pdf-lib, repaired the same way, and written anew. */
async function rewriteWithPdfLib(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
  // Runs in the document worker, so the parse need not yield to an event loop between objects.
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const source: PdfObjectSource = {
    context: document.context,
    resolve: (value) => (value instanceof PDFRef ? document.context.lookup(value) : value),
  };
  const catalogRef = document.context.trailerInfo.Root as PDFRef;
  const language = repairDocument(source, document.catalog, catalogRef, new ChangedObjects());
  const xml = Buffer.from(pdfUaMetadataXml(properties, language), 'utf8');
  const stream = document.context.stream(xml, { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(name('Metadata'), document.context.register(stream));
  return document.save({ useObjectStreams: false, updateFieldAppearances: false });
}
