// What bench.mjs and timeline.mjs read in a Chromium trace: which events are tasks, script,
// style and layout, and how a task's events are joined.

/** The trace events of a main-thread task, and of the microtask checkpoint that ends it. */
export const TASK = ['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'];
/** How close (µs) a checkpoint follows its task's event (traced: within 45). */
const ADJACENT = 50;
/**
 * The trace events of script on the main thread, as DevTools' "Scripting" counts it: a classic
 * script's or a module's compiling and evaluation, callbacks (events, timers, frames), microtasks
 * (promise continuations: what `await` resumes, Lit's updates), and garbage collection.
 */
export const SCRIPT = [
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
];
/** The trace events of style (the layout tree's update) and layout, in a frame or forced by script. */
export const STYLE_LAYOUT = ['UpdateLayoutTree', 'Layout'];

/**
 * The spans of time that events cover, in order: an event that overlaps the span before it, or
 * that `joins` it, lengthens it.
 */
export function spans(events, joins = () => false) {
  const merged = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const last = merged.at(-1);
    if (last && (e.ts < last.end || joins(e, last))) last.end = Math.max(last.end, e.ts + e.dur);
    else merged.push({start: e.ts, end: e.ts + e.dur});
  }
  return merged;
}

/**
 * The main-thread tasks among `events` (one thread's), as spans. A task's microtasks (promise
 * continuations: what `await` resumes) run in a checkpoint traced just after the task's own
 * event: both together are the task, as the Long Tasks API counts it.
 */
export const tasks = (events) =>
  spans(
    events.filter((e) => e.ph === 'X' && TASK.includes(e.name)),
    (e, last) => e.name === TASK[1] && e.ts < last.end + ADJACENT,
  );
