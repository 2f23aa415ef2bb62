import { afterEach, describe, expect, test } from 'vitest';
import { excerptOf, recordSignOff, signOffFields } from '../../../entrypoints/background/signoff-log.ts';
import { sha256Hex } from '../../../lib/log/hash.ts';
import type { SignOffRecord } from '../../../lib/protocol/signoff.ts';
import { buildRecord, faceCount } from '../../../lib/signoff/record.ts';
import { needsOf } from '../../../lib/signoff/requirements.ts';
import type { SignOffRequest } from '../../../lib/signoff/types.ts';
import type { Finding } from '../../../rules/finding.ts';
import { fixture, type Fixture } from '../log/helpers.ts';
import { hartPolicy } from './policy.ts';

const TEXT = 'Polling stations open 7am–10pm on Thursday.';
const policy = () => hartPolicy();
const ID = '0b5c6a3e-8d1f-4c2a-9e7b-3f4d5a6b7c8d';

const valid: SignOffRecord = {
  requestId: ID,
  decision: 'posted',
  platform: 'facebook',
  composer: 'reply',
  account: { handle: 'Hart District Council', kind: 'corporate' },
  findings: [{ ruleId: 'political-impartiality', category: 'political', severity: 'confirm', clauses: ['HT-1'] }],
  reason: 'Factual notice of polling stations',
  approver: null,
  consent: null,
  faces: [0, 4, null],
  textSha256: 'f'.repeat(64),
  textStart: TEXT,
};

const finding = (f: Partial<Finding> & Pick<Finding, 'ruleId' | 'category' | 'severity'>): Finding => ({ message: 'm', clauses: ['TR-5'], ...f });

describe('what the dialog sends', () => {
  const req = (text: string, over: Partial<SignOffRequest> = {}): SignOffRequest => ({
    findings: valid.findings.map((f) => ({ ...f, message: 'Political content in a pre-election period.' })),
    text,
    platform: 'facebook',
    composer: 'reply',
    account: { handle: 'Hart District Council', kind: 'corporate', source: 'profile' },
    profile: { id: 'hart-dc', version: '3' },
    images: [],
    editor: document.createElement('div'),
    ...over,
  });
  const form = { acks: new Set([0]), consent: false, reason: ' Factual notice ', approver: 'not asked for' };

  test('the SHA-256 of the text and its start, never the whole draft, the finding messages or the profile', async () => {
    const long = `${TEXT} ${'more words '.repeat(20_000)}`;
    const r = await buildRecord(req(long), 'post', needsOf(req(long).findings), form, ID);
    expect(r.textSha256).toBe(await sha256Hex(long));
    expect(r.textStart).toBe(long.slice(0, 400));
    expect(JSON.stringify(r).length).toBeLessThan(2000);
    expect(JSON.stringify(r)).not.toContain('Political content');
    expect(r).not.toHaveProperty('profile');
    expect(r).toMatchObject({ requestId: ID, reason: 'Factual notice', approver: null, consent: null });
  });

  test('a draft longer than the checker accepts can still be signed off and recorded', async () => {
    const huge = 'x'.repeat(100_001);
    const r = await buildRecord(req(huge), 'post', needsOf(req(huge).findings), form, ID);
    expect(signOffFields(r, policy()).fields.textSha256).toBe(await sha256Hex(huge));
  });

  test('edit and cancel carry no reason or approver', async () => {
    const r = await buildRecord(req(TEXT), 'edit', needsOf(req(TEXT).findings), form, ID);
    expect(r).toMatchObject({ decision: 'edited', reason: null, approver: null });
  });

  test('faces per image: a count, null where detection failed, "at least" while the closer look runs', () => {
    const face = { box: [0, 0, 10, 10] as [number, number, number, number], score: 0.9 };
    const image = { id: 'a', width: 100, height: 100, gps: null };
    expect(faceCount({ ...image, faces: [face, face] })).toBe(2);
    expect(faceCount({ ...image, faces: null })).toBeNull();
    expect(faceCount({ ...image, pending: true, faces: [face, face, face] })).toEqual({ atLeast: 3 });
    expect(faceCount({ ...image, pending: true, faces: [] })).toEqual({ atLeast: 0 });
  });
});

