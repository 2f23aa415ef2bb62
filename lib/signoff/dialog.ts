// The sign-off dialog: vanilla DOM in an open shadow root on <html>, text set with
// textContent only. It is a guest in the site's page: it never touches the editor, keeps
// its keyboard and pointer events from reaching the site's shortcuts and outside-click
// handlers, and gives focus back to the editor when the author goes back to edit.
import type { SignOffRecord } from '../protocol/signoff.ts';
import { DIALOG_CSS } from './dialog-style.ts';
import { clauseList, el, fillClauseTexts, imagePreview, localImageUrl, textSpan } from './finding-view.ts';
import { buildRecord, newRequestId } from './record.ts';
import {
  CONSENT_STATEMENT,
  MAX_APPROVER,
  MAX_REASON,
  needsOf,
  problemsOf,
  type FormProblem,
  type IndexedFinding,
  type SignOffForm,
} from './requirements.ts';
import type { SignOffDecision, SignOffRequest } from './types.ts';

export interface DialogDeps {
  /** Sends the decision to the log; a post is released only once this resolves. */
  record(r: SignOffRecord): Promise<unknown>;
  /** How long to wait for the log before telling the author it did not answer. */
  recordTimeoutMs?: number;
  /** The active profile's texts for clauses PostGuard does not know (the organisation's own). */
  clauseTexts?(ids: string[]): Promise<Record<string, string>>;
}

const PLATFORM_NAMES = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', instagram: 'Instagram' } as const;
const SEVERITY_LABELS = { info: 'Note', warn: 'Warning', confirm: 'Needs sign-off', block: 'Blocked' } as const;

let current: { host: HTMLElement; title: HTMLElement } | null = null;

/**
 * Shows the dialog for a held post and resolves with the author's decision. Only the first
 * of overlapping calls can resolve 'post': a second call while one is open brings that one
 * to the front and resolves 'cancel' straight away (nothing is logged for it).
 */
