/**
 * Where a page spends its main thread: loads it in Chromium at 4x CPU slowdown (Lighthouse's
 * mobile setting) with a performance trace running, then sums the renderer main thread's self time
 * by cost: script evaluation and calls by script file, and the browser's own work (parsing HTML,
 * style, layout, paint, garbage collection) by kind. The top five, the total busy time, and the
 * long tasks (over 50 ms) with their blocking time, the part of TBT they make.
 */
import { chromium, type CDPSession } from '@playwright/test';
import { resolveChromium } from '../lib/chromium';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; stackTrace?: { url?: string }[] } };
}

export interface TraceSummary {
  url: string;
  cpuSlowdown: number;
  mainThreadBusyMs: number;
  longTasks: number;
  /** Sum over tasks of their time beyond 50 ms, from navigation to 5 s after load. */
  blockingMs: number;
  /** The five largest costs, self time on the main thread in ms. */
  top: { cost: string; ms: number }[];
}

/** Events whose self time counts as the named script's (the innermost one with a URL wins). */
const scriptEvents = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'v8.run',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'v8.parseOnBackground',
  'CompileCode',
  'CompileScript',
]);
const kinds: Record<string, string> = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  BlinkGC: 'garbage collection',
  HitTest: 'hit test',
  ScheduleStyleRecalculation: 'style',
  ResourceSendRequest: 'network calls',
  ResourceReceiveResponse: 'network calls',
};

const shortUrl = (url: string) => {
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/assets\/js\//, '') || url;
  } catch {
    return url || '(no URL)';
  }
};

/** Self time per cost on the renderer's main thread. Exported for the unit test. */
export function summariseTrace(events: readonly TraceEvent[], url: string, cpuSlowdown: number, fromTs?: number): TraceSummary {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.ph === 'M');
  // The renderer that loaded the page: the main thread with the most work.
  const threads = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask') threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busiest =
    [...threads].filter(([k]) => mainThreads.has(k)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? (main ? `${main.pid}:${main.tid}` : '');
  const xs = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === busiest && (e.dur ?? 0) > 0 && (fromTs === undefined || e.ts >= fromTs))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  let busy = 0;
  let longTasks = 0;
  let blocking = 0;
  // Walk the nesting: each event's self time is its duration less its children's.
  const stack: { e: TraceEvent; end: number; childTime: number; cost: string }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const top = stack.pop();
      if (!top) break;
      const self = (top.e.dur ?? 0) - top.childTime;
      totals.set(top.cost, (totals.get(top.cost) ?? 0) + self);
      const parent = stack.at(-1);
      if (parent) parent.childTime += top.e.dur ?? 0;
    }
  };
  for (const e of xs) {
    close(e.ts);
    const parent = stack.at(-1);
    const dataUrl = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url;
    let cost: string;
    if (scriptEvents.has(e.name) && dataUrl) cost = `script ${shortUrl(dataUrl)}`;
    else if (kinds[e.name]) cost = kinds[e.name] as string;
    else if (parent?.cost.startsWith('script ') || scriptEvents.has(e.name))
      cost = parent?.cost.startsWith('script ') ? parent.cost : 'script (no URL)';
    else cost = parent ? parent.cost : `other: ${e.name}`;
    if (!parent && e.name === 'RunTask') {
      const ms = (e.dur ?? 0) / 1000;
      busy += ms;
      if (ms > 50) {
        longTasks++;
        blocking += ms - 50;
      }
    }
    stack.push({ e, end: e.ts + (e.dur ?? 0), childTime: 0, cost });
  }
  close(Number.POSITIVE_INFINITY);
  const top = [...totals]
    .map(([cost, us]) => ({ cost, ms: Math.round(us / 1000) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return { url, cpuSlowdown, mainThreadBusyMs: Math.round(busy), longTasks, blockingMs: Math.round(blocking), top };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/**
 * Loads `url` once in a fresh context (nothing cached, service worker allowed as for a first
 * visit), traced, at `cpuSlowdown`, and summarises the trace up to 5 s after the load event.
 */
export async function tracePage(url: string, cpuSlowdown = 4): Promise<TraceSummary> {
  const browser = await chromium.launch(resolveChromium());
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'v8',
          'toplevel',
          'blink.user_timing',
          'loading',
        ],
      },
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(5000);
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
    await cdp.send('Tracing.end');
    const text = await readStream(cdp, await done);
    const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    return summariseTrace(events, url, cpuSlowdown);
  } finally {
    await browser.close();
  }
}
