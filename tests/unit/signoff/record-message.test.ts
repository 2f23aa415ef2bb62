import { describe, expect, test } from 'vitest';
import { excerptOf, signOffFields } from '../../../entrypoints/background/signoff-log.ts';
import { sha256Hex } from '../../../lib/log/hash.ts';
import type { SignOffRecord } from '../../../lib/protocol/signoff.ts';
import { buildRecord } from '../../../lib/signoff/record.ts';
import { needsOf } from '../../../lib/signoff/requirements.ts';
import type { SignOffRequest } from '../../../lib/signoff/types.ts';

const TEXT = 'Polling stations open 7am–10pm on Thursday.';

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
  textSha256: 'f'.repeat(64),
  textStart: TEXT,
};

describe('what the dialog sends', () => {
  const req = (text: string): SignOffRequest => ({
    findings: valid.findings.map((f) => ({ ...f, message: 'Political content in a pre-election period.' })),
    text,
    platform: 'facebook',
    composer: 'reply',
    account: { handle: 'Hart District Council', kind: 'corporate', source: 'profile' },
    profile: { id: 'hart-dc', version: '3' },
    images: [],
    editor: document.createElement('div'),
  });
  const form = { acks: new Set([0]), consent: false, reason: ' Factual notice ', approver: 'not asked for' };

  test('the SHA-256 of the text and its start, never the whole draft or the finding messages', async () => {
    const long = `${TEXT} ${'more words '.repeat(20_000)}`;
    const r = await buildRecord(req(long), 'post', needsOf(req(long).findings), form);
    expect(r.textSha256).toBe(await sha256Hex(long));
    expect(r.textStart).toBe(long.slice(0, 400));
    expect(JSON.stringify(r).length).toBeLessThan(2000);
    expect(JSON.stringify(r)).not.toContain('Political content');
    expect(r).toMatchObject({ reason: 'Factual notice', approver: null, consent: null });
  });

  test('a draft longer than the checker accepts can still be signed off and recorded', async () => {
    const huge = 'x'.repeat(100_001);
    const r = await buildRecord(req(huge), 'post', needsOf(req(huge).findings), form);
    expect(signOffFields(r, false).textSha256).toBe(await sha256Hex(huge));
  });

  test('edit and cancel carry no reason or approver', async () => {
    const r = await buildRecord(req(TEXT), 'edit', needsOf(req(TEXT).findings), form);
    expect(r).toMatchObject({ decision: 'edited', reason: null, approver: null });
  });
});

describe('what the background keeps of a recordSignOff message', () => {
  test('the hash; the start of the text is dropped unless the profile allows an excerpt', () => {
    const fields = signOffFields(valid, false);
    expect(fields.textSha256).toBe('f'.repeat(64));
    expect(fields).not.toHaveProperty('textStart');
    expect(JSON.stringify(fields)).not.toContain('Polling');
    expect(fields.excerpt).toBeNull();
  });

  test('a known text hashes to its known SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('an excerpt when the profile allows it: one line, at most 80 characters, emoji kept whole', () => {
    expect(signOffFields(valid, true).excerpt).toBe(TEXT);
    const long = `${'👩‍💻'.repeat(3)}  line one\n\nline two ${'x'.repeat(200)}`;
    const e = excerptOf(long);
    expect(Array.from(e)).toHaveLength(80);
    expect(e.endsWith('…')).toBe(true);
    expect(e).not.toContain('\n');
    expect(e.startsWith('👩‍💻👩‍💻👩‍💻 line one line two')).toBe(true);
  });

  test.each([
    ['an unknown field', { ...valid, text: TEXT }, 'Unrecognized key'],
    ['an unknown category', { ...valid, findings: [{ ...valid.findings[0], category: 'gossip' }] }, 'findings.0.category'],
    ['a reason that is too long', { ...valid, reason: 'x'.repeat(501) }, 'reason'],
    ['a post with no reason', { ...valid, reason: '   ' }, 'a post signed off without a reason cannot be recorded'],
    ['a negative face count', { ...valid, faces: [-1] }, 'faces.0'],
    ['a made-up decision', { ...valid, decision: 'deleted' }, 'decision'],
    ['a hash that is not one', { ...valid, textSha256: 'abc' }, 'textSha256: must be 64 lowercase hex digits'],
    ['too much of the text', { ...valid, textStart: 'x'.repeat(401) }, 'textStart'],
  ])('refuses %s with a specific error', (_name, payload, expected) => {
    expect(() => signOffFields(payload, false)).toThrow(/^Sign-off not recorded: /);
    expect(() => signOffFields(payload, false)).toThrow(expected);
  });

  test('an edit or cancel needs no reason', () => {
    const fields = signOffFields({ ...valid, decision: 'edited', reason: null }, false);
    expect(fields.decision).toBe('edited');
    expect(fields.reason).toBeNull();
  });
});
