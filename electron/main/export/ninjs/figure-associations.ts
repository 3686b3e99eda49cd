import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ImageLookup } from '../render-document-body';

interface ImageDimensions {
  width?: number;
  height?: number;
}

/** Each figure whose image is embedded, as a ninjs `picture` association: caption, credit, alt text and the image itself. */
export function figureAssociations(
  document: ProseMirrorNode,
  images: ImageLookup,
  measure: (bytes: Uint8Array) => ImageDimensions,
) {
  const associations: Record<string, unknown>[] = [];
  document.descendants((node) => {
    if (node.type.name !== 'figure') return true;
    const source = node.attrs.src as string | null;
    const embedded = source ? images(source) : undefined;
    if (!source || !embedded || !('dataUrl' in embedded)) return false;
    const [header = '', data = ''] = embedded.dataUrl.split(',', 2);
    const bytes = Buffer.from(data, 'base64');
    const { width, height } = measure(bytes);
    const caption = node.child(0).textContent.trim();
    const credit = node.child(1).textContent.trim();
    const alt = String(node.attrs.alt ?? '').trim();
    associations.push({
      name: `figure-${associations.length + 1}`,
      uri: `urn:briefdesk:asset:${encodeURIComponent(source.replace(/^asset:/, ''))}`,
      type: 'picture',
      ...(caption ? { headlines: [{ role: 'caption', value: caption }] } : {}),
      ...(alt ? { descriptions: [{ role: 'alternative-text', value: alt }] } : {}),
      ...(credit ? { by: credit } : {}),
      renditions: [
        {
          name: 'original',
          href: embedded.dataUrl,
          contenttype: header.slice('data:'.length, header.indexOf(';')),
          ...(width ? { width } : {}),
          ...(height ? { height } : {}),
          sizeinbytes: bytes.length,
        },
      ],
    });
    return false;
  });
  return associations;
}
