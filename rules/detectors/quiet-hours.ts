import { defineDetector } from '../detector.ts';

export default defineDetector({
  id: 'quiet-hours',
  summary: "Posting inside the profile's quiet hours, in the organisation's time zone",
  find(scan) {
    const q = scan.quietHours;
    if (!q) return [];
    const m = scan.localMinutes();
    const inside = q.from <= q.to ? m >= q.from && m < q.to : m >= q.from || m < q.to;
    return inside ? [{ vars: { from: q.fromText, to: q.toText } }] : [];
  },
});
