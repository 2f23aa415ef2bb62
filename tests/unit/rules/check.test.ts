// What a person posting sees: the engine's behaviour on realistic drafts.
import { describe, expect, test } from 'vitest';
import { check } from '../../../rules/check.ts';
import { compiledDefault } from '../../../rules/profile.ts';
import type { ImageFacts } from '../../../rules/draft.ts';
import { compiled, ctx, findings, minimal, ruleIds, spans, termsRule } from './helpers.ts';

const face = { box: [1, 2, 3, 4] as [number, number, number, number], score: 0.9 };
const img = (over: Partial<ImageFacts> = {}): ImageFacts => ({ id: 'a', width: 10, height: 10, faces: [], gps: null, ...over });

describe('the slice: a phone number on X from a personal account (no profile installed)', () => {
  test('gives exactly one confirm finding on the number, saying "phone number"', () => {
    const text = 'Call me on 07700 900123';
    const f = check({ text }, compiledDefault(), { platform: 'x', account: 'personal', now: new Date() });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'phone-number', severity: 'confirm', category: 'personal-data' });
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('07700 900123');
    expect(f[0]!.message).toContain('phone number');
  });
});

describe('personal data', () => {
  test('phone numbers in many formats, but not 999/101/111, helplines or the organisation\'s own', () => {
    expect(spans('Text me 07700 900123 or +33 6 12 34 56 78 or (212) 555-0142', 'phone-number')).toEqual(['07700 900123', '+33 6 12 34 56 78', '(212) 555-0142']);
    expect(spans('Call 999 in an emergency, 101 otherwise, NHS 111, or us on 0300 123 4567. Crimestoppers: 0800 555 111', 'phone-number')).toEqual([]);
    // The number ends at the comma, so "9am" does not glue it to anything.
    expect(spans('Questions? Ring us on 0300 1234567, 9am to 5pm.', 'phone-number')).toEqual([]);
    expect(spans('Ring Dave on 07700 900123, 9am to 5pm.', 'phone-number')).toEqual(['07700 900123']);
  });

  test('numbers that are not phone numbers stay clean: dates, times, prices, references', () => {
    for (const t of ['Open 9.00–17.30, Mon 12/05/2027', 'Tickets £12.50, 2,000 places', 'Crime ref 24/123456/22', 'Order number 123456789', 'In 2024-2025 we planted 10,000 trees', 'Plans for 2025 2026 2027 are out']) {
      expect(ruleIds(t), t).not.toContain('phone-number');
    }
  });

  test('phone-shaped digits glued to letters, digits or hyphens are part of a code, not a phone number', () => {
    for (const t of ['Your ref is INC01234567890', 'Quote JD0123456789 when you call', 'Case HART-0123-456789 is closed', 'Rotate key sk_live_07700900123abc', 'minutes_01252622122.pdf']) {
      expect(spans(t, 'phone-number'), t).toEqual([]);
    }
    // Punctuation around a number does not glue it to anything.
    expect(spans('Call (07700 900123), tel:07700 900124 or 07700-900125.', 'phone-number')).toEqual(['07700 900123', '07700 900124', '07700-900125']);
  });

  test('an individual\'s email is personal data; a shared mailbox is not', () => {
    expect(spans('Email enquiries@acme.gov.uk or planning.enquiries@acme.gov.uk', 'email-address')).toEqual([]);
    expect(spans('Email john.smith@acme.gov.uk or jsmith1984@hotmail.co.uk', 'email-address')).toEqual(['john.smith@acme.gov.uk', 'jsmith1984@hotmail.co.uk']);
  });

  test('cards need the Luhn check; bank details need context or a valid IBAN', () => {
    expect(ruleIds('Card 4539 1488 0343 6467')).toContain('payment-card');
    expect(ruleIds('Card 4539 1488 0343 6468')).not.toContain('payment-card');
    expect(ruleIds('IBAN GB82 WEST 1234 5698 7654 33')).not.toContain('bank-details');
  });

  test('a home address is confirm; a venue address is a warning', () => {
    const home = findings('The suspect lives at 14 Mill Lane, GU51 3XY');
    // The street and the postcode are each flagged once, at the stronger severity.
    expect(home.filter((f) => f.category === 'personal-data').map((f) => [f.ruleId, f.severity])).toEqual([
      ['home-address', 'confirm'],
      ['home-address', 'confirm'],
    ]);
    expect(findings('Join us at 14 Mill Lane on Saturday').map((f) => f.ruleId)).toEqual(['postal-address', 'review-before-posting']);
  });
});

