// On every site, in its usual markup and in a changed one (renamed test ids, no class
// names, relabelled fields): typing a phone number, a party-political line and the
// employer's name gives the right findings and underlines, the background knows the
// platform, composer and identity, and the held post goes out once after sign-off.
import { afterAll, describe, expect, test } from 'vitest';
import { launchWithProfile, POSTGUARD_COUNCIL, type OrgSession } from './org-profile.ts';
import { DRIVERS, closePanels, editorTexts, highlights, openDriver, posted, signOff, tabState, textFindings, typeFast, wait, type SiteDriver } from './adapters-sites.ts';

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

    const marked = await highlights(page);
    expect(marked).toContain('07700 900123');
    expect(marked.some((t) => /Vote for|Labour/.test(t))).toBe(true);
    expect(marked.includes('PostGuard Council')).toBe(!d.employerAllowed);

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
