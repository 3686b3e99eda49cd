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

function readStructureTree(document: PDFDocument, kids: PDFObject | undefined, owner: PDFRef): StructureElement[] {
  const found: StructureElement[] = [];
  const visit = (kid: PDFObject | undefined, holder: PDFRef) => {
    if (kid instanceof PDFArray) {
      for (const item of kid.asArray()) visit(item, holder);
      return;
    }
    const ref = kid instanceof PDFRef ? kid : undefined;
    const dict = ref ? document.context.lookup(ref) : kid;
    if (!(dict instanceof PDFDict) || !dict.has(name('S'))) return;
    const element: StructureElement = { dict, owner: ref ?? holder, children: [] };
    element.children = readStructureTree(document, dict.get(name('K')), element.owner);
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
  document: PDFDocument,
  root: PDFDict,
  rootRef: PDFRef,
  elements: StructureElement[],
  changed: ChangedObjects,
) {
  const existing = root.lookup(name('RoleMap'));
  const roleMap = existing instanceof PDFDict ? existing : document.context.obj({});
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

function linkDescription(annotation: PDFDict): string {
  const action = annotation.lookup(name('A'));
  const uri = action instanceof PDFDict ? text(action.lookup(name('URI'))) : undefined;
  return uri ? `Link to ${uri}` : 'Link to another place in this document';
}

/** Every link annotation says where it goes in `/Contents` (PDF/UA-1 7.18.5-2). */
function describeLinks(document: PDFDocument, changed: ChangedObjects) {
  for (const page of document.getPages()) {
    const annotations = page.node.Annots();
    if (!annotations) continue;
    for (const item of annotations.asArray()) {
      const annotation = item instanceof PDFRef ? document.context.lookup(item) : item;
      if (!(annotation instanceof PDFDict) || nameText(annotation.get(name('Subtype'))) !== 'Link') continue;
      if (annotation.has(name('Contents'))) continue;
      annotation.set(name('Contents'), PDFHexString.fromText(linkDescription(annotation)));
      changed.mark(item instanceof PDFRef ? item : page.ref);
    }
  }
}

/**
 * Repairs what Chromium's tagged PDF lacks for PDF/UA-1: an XMP metadata stream with `dc:title` and the
 * PDF/UA identifier, the document title shown in the title bar, a role map for non-standard structure
 * types, alternate text on figures around images, and `/Contents` on links. Chromium's bytes are kept;
 * the changed objects are appended as an incremental update (or the file is rewritten by pdf-lib when
 * it has no classic cross-reference table).
 */
export async function repairPdfUa(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
  // Runs in the document worker, so the parse need not yield to an event loop between objects.
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const changed = new ChangedObjects();
  const catalog = document.catalog;
  const catalogRef = document.context.trailerInfo.Root as PDFRef;
  const language = text(catalog.lookup(name('Lang')));

  const structRootRef = catalog.get(name('StructTreeRoot'));
  const structRoot = catalog.lookup(name('StructTreeRoot'));
  if (structRoot instanceof PDFDict) {
    const owner = structRootRef instanceof PDFRef ? structRootRef : catalogRef;
    const elements = descendants(readStructureTree(document, structRoot.get(name('K')), owner));
    completeRoleMap(document, structRoot, owner, elements, changed);
    const roleMap = structRoot.lookup(name('RoleMap'));
    describeFigures(elements, roleMap instanceof PDFDict ? roleMap : undefined, changed);
  }
  describeLinks(document, changed);

  const viewerPreferences = catalog.lookup(name('ViewerPreferences'));
  if (!(viewerPreferences instanceof PDFDict) || viewerPreferences.get(name('DisplayDocTitle')) !== PDFBool.True) {
    const preferences = viewerPreferences instanceof PDFDict ? viewerPreferences : document.context.obj({});
    preferences.set(name('DisplayDocTitle'), PDFBool.True);
    catalog.set(name('ViewerPreferences'), preferences);
  }

  const xml = Buffer.from(pdfUaMetadataXml(properties, language), 'utf8');
  const trailer = readClassicTrailer(pdf);
  if (!trailer) {
    const stream = document.context.stream(xml, { Type: 'Metadata', Subtype: 'XML' });
    catalog.set(name('Metadata'), document.context.register(stream));
    return document.save({ useObjectStreams: false, updateFieldAppearances: false });
  }
  const metadataNumber = trailer.size;
  catalog.set(name('Metadata'), PDFRef.of(metadataNumber, 0));
  changed.mark(catalogRef);
  const objects: UpdatedObject[] = [...changed.refs.values()].map((ref) => ({
    objectNumber: ref.objectNumber,
    generation: ref.generationNumber,
    body: Buffer.from(document.context.lookup(ref)?.toString() ?? 'null', 'latin1'),
  }));
  objects.push({
    objectNumber: metadataNumber,
    generation: 0,
    body: Buffer.concat([
      Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xml.length} >>\nstream\n`, 'latin1'),
      xml,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  });
  return appendIncrementalUpdate(pdf, trailer, objects, { size: metadataNumber + 1 });
}