describe('abuse and profanity', () => {
  test('the Scunthorpe problem: place names and bands are clean', () => {
    for (const t of ['Scunthorpe United', 'Essex Police', 'The Killers', 'Penistone Road', 'Middlesex', 'blue tits in the garden', 'cocktail bar', 'class assessment', 'Dick Turpin pub']) {
      expect(findings(t, { account: 'personal' }).filter((f) => f.category === 'profanity' || f.category === 'abuse'), t).toEqual([]);
    }
  });

  test('catches disguised swearing and slurs', () => {
    expect(ruleIds('f*ck this', { account: 'personal' })).toContain('profanity');
    expect(ruleIds('what a b1tch', { account: 'personal' })).toContain('abuse-insult');
    expect(ruleIds('shut up you n!gga', { account: 'personal' })).toContain('abuse-discrimination');
  });

  test('abuse is more than swear words: insults, dehumanising, xenophobia, generalisations', () => {
    for (const t of ['You are a pathetic little man', 'Refugees are cockroaches', 'Go back to your own country', 'Typical Muslim', 'Women are all liars']) {
      expect(findings(t).some((f) => f.category === 'abuse'), t).toBe(true);
    }
  });

  test('a swear word inside abuse is reported once, as abuse', () => {
    const f = findings('shut up you stupid bitch');
    expect(f.filter((x) => x.category === 'profanity')).toEqual([]);
    expect(f.filter((x) => x.category === 'abuse').length).toBeGreaterThan(0);
  });

  test('discrimination blocks on an organisation account and asks to confirm on a personal one', () => {
    expect(findings('Immigrants are vermin').find((f) => f.ruleId === 'abuse-discrimination')!.severity).toBe('block');
    expect(findings('Immigrants are vermin', { account: 'personal' }).find((f) => f.ruleId === 'abuse-discrimination')!.severity).toBe('confirm');
  });
});

describe('political content', () => {
  const inPeriod = { now: '2027-04-20T10:00:00+01:00' };
  test('severe on a corporate account in a pre-election period, a warning outside it, info on a personal account', () => {
    const text = 'Great to meet the Labour candidate today';
    expect(findings(text, inPeriod).find((f) => f.category === 'political')).toMatchObject({ ruleId: 'political-pre-election', severity: 'block', overridable: true });
    expect(findings(text).find((f) => f.category === 'political')).toMatchObject({ ruleId: 'political-impartiality', severity: 'warn' });
    expect(findings(text, { ...inPeriod, account: 'personal' }).find((f) => f.category === 'political')).toMatchObject({ ruleId: 'political-comment', severity: 'info' });
  });

  test('results stated plainly are information; a view on them is political', () => {
    for (const t of ['Results: Conservative 12 seats, Labour 8.', 'Jane Doe (Conservative) elected with 1,204 votes', 'Labour hold Fleet West', 'Green gain from Labour in Hook']) {
      expect(findings(t, inPeriod).filter((f) => f.category === 'political'), t).toEqual([]);
    }
    for (const t of ['Labour hold Fleet West. Great result!', 'Congratulations to Jane Doe (Conservative), elected with 1,204 votes', 'Labour held a rally in Fleet', 'Vote Labour to hold Fleet West']) {
      expect(findings(t, inPeriod).some((f) => f.ruleId === 'political-pre-election'), t).toBe(true);
    }
  });

  test('"reform" is a noun before "of" and "to"; the party otherwise', () => {
    expect(findings('Reform of adult social care: have your say', inPeriod).filter((f) => f.category === 'political')).toEqual([]);
    expect(findings('Reform to parking charges starts Monday', inPeriod).filter((f) => f.category === 'political')).toEqual([]);
    expect(spans('Reform will fix Fleet', 'political-pre-election', inPeriod)).toEqual(['Reform']);
  });

  test('neutral electoral information is not political', () => {
    for (const t of ['Polling stations open 7am–10pm on Thursday', 'The count starts at 10pm at the Civic Offices', 'Postal vote applications close on Tuesday', 'The statement of persons nominated is now on our website']) {
      expect(findings(t, inPeriod).filter((f) => f.category === 'political'), t).toEqual([]);
    }
  });

  test('the period\'s candidates count as political only during the period', () => {
    expect(ruleIds('Jane Doe opened the fete', inPeriod)).toContain('political-pre-election');
    expect(ruleIds('Jane Doe opened the fete')).not.toContain('political-impartiality');
  });
});