describe('what the background keeps of a recordSignOff message', () => {
  test('the hash; the start of the text is dropped unless the profile allows an excerpt', () => {
    const { fields } = signOffFields(valid, policy());
    expect(fields.textSha256).toBe('f'.repeat(64));
    expect(fields).not.toHaveProperty('textStart');
    expect(fields).not.toHaveProperty('requestId');
    expect(JSON.stringify(fields)).not.toContain('Polling');
    expect(fields.excerpt).toBeNull();
  });

  test('a known text hashes to its known SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('an excerpt when the profile allows it: one line, at most 80 characters, emoji kept whole', () => {
    expect(signOffFields(valid, hartPolicy({ signOff: { logExcerpt: true } })).fields.excerpt).toBe(TEXT);
    const long = `${'👩‍💻'.repeat(3)}  line one\n\nline two ${'x'.repeat(200)}`;
    const e = excerptOf(long);
    expect(Array.from(e)).toHaveLength(80);
    expect(e.endsWith('…')).toBe(true);
    expect(e).not.toContain('\n');
    expect(e.startsWith('👩‍💻👩‍💻👩‍💻 line one line two')).toBe(true);
  });

  test.each([
    ['an unknown field', { ...valid, text: TEXT }, 'Unrecognized key'],
    ['a profile from the page', { ...valid, profile: { id: 'lenient', version: '1' } }, 'Unrecognized key: "profile"'],
    ['no request id', { ...valid, requestId: undefined }, 'requestId'],
    ['an unknown category', { ...valid, findings: [{ ...valid.findings[0], category: 'gossip' }] }, 'findings.0.category'],
    ['a reason that is too long', { ...valid, reason: 'x'.repeat(501) }, 'reason'],
    ['a post with no reason', { ...valid, reason: '   ' }, 'a post signed off without a reason cannot be recorded'],
    ['a negative face count', { ...valid, faces: [-1] }, 'faces.0'],
    ['a made-up decision', { ...valid, decision: 'deleted' }, 'decision'],
    ['a hash that is not one', { ...valid, textSha256: 'abc' }, 'textSha256: must be 64 lowercase hex digits'],
    ['too much of the text', { ...valid, textStart: 'x'.repeat(401) }, 'textStart'],
  ])('refuses %s with a specific error', (_name, payload, expected) => {
    expect(() => signOffFields(payload, policy())).toThrow(/^Sign-off not recorded: /);
    expect(() => signOffFields(payload, policy())).toThrow(expected);
  });

  test('an edit or cancel needs no reason', () => {
    const { fields } = signOffFields({ ...valid, decision: 'edited', reason: null }, policy());
    expect(fields.decision).toBe('edited');
    expect(fields.reason).toBeNull();
  });
});

