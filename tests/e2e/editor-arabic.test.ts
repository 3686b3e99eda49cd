import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  arabicEditingBriefing,
  arabicEditingSentence as sentence,
} from '../fixtures/briefings/arabic-editing-briefing';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

/** Where the caret is: the text of its block, its logical offset in that block, and the selected text. */
function caret(page: Page) {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.focusNode;
    const block = (node instanceof Element ? node : node?.parentElement)?.closest('p, li, td, th');
    if (!selection || !node || !block) return { block: '', offset: -1, selected: '' };
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, selection.focusOffset);
    return { block: block.textContent ?? '', offset: before.toString().length, selected: selection.toString() };
  });
}

/** The on-screen box of the `occurrence`-th appearance of `needle` in the body's text. */
function boxOf(page: Page, needle: string, occurrence = 0) {
  return page.evaluate(
    ({ needle, occurrence }) => {
      const body = document.querySelector('[aria-label="Briefing text"]') as Element;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent ?? '';
        for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(walker.currentNode, index);
          range.setEnd(walker.currentNode, index + needle.length);
          const { left, right, top } = range.getBoundingClientRect();
          return { left, right, top };
        }
      }
      throw new Error(`“${needle}” is not in the body`);
    },
    { needle, occurrence },
  );
}

async function press(page: Page, key: string, times = 1) {
  for (let count = 0; count < times; count += 1) await page.keyboard.press(key);
}

describe('editing an Arabic briefing', () => {
  it('moves the caret and selects right to left, and keeps Latin names and numbers in reading order', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    const briefing = await editor.createBriefing(arabicEditingBriefing());
    await editor.open(briefing.id);
    const first = editor.body.locator('p').filter({ hasText: 'Volker' });
    expect(await first.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

    // Mixed runs: the sentence starts at the right; the name and the number read left to right inside it.
    const said = await boxOf(page, 'قال');
    const volker = await boxOf(page, 'Volker');
    const turk = await boxOf(page, 'Türk');
    const four = await boxOf(page, '4');
    const two = await boxOf(page, '2');
    const khartoum = await boxOf(page, 'الخرطوم');
    expect(volker.right).toBeLessThanOrEqual(said.left);
    expect(volker.left).toBeLessThan(turk.left);
    expect(four.left).toBeLessThan(two.left);
    expect(four.right).toBeLessThanOrEqual(turk.left);
    expect(khartoum.right).toBeLessThanOrEqual(four.left);

    // Home goes to the start of the line (its right end), End to its end; ← moves forward through Arabic.
    await first.click();
    await page.keyboard.press('Home');
    await editor.settle();
    expect(await caret(page)).toMatchObject({ block: sentence, offset: 0 });
    await page.keyboard.press('ArrowLeft');
    await editor.settle();
    expect((await caret(page)).offset).toBe(1);
    await page.keyboard.press('ArrowRight');
    await editor.settle();
    expect((await caret(page)).offset).toBe(0);
    await page.keyboard.press('End');
    await editor.settle();
    expect((await caret(page)).offset).toBe(sentence.length);

    // Shift+→ from the end selects the last word backwards; Shift+← from the start selects the first word.
    await press(page, 'Shift+ArrowRight', 'الخرطوم'.length);
    await editor.settle();
    expect((await caret(page)).selected).toBe('الخرطوم');
    await page.keyboard.press('Home');
    await press(page, 'Shift+ArrowLeft', 'قال'.length);
    await editor.settle();
    expect((await caret(page)).selected).toBe('قال');

    // Typing at the end adds to the end, in logical order.
    await page.keyboard.press('End');
    await page.keyboard.type(' اليوم 5');
    await editor.settle();
    expect(await first.textContent()).toBe(`${sentence} اليوم 5`);
  }, 120_000);

  it('keeps list markers and table columns on the right, and moves through them by keyboard', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    const briefing = await editor.createBriefing(arabicEditingBriefing());
    await editor.open(briefing.id);

    const item = editor.body.locator('li').first();
    expect(await item.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const list = await editor.body.locator('ul').boundingBox();
    const itemText = await boxOf(page, 'أم درمان');
    // The text hugs the right edge, where the bullet is; the left of the list is empty.
    expect(list && list.x + list.width - itemText.right).toBeLessThan(60);
    expect(list && itemText.left - list.x).toBeGreaterThan(200);

    // Enter at the end of an item starts the next one; ↓ moves to the item below.
    await editor.clickEndOf('أم درمان: انقطاع الكهرباء');
    await page.keyboard.press('Enter');
    await page.keyboard.type('الخرطوم بحري: 7 جرحى');
    await editor.settle();
    expect(await editor.body.locator('li').allTextContents()).toEqual([
      'أم درمان: انقطاع الكهرباء',
      'الخرطوم بحري: 7 جرحى',
      'بحري: 3 قتلى',
    ]);
    await page.keyboard.press('ArrowDown');
    await editor.settle();
    expect((await caret(page)).block).toBe('بحري: 3 قتلى');

    // The first column is the rightmost; Tab goes to the next cell, on its left.
    const city = await boxOf(page, 'المدينة');
    const dead = await boxOf(page, 'القتلى');
    expect(dead.right).toBeLessThan(city.left);
    await editor.clickEndOf('المدينة');
    await page.keyboard.press('Tab');
    await editor.settle();
    expect((await caret(page)).block).toBe('القتلى');
    // Tab selects the next cell's text, as in a word processor: End puts the caret after it.
    await page.keyboard.press('Tab');
    await editor.settle();
    expect((await caret(page)).selected).toBe('أم درمان');
    await page.keyboard.press('End');
    await page.keyboard.type(' (تقديرات)');
    await editor.settle();
    expect(await editor.body.locator('td').first().textContent()).toBe('أم درمان (تقديرات)');
  }, 120_000);

  it('sets a paragraph left to right from the toolbar by keyboard, and back to its language', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(arabicEditingBriefing({ englishLead: true }));
    await editor.open(briefing.id);
    const english = editor.body.locator('p').first();
    expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

    await editor.clickEndOf('Statement by the Secretary-General');
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('End');
    await press(page, 'ArrowLeft', 5);
    const leftToRight = editor.toolbar.getByRole('button', { name: 'Left to right' });
    await expect.poll(() => leftToRight.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await leftToRight.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => english.getAttribute('dir')).toBe('ltr');
    expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expect.poll(() => leftToRight.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await editor.waitUntilSaved();
    expect((await editor.stored(briefing.id)).content.content?.[0]?.attrs).toMatchObject({ dir: 'ltr' });

    // Pressing the pressed button again lets the paragraph follow the briefing's language.
    await page.keyboard.press('Alt+F10');
    await expect.poll(() => leftToRight.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => english.getAttribute('dir')).toBeNull();
    await expect.poll(() => leftToRight.getAttribute('aria-pressed')).toBe('false');
    expect(await english.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  }, 120_000);
});