describe('personal accounts and the employer', () => {
  test('naming the employer is info, except on LinkedIn', () => {
    expect(findings('Long week at Acme Council', { account: 'personal' }).find((f) => f.ruleId === 'employer-reference')!.severity).toBe('info');
    expect(ruleIds('Long week at Acme Council', { account: 'personal', platform: 'linkedin' })).not.toContain('employer-reference');
    expect(ruleIds('Long week at Acme Council', { account: 'corporate' })).not.toContain('employer-reference');
  });

  test('work contact details on a personal account; the same on the organisation account is fine', () => {
    expect(ruleIds('Ring me on 0300 123 4567', { account: 'personal' })).toEqual(['work-contact']);
    expect(ruleIds('Ring us on 0300 123 4567', { account: 'corporate' })).toEqual(['review-before-posting']);
  });
});

describe('operations, appeals and links', () => {
  test('a missing person appeal needs a link to the organisation\'s site', () => {
    const text = 'Missing person: Tom, 72, last seen in Hook on Friday.';
    expect(ruleIds(text)).toContain('appeal-link');
    expect(ruleIds(`${text} https://acme.gov.uk/missing/tom`)).not.toContain('appeal-link');
    expect(ruleIds(`${text} https://www.facebook.com/someone`)).toContain('appeal-link');
  });

  test('"will appear at court" with a named person is confirm; without a name it is not flagged', () => {
    expect(ruleIds('Mark Jones, 41, of Hook will appear at Basingstoke Magistrates Court on 3 June.')).toContain('sub-judice');
    expect(ruleIds('A 41-year-old man will appear at Basingstoke Magistrates Court on 3 June.')).not.toContain('sub-judice');
  });

  test('link checks: shorteners, http, denied domains; the organisation\'s own links pass', () => {
    expect(spans('See bit.ly/abc and http://acme-news.co.uk/x and https://dodgy-news.example/y and https://acme.gov.uk/z', 'link-check')).toEqual([
      'bit.ly/abc',
      'http://acme-news.co.uk/x',
      'https://dodgy-news.example/y',
    ]);
  });
});

describe('length', () => {
  test('X counts 280 with links as 23 and emoji as 2; Facebook allows 63,206', () => {
    const url = `https://acme.gov.uk/${'x'.repeat(200)}`;
    expect(ruleIds(`${'a'.repeat(250)} ${url}`, { platform: 'x' })).not.toContain('length-limit');
    expect(ruleIds(`${'a'.repeat(270)}🎉🎉🎉🎉🎉`, { platform: 'x' })).not.toContain('length-limit');
    expect(ruleIds(`${'a'.repeat(271)}🎉🎉🎉🎉🎉`, { platform: 'x' })).toContain('length-limit');
    expect(ruleIds('a'.repeat(63_206), { platform: 'facebook' })).not.toContain('length-limit');
    expect(ruleIds('a'.repeat(63_207), { platform: 'facebook' })).toContain('length-limit');
  });

  test('the finding marks the part over the limit and names the limit', () => {
    const f = findings(`${'a'.repeat(280)}bcd`, { platform: 'x' }).find((x) => x.ruleId === 'length-limit')!;
    expect([f.start, f.end]).toEqual([280, 283]);
    expect(f.message).toContain('280-character limit');
  });
});