describe('the profile in force decides, not the page', () => {
  let f: Fixture | null = null;
  afterEach(async () => {
    await f?.db.delete();
    f = null;
  });

  test('"Post anyway" before any check came back is recorded under the active profile', async () => {
    // The composer kit had no check result: its request carries no profile at all.
    const req: SignOffRequest = {
      findings: [finding({ ruleId: 'postguard-unavailable', category: 'verification', severity: 'confirm', clauses: [] })],
      text: 'Anything',
      platform: 'x',
      composer: 'post',
      account: { handle: 'CouncilNews', kind: 'personal', source: 'default' },
      profile: null,
      images: [],
      editor: document.createElement('div'),
    };
    const record = await buildRecord(req, 'post', needsOf(req.findings), { acks: new Set([0]), consent: false, reason: 'Checked by hand', approver: '' }, ID);
    f = fixture();
    expect(await recordSignOff(f.writer, policy(), record)).toEqual({ seq: 1 });
    expect((await f.all())[0]).toMatchObject({ decision: 'posted', profile: { id: 'hart-dc', version: '2025.1' }, reason: 'Checked by hand' });
  });

  test('findings are logged with the profile’s word on overriding and approvers', () => {
    const { fields } = signOffFields(
      {
        ...valid,
        approver: 'Sam Jones',
        consent: true,
        findings: [
          { ruleId: 'payment-card', category: 'personal-data', severity: 'block', clauses: ['TR-5'], overridable: true },
          { ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: ['HSS-6'] },
          // The page says its own rule may be overridden; the profile has no such rule.
          { ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'], overridable: true },
        ],
      },
      policy(),
    );
    expect(fields.findings.map((x) => [x.ruleId, x.overridable, x.needsApprover])).toEqual([
      ['payment-card', true, false],
      ['image-approval', false, true],
      ['phone-number', false, false],
    ]);
  });

  test.each([
    [
      'a block the profile does not let anyone override',
      { findings: [{ ruleId: 'credentials', category: 'credentials', severity: 'block', clauses: ['STF-7'], overridable: true }] },
      '“credentials” is blocked by policy hart-dc 2025.1 and cannot be signed off',
    ],
    [
      'a block from a rule the profile does not have',
      { findings: [{ ruleId: 'made-up', category: 'credentials', severity: 'block', clauses: [], overridable: true }] },
      '“made-up” is blocked by policy hart-dc 2025.1',
    ],
    [
      'no approver where the profile needs one',
      { findings: [{ ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: ['HSS-6'] }], approver: null },
      'policy hart-dc 2025.1 needs the name of the person who approved this post (image-approval)',
    ],
    [
      'no approver where the dialog asked for one',
      { findings: [{ ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'], needsApprover: true }], approver: ' ' },
      'needs the name of the person who approved this post (phone-number)',
    ],
    [
      'photos of people without the consent statement',
      { findings: [{ ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4'] }], consent: false },
      'the consent statement for the people in the photos was not confirmed',
    ],
  ])('refuses "posted" with %s, saying why', async (_name, over, expected) => {
    const payload = { ...valid, ...over };
    expect(() => signOffFields(payload, policy())).toThrow(expected);
    f = fixture();
    await expect(recordSignOff(f.writer, policy(), payload)).rejects.toThrow(/^Sign-off not recorded: /);
    expect(await f.all()).toEqual([]);
    // The same decision sent back to edit is recorded: the log keeps every decision.
    await recordSignOff(f.writer, policy(), { ...payload, decision: 'edited', reason: null, approver: null, consent: null });
    expect((await f.all()).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['edited']);
  });

  test('an overridable block, an approver and consent, all given: recorded with the flags', async () => {
    f = fixture();
    await recordSignOff(f.writer, policy(), {
      ...valid,
      approver: 'Sam Jones',
      consent: true,
      findings: [
        { ruleId: 'payment-card', category: 'personal-data', severity: 'block', clauses: ['TR-5'], overridable: true },
        { ruleId: 'image-approval', category: 'approval', severity: 'confirm', clauses: ['HSS-6'], needsApprover: true },
        { ruleId: 'image-faces', category: 'image-faces', severity: 'confirm', clauses: ['HSS-4'] },
      ],
      faces: [{ atLeast: 2 }],
    });
    expect((await f.all())[0]).toMatchObject({
      v: 2,
      approver: 'Sam Jones',
      consent: true,
      faces: [{ atLeast: 2 }],
      supersedes: null,
      findings: [
        { ruleId: 'payment-card', overridable: true, needsApprover: false },
        { ruleId: 'image-approval', overridable: false, needsApprover: true },
        { ruleId: 'image-faces', overridable: false, needsApprover: false },
      ],
    });
  });
});
