// `node scripts/tools/bench/timeline.mjs <dir>/element.json …`: a load that `TRACE=<dir> npm run
// bench` wrote, as its main thread's timeline from navigation until the map is painted: each
// task (with its microtask checkpoint) when it starts and how long it runs, what it spent in
// script, style, layout, paint and HTML parsing (each event's own time, less what it holds of
// the others: a layout that script forces is layout), what it ran (the script's file, the
// function called, the frame), and the responses the page received; then the totals, the time
// the main thread was idle (waiting for the network, a frame or a task), and the CPU time the
// browser's other processes took meanwhile (cpu: the thread's own time, less than the task's
// length when other threads had the core).
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {SCRIPT, TASK, tasks as taskSpans} from './trace-events.mjs';

const KINDS = {
  script: SCRIPT,
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'],
  parse: ['ParseHTML'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));
const ms = (us) => (us / 1000).toFixed(1).padStart(6);

for (const file of process.argv.slice(2)) {
  const {url, painted, traceEvents} = JSON.parse(readFileSync(file, 'utf8'));
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const end = start.ts + painted * 1000;
  const main = traceEvents
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = taskSpans(main).map((span) => ({...span, cpu: 0, own: {}, what: new Set()}));
  for (const e of main.filter((e) => e.ph === 'X' && TASK.includes(e.name)))
    tasks.find((t) => t.start <= e.ts && e.ts < t.end).cpu += e.tdur ?? e.dur;
  // Each counted event's own time: its length less that of the counted events it holds.
  const open = [];
  const counted = [];
  for (const e of main.filter((e) => e.ph === 'X' && kindOf.has(e.name))) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const outer = open.at(-1);
    const event = {ts: e.ts, dur: e.dur, kind: kindOf.get(e.name), own: e.dur};
    if (outer) outer.own -= e.dur;
    open.push(event);
    counted.push(event);
    const task = tasks.find((t) => t.start <= e.ts && e.ts < t.end);
    const data = e.args?.data ?? e.args?.beginData ?? {};
    const what =
      data.url && e.name !== 'ParseHTML'
        ? basename(data.url)
        : data.functionName
          ? `${data.functionName}()`
          : e.name === 'RunMicrotasks'
            ? 'microtasks'
            : e.name === 'Layout' || e.name === 'Paint'
              ? 'frame'
              : null;
    if (task && what) task.what.add(what);
  }
  for (const e of counted) {
    const task = tasks.find((t) => t.start <= e.ts && e.ts < t.end);
    if (task) task.own[e.kind] = (task.own[e.kind] ?? 0) + e.own;
  }
  const at = (ts) => `${ms(ts - start.ts)} ms`;
  console.log(`\n${basename(file)}: ${url}, painted at ${painted.toFixed(1)} ms`);
  for (const e of main.filter((e) => e.name === 'ResourceFinish' || e.name === 'ResourceSendRequest')) {
    const data = e.args.data;
    const request = main.find((r) => r.name === 'ResourceSendRequest' && r.args.data.requestId === data.requestId);
    if (e.name === 'ResourceFinish')
      console.log(`${at(e.ts)}  received ${basename(request?.args.data.url ?? data.requestId)}`);
  }
  const totals = {};
  for (const task of tasks) {
    const parts = Object.entries(task.own)
      .filter(([, t]) => t >= 50)
      .map(([kind, t]) => `${kind} ${(t / 1000).toFixed(1)}`);
    for (const [kind, t] of Object.entries(task.own)) totals[kind] = (totals[kind] ?? 0) + t;
    if (task.end - task.start < 500 && !parts.length) continue;
    console.log(
      `${at(task.start)}  task ${ms(task.end - task.start)} ms (cpu ${ms(task.cpu)})  ${parts.join(', ')}  [${[...task.what].join(' ')}]`,
    );
  }
  const busy = tasks.reduce((t, task) => t + Math.min(task.end, end) - task.start, 0);
  const cpu = tasks.reduce((t, task) => t + task.cpu, 0);
  console.log(
    `totals: tasks ${ms(busy)} ms (cpu ${ms(cpu)}), of which ${Object.entries(totals)
      .map(([kind, t]) => `${kind} ${(t / 1000).toFixed(1)}`)
      .join(', ')}; idle ${ms(end - start.ts - busy)} ms`,
  );
  // The same time in the browser's other processes, which share the machine's cores with the page.
  const names = new Map(traceEvents.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args.name]));
  const elsewhere = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.pid === start.pid || !e.name.endsWith('RunTask') || e.ts < start.ts || e.ts > end) continue;
    const name = names.get(e.pid) ?? String(e.pid);
    const label = /top-chrome-webui|^WebUI/.test(name) ? 'browser UI renderer' : name.split(' ')[0];
    elsewhere.set(label, (elsewhere.get(label) ?? 0) + (e.tdur ?? 0));
  }
  console.log(
    `cpu in other processes: ${[...elsewhere]
      .sort((a, b) => b[1] - a[1])
      .map(([label, t]) => `${label} ${(t / 1000).toFixed(1)}`)
      .join(', ')}`,
  );
}