describe('timing', () => {
  test('quiet hours are judged in the organisation\'s time zone, including summer time', () => {
    // 22:30 UTC in July is 23:30 in London (BST): inside 23:00–06:00.
    expect(ruleIds('still up', { account: 'personal', now: '2027-07-01T22:30:00Z' })).toContain('quiet-hours');
    // 22:30 UTC in January is 22:30 in London: outside.
    expect(ruleIds('still up', { account: 'personal', now: '2027-01-12T22:30:00Z' })).not.toContain('quiet-hours');
    expect(findings('up', { account: 'personal', now: '2027-01-12T23:30:00Z' })[0]!.message).toContain('between 23:00 and 06:00');
  });
});

describe('images', () => {
  test('faces: a confirm finding per photo, counting the people', () => {
    const f = findings({ text: 'Our team', images: [img({ faces: [face, face] }), img(), img({ faces: [face] })] }).filter((x) => x.category === 'image-faces');
    expect(f.map((x) => [x.image, x.severity, x.message.split('.')[0]])).toEqual([
      [0, 'confirm', '2 people can be identified in this photo'],
      [2, 'confirm', '1 person can be identified in this photo'],
    ]);
    expect(f[0]!.clauses).toEqual(['HSS-4', 'TR-6', 'OP-7']);
  });

  test('faces in a post about children block, with TR-4, until signed off', () => {
    const f = findings({ text: 'Year 6 pupils at sports day', images: [img({ faces: [face] })] }).filter((x) => x.category === 'image-faces');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'image-faces-children', severity: 'block', overridable: true, image: 0 });
    expect(f[0]!.clauses).toContain('TR-4');
  });

  test('detection failed or still running is never a silent pass', () => {
    expect(findings({ text: 'x', images: [img({ faces: null })] }, { account: 'personal' }).map((f) => [f.ruleId, f.severity])).toContainEqual(['image-check-failed', 'confirm']);
    expect(findings({ text: 'x', images: [img({ faces: null, pending: true })] }, { account: 'personal' }).map((f) => f.ruleId)).toEqual(['image-check-pending', 'image-rights']);
  });

  test('GPS in the file is an image-location finding', () => {
    expect(findings({ text: 'x', images: [img({ gps: { lat: 51, lon: -1 } })] }, { account: 'personal' }).find((f) => f.category === 'image-location')).toMatchObject({ ruleId: 'image-location', image: 0 });
  });

  test('photos on an organisation account need an approver (HSS-6)', () => {
    const approval = findings({ text: 'x', images: [img()] }).find((f) => f.ruleId === 'image-approval')!;
    expect(approval).toMatchObject({ category: 'approval', needsApprover: true, image: 0 });
  });
});

describe('approvals', () => {
  const base = minimal({ extends: 'default' });
  test('crisis mode: every corporate post needs a named senior approver; personal posts do not', () => {
    const p = compiled({ ...base, crisisMode: true });
    expect(findings('Bins as normal', {}, p)).toEqual([expect.objectContaining({ ruleId: 'crisis-approval', needsApprover: true, clauses: ['HSS-7'] })]);
    expect(findings('Bins as normal', { account: 'personal' }, p)).toEqual([]);
  });

  test('review before posting (HT-10) when the profile asks for it, and not otherwise', () => {
    expect(ruleIds('Bins as normal', {}, compiled({ ...base, reviewBeforePosting: true }))).toEqual(['review-before-posting']);
    expect(ruleIds('Bins as normal', {}, compiled(base))).toEqual([]);
  });

  test('the first corporate post of a session reminds about the official capacity (TR-1)', () => {
    const p = compiled(base);
    expect(findings('Morning all', { firstPostOfSession: true }, p)).toEqual([expect.objectContaining({ ruleId: 'official-capacity', severity: 'info' })]);
    expect(findings('Morning all', { firstPostOfSession: true, account: 'personal' }, p)).toEqual([]);
  });
});

