import { closeHarnessBrowser, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { generateLargeBriefing, middleParagraphMarker } from './fixtures/large-briefing';
import { sampleStatistics } from './sample-statistics';
import { installKeystrokeProbe, placeCaretAfter, typeAndMeasure } from './typing-latency';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Where a keystroke's time on the renderer's main thread goes, by the names Chromium's trace gives its work. */
const kinds = {
  script: new Set([
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.Execute',
    'HandlePostMessage',
  ]),
  styleAndLayout: new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'UpdateLayout']),
  paint: new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'PaintImage', 'UpdateLayer', 'UpdateLayerTree']),
};

type Interval = [number, number];

/** The length of the union of `intervals`, clipped to `[from, to]`. */
function unionLength(intervals: Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(([start, end]): Interval => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = from;
  for (const [start, end] of clipped) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** The overlap of two sets of intervals within `[from, to]`. */
function overlapLength(first: Interval[], second: Interval[], from: number, to: number): number {
  return unionLength(first, from, to) + unionLength(second, from, to) - unionLength([...first, ...second], from, to);
}

/**
 * For each keydown in the trace: from the event to the end of the frame that follows it
 * (its commit to the compositor), the renderer main thread's time in script, style and
 * layout, and paint, and the rest of the span, in which it waited for the frame (ms).
 */
export function keystrokeBreakdowns(events: TraceEvent[]) {
  const keydowns = events.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  const first = keydowns[0];
  if (!first) throw new Error('The trace holds no keydown.');
  const onMain = events.filter((event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X');
  const intervalsOf = (names: Set<string>) =>
    onMain.filter((event) => names.has(event.name)).map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)]);
  const script = intervalsOf(kinds.script);
  const styleAndLayout = intervalsOf(kinds.styleAndLayout);
  const paint = intervalsOf(kinds.paint);
  const commits = onMain.filter((event) => event.name === 'Commit').sort((a, b) => a.ts - b.ts);
  return keydowns.flatMap((keydown) => {
    const commit = commits.find((event) => event.ts > keydown.ts);
    if (!commit) return [];
    const from = keydown.ts;
    const to = commit.ts + (commit.dur ?? 0);
    const styleMs = unionLength(styleAndLayout, from, to) / 1000;
    const scriptMs = (unionLength(script, from, to) - overlapLength(script, styleAndLayout, from, to)) / 1000;
    const paintMs = unionLength(paint, from, to) / 1000;
    const totalMs = (to - from) / 1000;
    return [{ totalMs, scriptMs, styleMs, paintMs, frameWaitMs: totalMs - scriptMs - styleMs - paintMs }];
  });
}

const tracedKeystrokes = 40;

/**
 * One keystroke at 25,000 words taken apart from a Chromium trace (CDP `Tracing`): medians over
 * `tracedKeystrokes` keystrokes typed in the middle of the reference briefing, in the real editor.
 */
export async function runKeystrokeTraceBenchmarks(): Promise<Record<string, number>> {
  const app = await openHarnessApp();
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const created = await page.evaluate(
      (input) => window.briefdesk?.briefings.create(input as never),
      generateLargeBriefing(),
    );
    if (!created?.ok) throw new Error('The reference briefing was refused.');
    await page.evaluate((id) => {
      window.location.hash = `#/editor/${id}`;
    }, created.value.id);
    await page.getByRole('textbox', { name: 'Briefing text' }).waitFor();
    await installKeystrokeProbe(page);
    await placeCaretAfter(page, middleParagraphMarker());
    await typeAndMeasure(page, 20);
    const browser = page.context().browser();
    if (!browser) throw new Error('The harness page has no browser to trace.');
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute'],
    });
    await typeAndMeasure(page, tracedKeystrokes);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const parts = keystrokeBreakdowns(trace.traceEvents);
    const median = (pick: (part: (typeof parts)[number]) => number) => sampleStatistics(parts.map(pick)).median;
    return {
      editor_keystroke_trace_total_ms: median((part) => part.totalMs),
      editor_keystroke_trace_script_ms: median((part) => part.scriptMs),
      editor_keystroke_trace_style_layout_ms: median((part) => part.styleMs),
      editor_keystroke_trace_paint_ms: median((part) => part.paintMs),
      editor_keystroke_trace_frame_wait_ms: median((part) => part.frameWaitMs),
      editor_keystroke_trace_samples: parts.length,
    };
  } finally {
    await app.close();
    await closeHarnessBrowser();
  }
}
