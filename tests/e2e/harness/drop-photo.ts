import type { Page } from 'playwright-core';

export interface GeneratedPhoto {
  width: number;
  height: number;
  /** Text inside the paragraph the photo is dropped on. */
  onText: string;
  fileName: string;
}

/**
 * Draws a photo-like JPEG of `width`×`height` in the page (a gradient under thousands of coloured marks,
 * so it compresses as a photo does, not as a flat picture), and drops it near the end of the paragraph
 * holding `onText`, as a file dragged from the desktop. Answers the file's size in bytes. Just before the
 * drop it sets `window.photoDroppedAt` to `performance.now()`, for tests that time what follows.
 */
export function dropGeneratedPhoto(page: Page, photo: GeneratedPhoto): Promise<number> {
  return page.evaluate(async ({ width, height, onText, fileName }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#3a6ea5');
    gradient.addColorStop(1, '#c96f2a');
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
    const marks = Math.round(width * 1.5);
    for (let index = 0; index < marks; index += 1) {
      context.fillStyle = `hsl(${(index * 47) % 360} 60% ${30 + (index % 40)}%)`;
      context.fillRect((index * 7919) % width, (index * 104729) % height, 3 + (index % 60), 3 + (index % 45));
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const file = new File([blob], fileName, { type: 'image/jpeg' });
    const target = [...document.querySelectorAll('.briefing-body p')].find((paragraph) =>
      paragraph.textContent?.includes(onText),
    );
    if (!(target instanceof HTMLElement)) throw new Error(`No paragraph holds “${onText}”.`);
    const box = target.getBoundingClientRect();
    const data = new DataTransfer();
    data.items.add(file);
    const at = { clientX: box.right - 2, clientY: box.top + box.height / 2 };
    (window as unknown as { photoDroppedAt: number }).photoDroppedAt = performance.now();
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
    return file.size;
  }, photo);
}