describe('the engine', () => {
  test('a rule that crashes becomes a confirm finding, never a silent pass', () => {
    const p = compiled(minimal({ rules: [termsRule()] }));
    p.rules[0]!.find = () => {
      throw new Error('boom');
    };
    expect(check({ text: 'anything' }, p, ctx())).toEqual([
      expect.objectContaining({ ruleId: 'staff-names', severity: 'confirm', message: expect.stringContaining('could not run') }),
    ]);
  });

  test('the same place in the same category is reported once, by the most severe rule, with every clause', () => {
    const p = compiled(minimal({ rules: [termsRule({ id: 'mild', severity: 'warn', clauses: ['A-1'] }), termsRule({ id: 'strict', severity: 'block', clauses: ['B-2'] })] }));
    expect(findings('Operation Nightjar', {}, p)).toEqual([expect.objectContaining({ ruleId: 'strict', severity: 'block', clauses: ['B-2', 'A-1'] })]);
  });

  test("on a tie the organisation's own rule speaks: its message is the one shown", () => {
    const own = termsRule({ id: 'our-operations', severity: 'confirm', category: 'operational', message: 'Ask the duty inspector first.', clauses: ['STF-3'] });
    const p = compiled(minimal({ extends: 'default', rules: [own] }));
    const f = findings('Operation Nightjar', {}, p).filter((x) => x.category === 'operational');
    expect(f).toEqual([expect.objectContaining({ ruleId: 'our-operations', message: 'Ask the duty inspector first.' })]);
    // Without the profile's rule, the built-in one reports the same place.
    expect(findings('Operation Nightjar').map((x) => x.ruleId)).toContain('operational-detail');
  });

  test('scoping by platform, composer and period', () => {
    const p = compiled(
      minimal({
        periods: [{ id: 'embargo-1', kind: 'embargo', from: '2027-01-10', to: '2027-01-20' }],
        rules: [
          termsRule({ id: 'x-only', platforms: ['x'], category: 'tone' }),
          termsRule({ id: 'replies', composers: ['reply'], category: 'operational' }),
          termsRule({ id: 'embargo', period: 'embargo', category: 'confidential' }),
        ],
      }),
    );
    const t = 'Operation Nightjar';
    expect(ruleIds(t, { platform: 'facebook' }, p)).toEqual(['embargo']);
    expect(ruleIds(t, { platform: 'x', composer: 'reply' }, p).sort()).toEqual(['embargo', 'replies', 'x-only']);
    expect(ruleIds(t, { now: '2027-02-01T12:00:00Z' }, p)).toEqual([]);
  });

  test('findings are in text order, most severe first at the same place, images and post-level last', () => {
    const f = findings({ text: 'fuck, call 07700 900123', images: [img({ faces: [face] })] });
    expect(f.map((x) => x.ruleId)).toEqual(['profanity', 'phone-number', 'image-faces', 'image-rights', 'image-approval', 'review-before-posting']);
  });

  test('an invalid draft or context is an error for the caller, not a finding', () => {
    const p = compiledDefault();
    expect(() => check({ text: 'x'.repeat(100_001) }, p, ctx())).toThrow();
    expect(() => check({ text: 'x' }, p, ctx({ platform: 'myspace' as never }))).toThrow();
  });
});

test('faces found by the first look are shown while the closer look at a group photo runs', async () => {
  const { check } = await import('../../../rules/check.ts');
  const { compiledDefault } = await import('../../../rules/profile.ts');
  const face = { box: [10, 10, 40, 40] as [number, number, number, number], score: 0.95 };
  const image = { id: 'a', width: 800, height: 600, faces: [face, face], gps: null };
  const ctx = { platform: 'facebook' as const, account: 'personal' as const, composer: 'post' as const, now: new Date('2026-11-23T12:00:00Z') };
  const pending = check({ text: 'Our team', images: [{ ...image, pending: true }] }, compiledDefault(), ctx);
  expect(pending.find((f) => f.ruleId === 'image-faces')?.message).toMatch(/^At least 2 people can be identified in this photo/);
  // The post stays held while the check runs (the "still checking" finding on the same photo
  // folds into this one).
  expect(pending.find((f) => f.ruleId === 'image-faces')?.severity).toBe('confirm');
  const done = check({ text: 'Our team', images: [image] }, compiledDefault(), ctx);
  expect(done.find((f) => f.ruleId === 'image-faces')?.message).toMatch(/^2 people can be identified in this photo/);
});
