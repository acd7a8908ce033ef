/**
 * Ways to give the page back its main thread between pieces of work, so that no task grows long
 * enough (50 ms) to delay a reader's input or the page's own rendering.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it (its continuation runs
 * before other queued work), else a message to the page itself, which unlike `setTimeout` is
 * never clamped to 4 ms when chained.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: Scheduler}).scheduler;
  return scheduler?.yield ? scheduler.yield() : queuedTask();
}

/**
 * Resolves in a task queued behind the tasks the page has queued already (a message to the page
 * itself): for new work that can wait, which `scheduler.yield()`'s continuation would put ahead of
 * them (a script just fetched, the page's own messages, input).
 */
export function queuedTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the page has rendered a frame (after its rendering steps), or after `fallback` ms
 * where no frame comes (a hidden page renders none).
 */
export function nextPaint(fallback = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallback);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** Runs `work` once the page is idle (after its first paint), or after `fallback` ms where browsers lack idle callbacks. */
export function whenIdle(work: () => void, fallback = 200): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work());
  else setTimeout(work, fallback);
}
