// Local date and time in the organisation's time zone. Intl formatters are costly to build,
// so there is one per zone for the life of the worker.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localParts(now: Date, timeZone: string): { date: string; minutes: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(now)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Is `now` inside [from, to]? Dates are whole local days; times are instants. */
export function inWindow(now: Date, localDate: string, from: string, to: string): boolean {
  const afterFrom = from.length > 10 ? now.getTime() >= Date.parse(from) : localDate >= from;
  const beforeTo = to.length > 10 ? now.getTime() <= Date.parse(to) : localDate <= to;
  return afterFrom && beforeTo;
}
