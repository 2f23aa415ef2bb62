import { describe, expect, test } from 'vitest';
import { excerptOf, signOffFields } from '../../../entrypoints/background/signoff-log.ts';
import { sha256Hex } from '../../../lib/log/hash.ts';
import type { SignOffRecord } from '../../../lib/protocol/signoff.ts';

const valid: SignOffRecord = {
  decision: 'posted',
  platform: 'facebook',
  composer: 'reply',
  account: { handle: 'Hart District Council', kind: 'corporate' },
  profile: { id: 'hart-dc', version: '3' },
  findings: [{ ruleId: 'political', category: 'political', severity: 'confirm', clauses: ['HT-1'] }],
  reason: 'Factual notice of polling stations',
  approver: null,
  consent: null,
  faces: [0, 4, null],
  text: 'Polling stations open 7am–10pm on Thursday.',
};

describe('what the background keeps of a recordSignOff message', () => {
  test('the text becomes its SHA-256; the text itself is not kept', async () => {
    const fields = await signOffFields(valid, false);
    expect(fields.textSha256).toBe(await sha256Hex(valid.text));
    expect(fields).not.toHaveProperty('text');
    expect(JSON.stringify(fields)).not.toContain('Polling');
    expect(fields.excerpt).toBeNull();
  });

  test('a known text hashes to its known SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('an excerpt when the profile allows it: one line, at most 80 characters, emoji kept whole', async () => {
    expect((await signOffFields(valid, true)).excerpt).toBe('Polling stations open 7am–10pm on Thursday.');
    const long = `${'👩‍💻'.repeat(3)}  line one\n\nline two ${'x'.repeat(200)}`;
    const e = excerptOf(long);
    expect(Array.from(e)).toHaveLength(80);
    expect(e.endsWith('…')).toBe(true);
    expect(e).not.toContain('\n');
    expect(e.startsWith('👩‍💻👩‍💻👩‍💻 line one line two')).toBe(true);
  });

  test.each([
    ['an unknown field', { ...valid, html: '<b>' }, 'Unrecognized key'],
    ['an unknown category', { ...valid, findings: [{ ...valid.findings[0], category: 'gossip' }] }, 'findings.0.category'],
    ['a reason that is too long', { ...valid, reason: 'x'.repeat(501) }, 'reason'],
    ['a post with no reason', { ...valid, reason: '   ' }, 'a post signed off without a reason cannot be recorded'],
    ['a negative face count', { ...valid, faces: [-1] }, 'faces.0'],
    ['a made-up decision', { ...valid, decision: 'deleted' }, 'decision'],
    ['no text', { ...valid, text: undefined }, 'text'],
  ])('refuses %s with a specific error', async (_name, payload, expected) => {
    await expect(signOffFields(payload, false)).rejects.toThrow(/^Sign-off not recorded: /);
    await expect(signOffFields(payload, false)).rejects.toThrow(expected);
  });

  test('an edit or cancel needs no reason', async () => {
    const fields = await signOffFields({ ...valid, decision: 'edited', reason: null }, false);
    expect(fields.decision).toBe('edited');
    expect(fields.reason).toBeNull();
  });
});
