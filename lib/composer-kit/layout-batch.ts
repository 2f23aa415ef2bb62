// Badges and textarea mirrors follow their editors' boxes: each reads a box (a layout) and
// then writes its own position. Done one composer after another, every write would make the
// next read lay the page out again. Here, once per animation frame, every queued read runs
// first and every write after: one layout per frame however many composers are open.

/** Reads the layout and returns the writes to make from what it read (or nothing). */
export type Measure = () => (() => void) | void;

const queued = new Set<Measure>();
let frame = 0;

/** Runs `measure` in the next frame's read phase; queuing the same function twice runs it once. */
export function measureNextFrame(measure: Measure): void {
  queued.add(measure);
  // Plain rAF, not ctx's: see composer-session.ts. A frame left pending when the content
  // script's context goes finds nothing queued (every session is closed, and unqueues itself).
  if (!frame) frame = requestAnimationFrame(flush);
}

export function unqueue(measure: Measure): void {
  queued.delete(measure);
}

function flush(): void {
  frame = 0;
  const reads = [...queued];
  queued.clear();
  const writes: Array<() => void> = [];
  for (const read of reads) {
    const write = read();
    if (write) writes.push(write);
  }
  for (const write of writes) write();
}
