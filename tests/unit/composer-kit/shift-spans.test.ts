import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../../rules/finding.ts';
import { diffEdit, shiftFindings } from '../../../lib/composer-kit/shift-spans.ts';

const finding = (start: number, end: number): Finding => ({
  ruleId: 'phone-number',
  category: 'personal-data',
  severity: 'confirm',
  message: 'phone',
  clauses: ['TR-5'],
  start,
  end,
});

describe('diffEdit', () => {
  test('finds the one place that changed', () => {
    expect(diffEdit('call 07700', 'call me 07700')).toEqual({ start: 5, oldEnd: 5, newEnd: 8 });
    expect(diffEdit('abc', 'abc')).toBeNull();
    expect(diffEdit('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
  });

  test('always describes the change exactly', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const e = diffEdit(a, b);
        if (a === b) expect(e).toBeNull();
        else expect(a.slice(0, e!.start) + b.slice(e!.start, e!.newEnd) + a.slice(e!.oldEnd)).toBe(b);
      }),
    );
  });
});

describe('shiftFindings', () => {
  const text = 'Ring 07700 900123 now';
  const phone = finding(5, 17);

  test('typing before a span moves it; typing after it leaves it', () => {
    const after = 'Please ring 07700 900123 now';
    const [moved] = shiftFindings([phone], diffEdit(text, 'Please r' + text.slice(1))!);
    expect(after.slice(moved!.start, moved!.end)).toBe('07700 900123');
    expect(shiftFindings([phone], diffEdit(text, `${text}!`)!)).toEqual([phone]);
  });

  test('an edit inside the span drops it until the check says what it is now', () => {
    expect(shiftFindings([phone], diffEdit(text, 'Ring 07700 900923 now')!)).toEqual([]);
    expect(shiftFindings([phone], diffEdit(text, 'Ring 077 900123 now')!)).toEqual([]);
  });

  test('findings without a span (images) are kept as they are', () => {
    const image: Finding = { ...finding(0, 0), start: undefined, end: undefined, image: 0, category: 'image-faces' };
    expect(shiftFindings([image], diffEdit('a', 'ab')!)).toEqual([image]);
  });

  test('a kept span always covers the same characters it did', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3 }), fc.string(), fc.nat(), fc.nat(), fc.nat(), (before, insert, s, len, at) => {
        const start = s % (before.length - 1);
        const end = start + 1 + (len % (before.length - start - 1 || 1));
        const pos = at % (before.length + 1);
        const after = before.slice(0, pos) + insert + before.slice(pos + (insert.length % 3));
        const edit = diffEdit(before, after);
        if (!edit) return;
        for (const f of shiftFindings([finding(start, end)], edit)) {
          expect(after.slice(f.start, f.end)).toBe(before.slice(start, end));
        }
      }),
    );
  });
});
