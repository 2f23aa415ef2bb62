// On every site, in its usual markup and in a changed one (renamed test ids, no class
// names, relabelled fields): typing a phone number, a party-political line and the
// employer's name gives the right findings and underlines (each in its severity's colour),
// the background knows the platform, composer and identity, and the held post goes out
// once after sign-off. The organisation's own accounts (a Facebook Page, a LinkedIn company
// page, an Instagram account) are corporate; a profile can flag the employer's name on
// LinkedIn too.
import { afterAll, describe, expect, test } from 'vitest';
import { highlightedText } from './harness.ts';
import { launchWithProfile, POSTGUARD_COUNCIL, type OrgSession } from './org-profile.ts';
import { DRIVERS, closePanels, editorTexts, openDriver, posted, signOff, tabState, textFindings, typeFast, wait, type SiteDriver } from './adapters-sites.ts';

const DRAFT = 'Call me on 07700 900123. Vote for Labour on Thursday! I work at PostGuard Council.';

const sessions = new Map<string, OrgSession>();
async function browserFor(d: SiteDriver): Promise<OrgSession> {
  const key = d.variant ?? 'default';
  let s = sessions.get(key);
  if (!s) {
    // The organisation's profile names its employer: "PostGuard Council".
    s = await launchWithProfile(POSTGUARD_COUNCIL, d.variant ? { variants: { [d.site]: d.variant } } : {});
    sessions.set(key, s);
  }
  return s;
}
afterAll(async () => {
  for (const s of sessions.values()) {
    expect(s.leaks()).toEqual([]);
    await s.close();
  }
});

describe.each(Object.entries(DRIVERS))('%s', (_name, d: SiteDriver) => {
  test('flags a phone number, a political line and the employer, underlines each, and holds the post until signed off', async () => {
    const s = await browserFor(d);
    const page = await openDriver(s, d);
    const editor = await d.openComposer(page);
    await editor.click();
    await typeFast(page, DRAFT);

    // The editor holds exactly what was typed: PostGuard wrote nothing into it.
    await expect.poll(async () => Object.values(await editorTexts(page))).toContain(DRAFT);

    const expected = ['phone-number', 'political-comment', ...(d.employerAllowed ? [] : ['employer-reference'])];
    await expect.poll(async () => [...new Set((await textFindings(page)).map((f) => f.rule))].sort()).toEqual(expected.sort());
    const findings = await textFindings(page);
    expect(findings.find((f) => f.rule === 'phone-number')).toMatchObject({ category: 'personal-data', excerpt: '07700 900123' });
    expect(findings.find((f) => f.rule === 'political-comment')).toMatchObject({ category: 'political' });
    if (!d.employerAllowed) {
      expect(findings.find((f) => f.rule === 'employer-reference')).toMatchObject({ category: 'employer-reference', excerpt: 'PostGuard Council' });
    } else {
      // OP-6: a personal account may name its employer on LinkedIn.
      expect(findings.some((f) => f.category === 'employer-reference')).toBe(false);
    }

    // Underlined in the colour of each finding's severity: the number needs a sign-off
    // (confirm); the political line and the employer are for information on a personal account.
    const marked = await highlightedText(page);
    expect(Object.keys(marked).sort()).toEqual(['confirm', 'info']);
    expect(marked.confirm).toEqual(['07700 900123']);
    expect(marked.info!.some((t) => /Vote for|Labour/.test(t))).toBe(true);
    expect(marked.info!.includes('PostGuard Council')).toBe(!d.employerAllowed);

    const state = await tabState(s, page);
    expect(state).toMatchObject({ platform: d.site, composer: 'post', account: { handle: d.handle, kind: 'personal' } });

    // The phone number needs a sign-off: Post is held until the user gives it.
    await closePanels(page);
    await d.postButton(page).click();
    const dialog = signOff(page);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await dialog.approve();
    await expect.poll(async () => (await posted(page)).length).toBe(1);
    expect((await posted(page))[0]).toMatchObject({ text: DRAFT, composer: 'post', as: d.handle });
    await wait(300);
    expect(await posted(page)).toHaveLength(1);
    await page.close();
  });
});

/** A profile naming the council's own account on each site, and flagging the employer's name on LinkedIn too. */
const COUNCIL_ACCOUNTS = {
  ...POSTGUARD_COUNCIL,
  id: 'postguard-council-accounts',
  accounts: [
    { platform: 'facebook', handle: 'PostGuard Council' },
    { platform: 'linkedin', handle: 'PostGuard Council' },
    { platform: 'instagram', handle: 'postguard.council' },
  ],
  overrides: { 'employer-reference': { platforms: ['facebook', 'x', 'linkedin', 'instagram'] } },
};

describe('the organisation\'s accounts and its own rules', () => {
  let s: OrgSession;
  afterAll(async () => {
    expect(s.leaks()).toEqual([]);
    await s.close();
  });

  // A Facebook Page, a LinkedIn company page (picked as the author in the share dialog) and
  // an Instagram account: each listed in the profile, each checked as corporate, so a
  // corporate-only rule (personal opinion in the organisation's voice) applies.
  const CORPORATE: Array<[string, SiteDriver, string]> = [
    ['Facebook Page', DRIVERS.facebook, '?as=page'],
    ['LinkedIn company page', DRIVERS.linkedin, '?as=page'],
    ['Instagram account', DRIVERS.instagram, '?handle=postguard.council'],
  ];
  test.each(CORPORATE)('%s listed in the profile is corporate', async (_name, d, query) => {
    s ??= await launchWithProfile(COUNCIL_ACCOUNTS);
    const page = await s.openSite(d.site, query);
    const editor = await d.openComposer(page);
    await editor.click();
    await typeFast(page, 'I think the new bins are great.');
    await expect.poll(async () => (await tabState(s, page))?.account.kind).toBe('corporate');
    expect((await tabState(s, page))?.account).toMatchObject({ kind: 'corporate', source: 'profile' });
    await expect.poll(async () => (await textFindings(page)).map((f) => f.rule)).toContain('personal-opinion');
    expect((await highlightedText(page)).warn).toEqual(['I think']);
    await page.close();
  });

  test('a profile that flags the employer on LinkedIn too: the name is underlined there', async () => {
    s ??= await launchWithProfile(COUNCIL_ACCOUNTS);
    const d = DRIVERS.linkedin;
    const page = await openDriver(s, d);
    const editor = await d.openComposer(page);
    await editor.click();
    await typeFast(page, 'Ten years at PostGuard Council today!');
    await expect.poll(async () => (await textFindings(page)).map((f) => f.rule)).toContain('employer-reference');
    expect((await tabState(s, page))?.account).toMatchObject({ handle: 'Alex Morgan', kind: 'personal' });
    expect((await highlightedText(page)).info).toEqual(['PostGuard Council']);
    await page.close();
  });
});