export function openSignOffDialog(req: SignOffRequest, deps: DialogDeps): Promise<SignOffDecision> {
  if (current?.host.isConnected) {
    current.title.focus();
    return Promise.resolve('cancel');
  }
  const needs = needsOf(req.findings);
  // Every attempt from this dialog carries the same id: a retry is recognised, not logged twice.
  const requestId = newRequestId();
  const form: SignOffForm & { acks: Set<number> } = { acks: new Set(), consent: false, reason: '', approver: '' };

  const host = document.createElement('postguard-dialog');
  host.setAttribute('data-postguard-dialog', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = DIALOG_CSS;

  const title = el('h2', { id: 'pg-title', tabindex: '-1' }, needs.blocked.length ? 'This post cannot go out as it is' : 'Check before you post');
  const who = req.account.handle ? `@${req.account.handle.replace(/^@/, '')}` : 'an account PostGuard could not identify';
  const context = el(
    'p',
    { class: 'context', id: 'pg-context' },
    `PostGuard held this ${req.composer === 'post' ? 'post' : req.composer} on ${PLATFORM_NAMES[req.platform]} as ${who} (${req.account.kind} account), ${req.profile ? `under policy ${req.profile.id} ${req.profile.version}` : 'under your organisation’s policy'}. `,
    needs.blocked.length ? 'Edit the post to continue.' : 'Edit it, or sign off each item below to post anyway.',
  );
  const close = el('button', { type: 'button', class: 'close', 'data-action': 'cancel', 'aria-label': 'Close without posting' }, '×');
  const header = el('header', {}, el('div', { class: 'titles' }, title, context), close);

  // Findings, grouped by what they ask of the author.
  const body = el('div', { class: 'body' });
  const ackBoxes = new Map<number, HTMLInputElement>();
  const items = new Map<number, HTMLElement>();
  const findingItem = ({ finding: f, index }: IndexedFinding, withAck: boolean): HTMLElement => {
    const msgId = `pg-f${index}-msg`;
    const li = el(
      'li',
      { class: 'finding', 'data-rule': f.ruleId, 'data-severity': f.severity, 'data-finding': String(index) },
      el('div', {}, el('span', { class: 'sev' }, SEVERITY_LABELS[f.severity]), el('span', { class: 'message', id: msgId }, f.message)),
      f.image === undefined ? textSpan(req.text, f) : imagePreview(req.images[f.image], localImageUrl(req.thumbnails?.[f.image]), f.image),
      clauseList(f.clauses),
    );
    if (withAck) {
      const box = el('input', { type: 'checkbox', 'data-ack': String(index), 'aria-describedby': msgId });
      box.addEventListener('change', () => {
        if (box.checked) form.acks.add(index);
        else form.acks.delete(index);
        li.classList.remove('invalid');
      });
      ackBoxes.set(index, box);
      const label =
        f.severity === 'block' ? 'I am overriding this, as the policy allows, and take responsibility for it' : 'I have checked this and it is right to post';
      li.append(el('label', { class: 'check' }, box, el('span', {}, label)));
    }
    items.set(index, li);
    return li;
  };
  const section = (heading: string, list: IndexedFinding[], withAck: boolean) =>
    list.length ? [el('h3', {}, `${heading} (${list.length})`), el('ol', {}, ...list.map((x) => findingItem(x, withAck)))] : [];

  body.append(
    ...section('Cannot be signed off', needs.blocked, false),
    ...section('Needs your sign-off', needs.held, true),
    ...section('Also worth a look', needs.noted, false),
  );

  // The sign-off itself.
  const consent = el('input', { type: 'checkbox', 'data-consent': '' });
  consent.addEventListener('change', () => (form.consent = consent.checked));
  const reason = el('textarea', {
    name: 'reason',
    id: 'pg-reason',
    maxlength: String(MAX_REASON),
    'aria-describedby': 'pg-reason-hint pg-reason-error',
    required: true,
  });
  reason.addEventListener('input', () => {
    form.reason = reason.value;
    reason.removeAttribute('aria-invalid');
    reasonError.textContent = '';
  });
  const reasonError = el('p', { class: 'field-error', id: 'pg-reason-error' });
  const approverWhy = [...new Set(req.findings.filter((f) => f.needsApprover).flatMap((f) => f.clauses))];
  const approver = el('input', {
    type: 'text',
    name: 'approver',
    id: 'pg-approver',
    maxlength: String(MAX_APPROVER),
    autocomplete: 'name',
    'aria-describedby': 'pg-approver-hint pg-approver-error',
    required: true,
  });
  approver.addEventListener('input', () => {
    form.approver = approver.value;
    approver.removeAttribute('aria-invalid');
    approverError.textContent = '';
  });
  const approverError = el('p', { class: 'field-error', id: 'pg-approver-error' });
  const signoff = needs.blocked.length
    ? el(
        'p',
        { class: 'blocked-note', id: 'pg-blocked' },
        'Your organisation’s policy does not allow these items to be signed off. Choose “Edit post” and change the post.',
      )
    : el(
        'fieldset',
        {},
        el('legend', {}, 'Your sign-off'),
        needs.consent && el('label', { class: 'check consent' }, consent, el('span', {}, CONSENT_STATEMENT)),
        el(
          'div',
          { class: 'field' },
          el('label', { for: 'pg-reason' }, 'Why is it right to post this?'),
          reason,
          el('span', { class: 'hint', id: 'pg-reason-hint' }, 'A short reason. It is kept in your sign-off log; the post’s text is not.'),
          reasonError,
        ),
        needs.approver &&
          el(
            'div',
            { class: 'field' },
            el('label', { for: 'pg-approver' }, 'Approved by'),
            approver,
            el(
              'span',
              { class: 'hint', id: 'pg-approver-hint' },
              `The policy needs a named approver for this post${approverWhy.length ? ` (${approverWhy.join(', ')})` : ''}.`,
            ),
            approverError,
          ),
      );
  const errors = el('div', { class: 'errors', role: 'alert', id: 'pg-errors' });
  body.append(signoff, errors);

  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const edit = el('button', { type: 'button', class: 'action secondary', 'data-action': 'edit' }, 'Edit post');
  const post = el('button', { type: 'button', class: 'action primary', 'data-action': 'post' }, 'Post anyway');
  if (needs.blocked.length) {
    post.disabled = true;
    post.setAttribute('aria-describedby', 'pg-blocked');
  }
  const footer = el('footer', {}, status, edit, post);

  const dialog = el(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pg-title', 'aria-describedby': 'pg-context', class: 'dialog' },
    header,
    body,
    footer,
  );
  shadow.append(style, el('div', { class: 'backdrop', 'aria-hidden': 'true' }), dialog);

  return new Promise<SignOffDecision>((resolve) => {
    let busy = false;
    let settled = false;

    const finish = (decision: SignOffDecision) => {
      if (settled) return;
      settled = true;
      window.removeEventListener('pointerdown', shield, true);
      window.removeEventListener('mousedown', shield, true);
      window.removeEventListener('mouseup', shield, true);
      window.removeEventListener('pointerup', shield, true);
      window.removeEventListener('touchstart', shield, true);
      window.removeEventListener('focusin', shield, true);
      host.remove();
      if (current?.host === host) current = null;
      if (decision !== 'post') req.editor.focus({ preventScroll: false });
      resolve(decision);
    };

    /** Edit and cancel are logged too, but never keep the author waiting on the log. */
    const leave = (decision: 'edit' | 'cancel') => {
      if (busy) return;
      buildRecord(req, decision, needs, form, requestId)
        .then((r) => deps.record(r))
        .catch((e: unknown) => console.warn('PostGuard: could not log the decision', e));
      finish(decision);
    };

    const showProblems = (problems: FormProblem[]) => {
      errors.replaceChildren(
        el('p', {}, problems.length === 1 ? 'One thing before you post:' : `${problems.length} things before you post:`),
        el('ul', {}, ...problems.map((p) => el('li', {}, p.message))),
      );
      for (const p of problems) {
        if (p.field === 'ack' && p.index !== undefined) items.get(p.index)?.classList.add('invalid');
        if (p.field === 'reason') {
          reason.setAttribute('aria-invalid', 'true');
          reasonError.textContent = p.message;
        }
        if (p.field === 'approver') {
          approver.setAttribute('aria-invalid', 'true');
          approverError.textContent = p.message;
        }
      }
      const first = problems[0]!;
      const target =
        first.field === 'ack' ? ackBoxes.get(first.index!) : first.field === 'consent' ? consent : first.field === 'reason' ? reason : first.field === 'approver' ? approver : edit;
      target?.focus();
    };

    const submit = async () => {
      if (busy) return;
      const problems = problemsOf(needs, form);
      if (problems.length) return showProblems(problems);
      errors.replaceChildren();
      busy = true;
      dialog.setAttribute('aria-busy', 'true');
      for (const b of [edit, post, close]) b.disabled = true;
      status.textContent = 'Recording your sign-off…';
      try {
        const timeout = deps.recordTimeoutMs ?? 10_000;
        let timer = 0;
        await Promise.race([
          buildRecord(req, 'post', needs, form, requestId).then((r) => deps.record(r)),
          new Promise((_, reject) => {
            timer = window.setTimeout(() => reject(new Error('PostGuard did not answer in time')), timeout);
          }),
        ]).finally(() => window.clearTimeout(timer));
        finish('post');
      } catch (e) {
        busy = false;
        dialog.removeAttribute('aria-busy');
        for (const b of [edit, post, close]) b.disabled = false;
        status.textContent = '';
        const why = e instanceof Error ? e.message : String(e);
        errors.replaceChildren(
          el('p', {}, 'Your sign-off could not be recorded, so the post was not sent.'),
          el('ul', {}, el('li', {}, why), el('li', {}, 'Try “Post anyway” again, or edit the post.')),
        );
        post.focus();
      }
    };

    edit.addEventListener('click', () => leave('edit'));
    close.addEventListener('click', () => leave('cancel'));
    post.addEventListener('click', () => void submit());

    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        leave('cancel');
      } else if (e.key === 'Tab') {
        const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, textarea, [tabindex="0"]')].filter(
          (n) => !(n as HTMLButtonElement).disabled,
        );
        const first = focusable[0];
        const last = focusable.at(-1);
        const active = shadow.activeElement;
        if (!first || !last) return;
        if (e.shiftKey && (active === first || active === title || !dialog.contains(active))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
          e.preventDefault();
          first.focus();
        }
      }
    });

    // The site must not see typing in the dialog as its own shortcuts: stop key and input
    // events at the host once the dialog has handled them.
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'click']) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    // Sites close their composer on an outside press and pull focus back into their own
    // modal. Presses and focus on the dialog are stopped before the site's capture
    // listeners see them; the dialog itself does not listen for these, so it loses nothing.
    const shield = (e: Event) => {
      if (e.target === host) e.stopImmediatePropagation();
    };
    window.addEventListener('pointerdown', shield, true);
    window.addEventListener('mousedown', shield, true);
    window.addEventListener('mouseup', shield, true);
    window.addEventListener('pointerup', shield, true);
    window.addEventListener('touchstart', shield, true);
    window.addEventListener('focusin', shield, true);

    document.documentElement.append(host);
    current = { host, title };
    title.focus();
    void fillClauseTexts(body, deps.clauseTexts?.bind(deps));
  });
}
