import { afterEach, describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../lib/log/hash.ts';
import { CONSENT_STATEMENT } from '../../../lib/signoff/requirements.ts';
import { openSignOffDialog } from '../../../lib/signoff/dialog.ts';
import { card, faces, harness, password, phone, settle, TEAM_PHOTO, TEXT, tone } from './dialog-harness.ts';

let h: ReturnType<typeof harness> | null = null;
afterEach(async () => {
  // Leave no dialog open for the next test.
  if (h && !h.decision()) h.key('Escape');
  await h?.promise;
  // Edit and cancel are logged without waiting: let that write land before the database goes.
  await settle();
  await settle();
  await h?.db.delete();
  h = null;
});

describe('what the dialog shows', () => {
  test('a labelled modal dialog in an open shadow root, with the context of the post', () => {
    h = harness([phone]);
    expect(h.host.tagName.toLowerCase()).toBe('postguard-dialog');
    const dialog = h.$('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(h.root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Check before you post');
    expect(h.root.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toContain(
      'on X as @CouncilNews (corporate account), under policy hart-dc 2025.1',
    );
    expect(h.root.activeElement).toBe(h.$('#pg-title'));
  });

  test('each finding with its message, its clauses’ ids and text, and the flagged span', () => {
    h = harness([phone, tone]);
    const item = h.$('li[data-rule="phone-number"]')!;
    expect(item.querySelector('.message')!.textContent).toBe(phone.message);
    expect(item.querySelector('.sev')!.textContent).toBe('Needs sign-off');
    expect(item.querySelector('[data-clause="TR-5"]')!.textContent).toBe(
      'TR-5Do not reveal home addresses, telephone numbers or other personal informationTrust social media policy (staff)',
    );
    expect(item.querySelector('mark')!.textContent).toBe('07700 900123');
    expect(item.querySelector('.span')!.textContent).toBe(TEXT);
    // The warning is shown but asks for nothing.
    expect(h.$('li[data-rule="exclamations"]')!.textContent).toContain('Lots of exclamation marks.');
    expect(h.$$('input[data-ack]').map((b) => b.getAttribute('data-ack'))).toEqual(['0']);
  });

  test('a clause of the organisation’s own shows the text its profile gives; an unknown one says so', async () => {
    h = harness([{ ...phone, clauses: ['ACME-3', 'TR-5', 'ZZ-9'] }], {}, { clauses: { 'ACME-3': 'Never post a colleague’s <b>home</b> address' } });
    const clause = (id: string) => h!.$(`li[data-clause="${id}"]`)!;
    await expect.poll(() => clause('ACME-3').hasAttribute('data-clause-lookup')).toBe(false);
    expect(clause('ACME-3').textContent).toBe('ACME-3Never post a colleague’s <b>home</b> addressYour organisation’s policy profile');
    expect(clause('ACME-3').querySelector('b')).toBeNull();
    expect(clause('TR-5').textContent).toContain('Do not reveal home addresses');
    expect(clause('ZZ-9').textContent).toBe('ZZ-9Not in PostGuard’s clause table or your organisation’s profile');
  });

  test('an image finding shows the thumbnail with a box on each detected face', () => {
    h = harness([faces], { thumbnails: ['data:image/png;base64,iVBORw0KGgo='] });
    const fig = h.$('li[data-rule="image-faces"] figure')!;
    expect(fig.querySelector('img')!.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    const boxes = [...fig.querySelectorAll<HTMLElement>('[data-face]')].map((b) => [b.style.left, b.style.top, b.style.width, b.style.height]);
    expect(boxes).toEqual([
      ['10%', '10%', '20%', '20%'],
      ['50%', '50%', '10%', '10%'],
    ]);
    expect(fig.querySelector('figcaption')!.textContent).toBe('“team.jpg”: 2 faces detected (outlined).');
  });

  test('a thumbnail from the network is never loaded; the face boxes are still drawn', () => {
    h = harness([faces], { thumbnails: ['https://tracker.example/pixel.png'] });
    expect(h.$('figure img')).toBeNull();
    expect(h.$$('[data-face]')).toHaveLength(2);
  });

  test('a photo still being looked at closely says "at least", and the log records it so', async () => {
    h = harness([faces], { images: [{ ...TEAM_PHOTO, pending: true }] });
    expect(h.$('figcaption')!.textContent).toBe(
      '“team.jpg”: at least 2 faces so far (outlined); PostGuard is still looking closely. Your sign-off is logged as “at least 2”.',
    );
    h.check('input[data-ack="0"]');
    h.check('input[data-consent]');
    h.type('textarea[name="reason"]', 'Team photo, consent forms on file');
    h.type('input[name="approver"]', 'Sam Jones');
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect((await h.entries())[0]).toMatchObject({ faces: [{ atLeast: 2 }] });
  });

  test('a photo that could not be checked says so', () => {
    h = harness([faces], { images: [{ id: 'a', width: 10, height: 10, faces: null, gps: null }] });
    expect(h.$('figcaption')!.textContent).toBe('Photo 1: PostGuard could not check this photo for faces. Check it yourself.');
  });

  test('page and profile text is shown as text, never as markup', () => {
    h = harness([{ ...phone, message: '<img src=x onerror="alert(1)">' }]);
    expect(h.$('.message')!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(h.$('.message img')).toBeNull();
  });
});

describe('Post anyway', () => {
  test('needs each held finding acknowledged and a reason; says what is missing and logs nothing', async () => {
    h = harness([phone, tone]);
    h.click('button[data-action="post"]');
    await settle();
    expect(h.decision()).toBeNull();
    const alert = h.$('[role="alert"]')!;
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `Confirm you have checked: ${phone.message}`,
      'Give a short reason for posting anyway.',
    ]);
    expect(h.root.activeElement).toBe(h.$('input[data-ack="0"]'));
    expect(h.$('textarea[name="reason"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(h.sent).toEqual([]);

    h.check('input[data-ack="0"]');
    h.click('button[data-action="post"]');
    await settle();
    expect(h.decision()).toBeNull();
    expect(h.root.activeElement).toBe(h.$('textarea[name="reason"]'));
  });

  test('signed off: the post is released and the log holds the decision, never the text', async () => {
    h = harness([phone, tone]);
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', '  Public switchboard number, approved  ');
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect(document.querySelector('[data-postguard-dialog]')).toBeNull();
    const [entry, ...rest] = await h.entries();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      seq: 1,
      type: 'sign-off',
      decision: 'posted',
      platform: 'x',
      composer: 'post',
      account: { handle: 'CouncilNews', kind: 'corporate' },
      profile: { id: 'hart-dc', version: '2025.1' },
      findings: [
        { ruleId: 'phone-number', category: 'personal-data', severity: 'confirm', clauses: ['TR-5'] },
        { ruleId: 'exclamations', category: 'tone', severity: 'warn', clauses: ['HSS-1'] },
      ],
      reason: 'Public switchboard number, approved',
      approver: null,
      consent: null,
      faces: [2],
      textSha256: await sha256Hex(TEXT),
      excerpt: null,
    });
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain('07700');
    expect(stored).not.toContain(phone.message);
  });

  test('the entry holds the decision and nothing else of the draft: no text, span, photo name, alt text, location or message', async () => {
    const photo = { ...TEAM_PHOTO, name: 'ellie-birthday-party.jpg', altText: 'Ellie and Sam at the party', gps: { lat: 51.2793, lon: -0.8423 } };
    h = harness([phone, faces], { images: [photo] });
    h.check('input[data-ack="0"]');
    h.check('input[data-ack="1"]');
    h.check('input[data-consent]');
    h.type('textarea[name="reason"]', 'Consent forms on file');
    h.type('input[name="approver"]', 'Sam Jones');
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    const [entry] = await h.entries();
    // Exactly the fields, plus the consent statement and the face count per photo.
    expect(Object.keys(entry!).sort()).toEqual(
      [
        'v', 'seq', 'at', 'prevHash', 'hash', 'type', 'decision', 'platform', 'composer', 'account', 'profile', 'findings', 'categories',
        'reason', 'approver', 'consent', 'faces', 'textSha256', 'excerpt', 'supersedes',
      ].sort(),
    );
    expect(entry).toMatchObject({ account: { handle: 'CouncilNews', kind: 'corporate' }, consent: true, faces: [2], excerpt: null });
    if (entry?.type !== 'sign-off') throw new Error('not a sign-off');
    expect(Object.keys(entry.account).sort()).toEqual(['handle', 'kind']);
    for (const f of entry.findings) expect(Object.keys(f).sort()).toEqual(['category', 'clauses', 'needsApprover', 'overridable', 'ruleId', 'severity']);
    const stored = JSON.stringify(entry);
    for (const fromDraft of ['Call the duty officer', '07700', 'ellie', 'Ellie', '51.27', '-0.84', phone.message, faces.message, 'img1', '"box"', 'score']) {
      expect(stored).not.toContain(fromDraft);
    }
  });

  test('keeps a short excerpt only when the profile allows it', async () => {
    h = harness([phone], {}, { logExcerpt: true });
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Approved');
    h.click('button[data-action="post"]');
    await h.promise;
    expect((await h.entries())[0]).toMatchObject({ excerpt: TEXT });
  });

  test('an approver is required where a finding needs one, and consent for faces', async () => {
    h = harness([faces]);
    expect(h.$('input[name="approver"]')).not.toBeNull();
    expect(h.$('label.consent')!.textContent).toBe(CONSENT_STATEMENT);
    expect(h.$('#pg-approver-hint')!.textContent).toBe('The policy needs a named approver for this post (HSS-4, TR-6).');
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Team photo for the newsletter');
    h.click('button[data-action="post"]');
    await settle();
    expect([...h.$('[role="alert"]')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Confirm you have consent from everyone identifiable in the photos.',
      'Name the person who approved this post.',
    ]);
    expect(h.root.activeElement).toBe(h.$('input[data-consent]'));
    h.check('input[data-consent]');
    h.type('input[name="approver"]', 'Sam Jones, Social Media Manager');
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect((await h.entries())[0]).toMatchObject({ approver: 'Sam Jones, Social Media Manager', consent: true, faces: [2] });
  });

  test('no approver field when nothing needs one', () => {
    h = harness([phone]);
    expect(h.$('input[name="approver"]')).toBeNull();
    expect(h.$('input[data-consent]')).toBeNull();
  });

  test('a block finding cannot be signed off unless the profile allows an override', async () => {
    h = harness([password, phone]);
    expect(h.$<HTMLButtonElement>('button[data-action="post"]')!.disabled).toBe(true);
    expect(h.$('#pg-title')!.textContent).toBe('This post cannot go out as it is');
    expect(h.$('textarea[name="reason"]')).toBeNull();
    expect(h.$('#pg-blocked')!.textContent).toContain('does not allow these items to be signed off');
    h.click('button[data-action="post"]');
    await settle();
    expect(h.decision()).toBeNull();
    h.click('button[data-action="edit"]');
    expect(await h.promise).toBe('edit');
    await expect.poll(async () => (await h!.entries()).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['edited']);
  });

  test('an overridable block finding needs its own acknowledgement, and the log says it was overridden', async () => {
    h = harness([card]);
    const ack = h.$('input[data-ack="0"]')!;
    expect(ack.closest('label')!.textContent).toBe('I am overriding this, as the policy allows, and take responsibility for it');
    h.type('textarea[name="reason"]', 'Test account password, already rotated');
    h.click('button[data-action="post"]');
    await settle();
    expect(h.decision()).toBeNull();
    h.check('input[data-ack="0"]');
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect((await h.entries())[0]).toMatchObject({ findings: [{ ruleId: 'payment-card', severity: 'block', overridable: true, needsApprover: false }] });
  });

  test('a block the profile does not allow to be overridden is refused by the log too, and the author is told why', async () => {
    // The dialog was told it could be overridden; the profile in force says otherwise.
    h = harness([{ ...password, overridable: true }]);
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Test account password, already rotated');
    h.click('button[data-action="post"]');
    await expect.poll(() => h!.$('[role="alert"]')!.textContent).toContain('Your sign-off could not be recorded, so the post was not sent.');
    expect(h.decision()).toBeNull();
    expect(h.$('[role="alert"]')!.textContent).toContain('“credentials” is blocked by policy hart-dc 2025.1 and cannot be signed off');
    expect(await h.entries()).toEqual([]);
    h.click('button[data-action="edit"]');
    expect(await h.promise).toBe('edit');
  });

  test('a slow log: "Post anyway" again after the dialog stopped waiting records one entry, not two', async () => {
    h = harness([phone], {}, { recordTimeoutMs: 800, holdFirstRecord: true });
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Approved');
    h.click('button[data-action="post"]');
    await expect.poll(() => h!.$('[role="alert"]')?.textContent ?? '', { timeout: 5000 }).toContain('PostGuard did not answer in time');
    expect(h.decision()).toBeNull();
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect(await h.releaseFirst()).toEqual({ seq: 1 }); // the first lands late: same entry
    expect(h.sent).toHaveLength(2);
    expect(h.sent[0]!.requestId).toBe(h.sent[1]!.requestId);
    expect((await h.entries()).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['posted']);
  });

  test('a slow log: going back to edit after the dialog stopped waiting leaves no "posted" entry', async () => {
    h = harness([phone], {}, { recordTimeoutMs: 800, holdFirstRecord: true });
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Approved');
    h.click('button[data-action="post"]');
    await expect.poll(() => h!.$('[role="alert"]')?.textContent ?? '', { timeout: 5000 }).toContain('PostGuard did not answer in time');
    h.click('button[data-action="edit"]');
    expect(await h.promise).toBe('edit');
    await expect.poll(() => h!.entries()).toHaveLength(1);
    // The sign-off arrives after the edit was logged: refused, so nothing says it was posted.
    expect(String(await h.releaseFirst())).toContain('this dialog was already closed without posting (entry #1)');
    expect((await h.entries()).map((e) => e.type === 'sign-off' && e.decision)).toEqual(['edited']);
  });

  test('if the log cannot be written the post is not released, the author is told, and a retry works', async () => {
    h = harness([phone], {}, { failRecords: 1 });
    h.check('input[data-ack="0"]');
    h.type('textarea[name="reason"]', 'Approved');
    h.click('button[data-action="post"]');
    await expect.poll(() => h!.$('[role="alert"]')!.textContent).toContain('Your sign-off could not be recorded, so the post was not sent.');
    expect(h.decision()).toBeNull();
    expect(h.$('[role="alert"]')!.textContent).toContain('Receiving end does not exist');
    expect(h.$<HTMLButtonElement>('button[data-action="post"]')!.disabled).toBe(false);
    h.click('button[data-action="post"]');
    expect(await h.promise).toBe('post');
    expect(await h.entries()).toHaveLength(1);
  });
});

describe('Edit post, cancel and the keyboard', () => {
  test('Edit post closes, puts focus back in the editor, releases nothing and logs an edit', async () => {
    h = harness([phone]);
    h.type('textarea[name="reason"]', 'half-typed words');
    h.click('button[data-action="edit"]');
    expect(await h.promise).toBe('edit');
    expect(document.activeElement).toBe(h.editor);
    await expect.poll(() => h!.entries()).toMatchObject([{ decision: 'edited', reason: null, approver: null }]);
  });

  test('Escape cancels, focus goes back to the editor, and the cancel is logged', async () => {
    h = harness([phone]);
    h.key('Escape');
    expect(await h.promise).toBe('cancel');
    expect(document.activeElement).toBe(h.editor);
    await expect.poll(() => h!.entries()).toMatchObject([{ decision: 'cancelled' }]);
  });

  test('Tab and Shift+Tab stay inside the dialog', async () => {
    h = harness([phone]);
    const close = h.$('button[data-action="cancel"]')!;
    const post = h.$('button[data-action="post"]')!;
    post.focus();
    h.key('Tab');
    expect(h.root.activeElement).toBe(close);
    h.key('Tab', true);
    expect(h.root.activeElement).toBe(post);
  });

  test('typing in the dialog does not reach the site’s keyboard shortcuts', () => {
    h = harness([phone]);
    const seen: string[] = [];
    const spy = (e: Event) => seen.push(e.type);
    document.addEventListener('keydown', spy);
    document.addEventListener('input', spy);
    const reason = h.$<HTMLTextAreaElement>('textarea[name="reason"]')!;
    reason.focus();
    reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    h.type('textarea[name="reason"]', 'n');
    document.removeEventListener('keydown', spy);
    document.removeEventListener('input', spy);
    expect(seen).toEqual([]);
  });

  test('a second request while one is open does not open another and cannot post', async () => {
    h = harness([phone]);
    const second = await openSignOffDialog(h.req, { record: async () => ({}) });
    expect(second).toBe('cancel');
    expect(document.querySelectorAll('[data-postguard-dialog]')).toHaveLength(1);
    expect(h.root.activeElement).toBe(h.$('#pg-title'));
  });
});
