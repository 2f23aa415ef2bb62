// The five example organisation profiles in public/profiles/: each is valid, its rules keep
// their examples, and it does what its policy asks on a few posts.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadProfile, selfTest, summariseProfile, type CompiledProfile } from '../../../rules/profile.ts';
import { findings } from './helpers.ts';

const dir = path.resolve(__dirname, '../../../public/profiles');

async function load(name: string): Promise<CompiledProfile> {
  const r = loadProfile(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.compiled;
}

test('there is one example profile per source policy', async () => {
  expect((await readdir(dir)).sort()).toEqual(['hart-dc.json', 'hss-group.json', 'south-yorkshire-opcc.json', 'staffordshire-police.json', 'trust.json']);
});

describe.each(['hart-dc.json', 'hss-group.json', 'south-yorkshire-opcc.json', 'staffordshire-police.json', 'trust.json'])('%s', (name) => {
  test('is valid, extends the default, names the organisation and its accounts, and keeps every example', async () => {
    const p = await load(name);
    expect(p.extendsDefault).toBe(true);
    expect(p.organisation.names.length).toBeGreaterThan(0);
    expect(p.organisation.domains.length).toBeGreaterThan(0);
    expect(p.profile.accounts.length).toBeGreaterThan(0);
    expect(p.rules.filter((r) => r.origin === 'profile').length).toBeGreaterThan(0);
    expect(selfTest(p)).toEqual([]);
  });
});

describe('each profile on a few posts', () => {
  test('Hart DC: party labels are blocked in the pre-election period; every corporate post is reviewed; DMs for details are only info', async () => {
    const p = await load('hart-dc.json');
    const during = { now: '2027-04-15T10:00:00+01:00' };
    const f = findings('Cllr Jane Smith (Con) opened the new play area', during, p);
    expect(f.find((x) => x.ruleId === 'councillor-party-label')).toMatchObject({ severity: 'block', category: 'political' });
    expect(findings('Cllr Jane Smith (Con) opened the new play area', {}, p).map((x) => x.ruleId)).toEqual(['review-before-posting']);
    expect(findings('Please DM us your address so we can book the collection', {}, p).find((x) => x.ruleId === 'personal-data-request')!.severity).toBe('info');
    expect(findings('Call Hart DC on 01252 622122', {}, p).filter((x) => x.category === 'personal-data')).toEqual([]);
    expect(summariseProfile(p, new Date('2027-04-15T10:00:00Z')).periods[0]!.activeNow).toBe(true);
  });

  test('Staffordshire Police: an appeal without a link to the force website is blocked; tactics need a check', async () => {
    const p = await load('staffordshire-police.json');
    const appeal = 'Wanted in connection with a robbery in Stafford. Please share.';
    expect(findings(appeal, {}, p).find((x) => x.ruleId === 'appeal-link')).toMatchObject({ severity: 'block', overridable: true });
    expect(findings(`${appeal} https://www.staffordshire.police.uk/wanted/123`, {}, p).map((x) => x.ruleId)).not.toContain('appeal-link');
    expect(findings('The speed van will be on the A34 all week', {}, p).map((x) => x.ruleId)).toContain('police-tactics');
    // Where the built-in operational rule sees the same words, the force's stricter setting (block) wins.
    expect(findings("We'll have unmarked cars on the A34 all weekend", {}, p)).toEqual([
      expect.objectContaining({ ruleId: 'operational-detail', severity: 'block', clauses: expect.arrayContaining(['STF-3']) }),
    ]);
  });

  test('Trust: naming the employer on a personal account is a warning; photos need a Media Consent Form', async () => {
    const p = await load('trust.json');
    expect(findings('Another shift at Example Leisure Trust', { account: 'personal' }, p).find((x) => x.ruleId === 'employer-reference')!.severity).toBe('warn');
    const faces = findings({ text: 'Swim gala', images: [{ id: 'a', width: 1, height: 1, faces: [{ box: [0, 0, 1, 1], score: 1 }], gps: null }] }, {}, p);
    expect(faces.find((x) => x.ruleId === 'image-faces')!.message).toContain('Media Consent Form');
  });

  test('HSS Group: unblurred footage needs consent; personal-account rules are off', async () => {
    const p = await load('hss-group.json');
    expect(findings('Here is the unblurred footage', {}, p).map((x) => x.ruleId)).toContain('unblurred-footage');
    expect(findings('Long day at HSS Group', { account: 'personal' }, p).map((x) => x.ruleId)).not.toContain('employer-reference');
  });

  test('South Yorkshire OPCC: quiet hours from 22:00, criticising the force is flagged, requests for details held', async () => {
    const p = await load('south-yorkshire-opcc.json');
    expect(findings('Cannot sleep', { account: 'personal', now: '2027-01-12T22:15:00Z' }, p).map((x) => x.ruleId)).toEqual(['quiet-hours']);
    expect(findings('South Yorkshire Police are a shambles', { account: 'personal' }, p).find((x) => x.ruleId === 'employer-criticism')!.severity).toBe('confirm');
    expect(findings("What's your date of birth?", {}, p).find((x) => x.ruleId === 'personal-data-request')!.severity).toBe('confirm');
  });
});
