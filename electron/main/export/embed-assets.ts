import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EmbeddedImage } from '../../common/document/briefing-node-definition';
import type { AssetResolver, DamagedAsset, ResolvedAsset } from './export-options';
import type { ImageLookup } from './render-document-body';

/** Every figure's asset in `documents`, each source resolved once; a missing one is left out. */
export async function resolveFigureAssets(
  documents: readonly ProseMirrorNode[],
  resolveAsset: AssetResolver,
): Promise<Map<string, ResolvedAsset | DamagedAsset>> {
  const sources = new Set<string>();
  for (const document of documents) {
    document.descendants((node) => {
      if (node.type.name === 'figure' && typeof node.attrs.src === 'string') sources.add(node.attrs.src);
      return node.type.name !== 'figure';
    });
  }
  const assets = new Map<string, ResolvedAsset | DamagedAsset>();
  await Promise.all(
    [...sources].map(async (source) => {
      const asset = await resolveAsset(source);
      if (asset) assets.set(source, asset);
    }),
  );
  return assets;
}

/** Resolves every figure's image once and returns a lookup of data URLs for the renderer. */
export async function embedAssets(
  documents: readonly ProseMirrorNode[],
  resolveAsset: AssetResolver,
): Promise<ImageLookup> {
  const images = new Map<string, EmbeddedImage>();
  for (const [source, asset] of await resolveFigureAssets(documents, resolveAsset)) {
    images.set(
      source,
      'damaged' in asset
        ? { problem: 'damaged' }
        : { dataUrl: `data:${asset.mediaType};base64,${Buffer.from(asset.bytes).toString('base64')}` },
    );
  }
  return (source) => images.get(source) ?? { problem: 'missing' };
}
