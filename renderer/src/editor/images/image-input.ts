import { type Editor, Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { acceptedImageTypes } from './image-file-rules';
import { placeFigureImage, replaceFigureImage } from './place-figure-image';
import { type StoredFigureImage, storeFigureImage } from './store-figure-image';

/** A sentence about a picture being added, with the way to keep its original when it was scaled. */
export interface ImageNotice {
  text: string;
  problem: boolean;
  keepOriginal?: () => void;
}

export interface ImageInputStorage {
  /** Shows a notice about pictures (the workspace sets it); the figure's own chooser uses it too. */
  notify: (notice: ImageNotice | undefined) => void;
}

declare module '@tiptap/core' {
  interface Storage {
    imageInput: ImageInputStorage;
  }
}

function imageFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/** Follows a document position through every change made while a picture is being stored. */
function trackPosition(editor: Editor, start: number): { get: () => number; stop: () => void } {
  let position = start;
  const follow = ({ transaction }: { transaction: { mapping: { map: (position: number) => number } } }) => {
    position = transaction.mapping.map(position);
  };
  editor.on('transaction', follow);
  return { get: () => position, stop: () => editor.off('transaction', follow) };
}

/** Says what became of a stored picture, offering its original back when a smaller copy was stored. */
export function announceStoredImage(editor: Editor, stored: StoredFigureImage): void {
  const { notify } = editor.storage.imageInput;
  if (!stored.ok) {
    notify({ text: stored.message, problem: true });
    return;
  }
  const { keepOriginal } = stored;
  notify({
    text: stored.summary,
    problem: false,
    keepOriginal: keepOriginal
      ? async () => {
          const original = await keepOriginal();
          if (original.ok) replaceFigureImage(editor, stored.source, original.source);
          announceStoredImage(editor, { ...original, keepOriginal: undefined } as StoredFigureImage);
        }
      : undefined,
  });
}

async function addImages(editor: Editor, files: File[], at: number): Promise<void> {
  const tracker = trackPosition(editor, at);
  try {
    for (const file of files) {
      if (!acceptedImageTypes.includes(file.type)) {
        editor.storage.imageInput.notify({
          text: `“${file.name}” is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats first.`,
          problem: true,
        });
        continue;
      }
      editor.storage.imageInput.notify({ text: `Adding “${file.name}”…`, problem: false });
      const stored = await storeFigureImage(file);
      if (stored.ok && !editor.isDestroyed) placeFigureImage(editor, tracker.get(), stored.source);
      announceStoredImage(editor, stored);
    }
  } finally {
    tracker.stop();
  }
}

/**
 * Pictures dropped on the text or pasted become figures (a picture dropped on a figure goes
 * into it), scaled down and recompressed on the way in (`storeFigureImage`).
 */
export const ImageInput = Extension.create<Record<string, never>, ImageInputStorage>({
  name: 'imageInput',

  addStorage() {
    return { notify: () => undefined };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('imageInput'),
        props: {
          handleDrop: (view, event, _slice, moved) => {
            const files = imageFiles(event.dataTransfer);
            if (moved || files.length === 0 || !editor.isEditable) return false;
            event.preventDefault();
            const dropped = view.posAtCoords({ left: event.clientX, top: event.clientY });
            void addImages(
              editor,
              files,
              dropped?.inside !== undefined && dropped.inside >= 0
                ? dropped.inside
                : (dropped?.pos ?? view.state.selection.from),
            );
            return true;
          },
          handlePaste: (view, event) => {
            const files = imageFiles(event.clipboardData);
            // A copy that carries text too (a web page with pictures) is pasted as text, cleaned.
            if (files.length === 0 || event.clipboardData?.getData('text/plain').trim() || !editor.isEditable)
              return false;
            void addImages(editor, files, view.state.selection.from);
            return true;
          },
        },
      }),
    ];
  },
});
