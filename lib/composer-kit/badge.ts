import type { Finding } from '../../rules/finding.ts';
import type { ImageFacts } from '../../rules/draft.ts';
import { CLAUSES } from '../../rules/clauses.ts';
import { severityRank, type Severity } from '../../rules/vocabulary.ts';
import type { CheckResult } from '../messaging.ts';
import { measureNextFrame, unqueue } from './layout-batch.ts';
import { placePanel, type Box } from './panel-placement.ts';

const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

// The badge lives in an open shadow root on <html>, outside the site's React tree, so the
// site never sees it in its editor and the site's CSS cannot restyle it. It follows the
// editor's box with position: fixed, updated at most once per animation frame, in the
// frame's shared read-then-write batch.

const STYLE = `
:host { all: initial; }
.badge { position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 4px;
  font: 600 12px/1 system-ui, sans-serif; padding: 4px 8px; border-radius: 999px; border: 0;
  cursor: pointer; color: #fff; background: #4b5563; box-shadow: 0 1px 3px rgba(0,0,0,.3); white-space: nowrap; }
.badge[data-severity="info"] { background: #1d4ed8; }
.badge[data-severity="warn"] { background: #92400e; }
.badge[data-severity="confirm"] { background: #c2410c; }
.badge[data-severity="block"], .badge[data-state="error"] { background: #b91c1c; }
.badge:focus-visible, .panel button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.badge[hidden], .panel[hidden] { display: none; }
.panel { position: fixed; z-index: 2147483647; box-sizing: border-box; width: 340px; max-height: 60vh; overflow: auto;
  font: 13px/1.4 system-ui, sans-serif; color: #111827; background: #fff; border: 1px solid #d1d5db;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 8px; margin: 0; }
.panel h2 { font-size: 12px; margin: 0 0 6px; color: #374151; font-weight: 600; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 6px 4px; border-bottom: 1px solid #e5e7eb; }
.panel li:last-child { border-bottom: 0; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; margin-right: 6px; }
.sev[data-severity="info"] { color: #1d4ed8; } .sev[data-severity="warn"] { color: #92400e; }
.sev[data-severity="confirm"] { color: #c2410c; } .sev[data-severity="block"] { color: #b91c1c; }
.excerpt { display: block; font-style: italic; color: #374151; margin-top: 2px; overflow-wrap: anywhere; }
.clauses { color: #4b5563; font-size: 11px; margin: 2px 0 0; padding: 0; list-style: none; }
.actions { display: flex; gap: 6px; margin-top: 4px; flex-wrap: wrap; }
.actions button, .notice button, .error button { font: 12px system-ui, sans-serif; padding: 2px 8px; border-radius: 4px;
  border: 1px solid #9ca3af; background: #f9fafb; color: #111827; cursor: pointer; }
.meta, .notice, .error { font-size: 12px; color: #4b5563; margin: 6px 0 0; }
.thumb { position: relative; margin: 4px 0 0; background: #e5e7eb; overflow: hidden; border-radius: 4px; }
.thumb img { display: block; width: 100%; height: 100%; }
.thumb .face { position: absolute; box-sizing: border-box; border: 2px solid #facc15; outline: 1px solid #111827; }
.error { color: #b91c1c; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f3f4f6; background: #1f2937; border-color: #374151; }
  .panel h2, .excerpt { color: #e5e7eb; }
  .panel li { border-color: #374151; } .clauses, .meta, .notice { color: #9ca3af; }
  .actions button, .notice button, .error button { background: #374151; color: #f3f4f6; border-color: #6b7280; }
  .sev[data-severity="info"] { color: #93c5fd; } .sev[data-severity="warn"] { color: #fcd34d; }
  .sev[data-severity="confirm"] { color: #fdba74; } .sev[data-severity="block"] { color: #fca5a5; }
  .error { color: #fca5a5; }
}`;

/** What the badge shows for one composer. */
export interface BadgeView {
  findings: Finding[];
  /** The text the findings' offsets refer to, for the quoted excerpts. */
  text: string;
  images: ImageFacts[];
  /** A thumbnail (blob: URL) per image with findings, by the same index as `images`. */
  thumbnails?: Array<string | null>;
  account: CheckResult['account'] | null;
  ignored: number;
  /** The last check failed: the user must know PostGuard is not checking this draft. */
  error: string | null;
  /** A passing message with an optional undo: "Ignored “…”". */
  notice: { text: string; undo?: () => void } | null;
}

export interface BadgeActions {
  ignore(finding: Finding): void;
  blurFaces(imageIndex: number): void;
  retry(): void;
}

const EMPTY: BadgeView = { findings: [], text: '', images: [], account: null, ignored: 0, error: null, notice: null };

/** Whether an image needs the user's eye even without a finding: detection failed or is still running. */
export function imageNeedsAttention(img: ImageFacts): boolean {
  return img.pending === true || img.faces === null || img.error !== undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private view: BadgeView = EMPTY;
  private offscreen = false;

  constructor(
    private readonly anchor: Element,
    private readonly actions: BadgeActions,
    /** The composer's own controls (Post, Close…): the open panel is placed where it covers none of them. */
    private readonly avoid?: () => Element[],
  ) {
    this.host = document.createElement('postguard-badge');
    this.host.setAttribute('data-postguard-badge', '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.button = document.createElement('button');
    this.button.className = 'badge';
    this.button.type = 'button';
    this.button.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.addEventListener('click', () => this.setOpen(this.panel.hidden));
    this.panel = document.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.id = 'postguard-panel';
    this.panel.setAttribute('role', 'region');
    this.panel.setAttribute('aria-label', 'PostGuard findings');
    this.button.setAttribute('aria-controls', this.panel.id);
    shadow.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && !this.panel.hidden) {
        this.setOpen(false);
        this.button.focus();
      }
    });
    // The button comes first: tests and screen readers meet it before the panel.
    shadow.append(style, this.button, this.panel);
    document.documentElement.append(this.host);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  update(view: BadgeView): void {
    this.view = view;
    const n = view.findings.length;
    const attention = view.images.filter(imageNeedsAttention).length;
    const visible = this.hasSomethingToShow(view);
    const before = { hidden: this.button.hidden, label: this.button.textContent };
    // Written only when something changed: this runs after every check, i.e. every keystroke.
    const set = (name: string, value: string | null) => {
      if (value === null) {
        if (this.button.hasAttribute(name)) this.button.removeAttribute(name);
      } else if (this.button.getAttribute(name) !== value) this.button.setAttribute(name, value);
    };
    const hidden = !visible || this.offscreen;
    if (this.button.hidden !== hidden) this.button.hidden = hidden;
    let label: string;
    if (view.error !== null) {
      set('data-state', 'error');
      set('data-severity', null);
      label = 'PostGuard: not checked';
      set('aria-label', 'PostGuard could not check this post');
    } else {
      set('data-state', null);
      const worst = view.findings.reduce<Severity | null>(
        (w, f) => (w === null || severityRank[f.severity] > severityRank[w] ? f.severity : w),
        null,
      );
      set('data-severity', worst);
      label = n || !attention ? `PostGuard: ${plural(n, 'issue')}` : `PostGuard: checking ${plural(attention, 'image')}`;
      set('aria-label', `PostGuard found ${plural(n, 'issue')} in this post`);
    }
    if (this.button.textContent !== label) this.button.textContent = label;
    if (!visible) this.setOpen(false);
    else if (this.isOpen) this.renderPanel();
    // The badge's width follows its label: re-anchor when it appears or its label changes.
    if (visible && (before.hidden || before.label !== this.button.textContent)) this.place();
  }

  /**
   * Re-anchor after scroll, resize, or the editor (or anything above it) moving. The read
   * runs in the shared layout batch (layout-batch.ts); a badge with nothing to show costs
   * nothing until it has something.
   */
  place(): void {
    if (!this.hasSomethingToShow(this.view)) return;
    measureNextFrame(this.measure);
  }

  private readonly measure = (): (() => void) => {
    const r = this.anchor.getBoundingClientRect();
    const bw = this.button.offsetWidth || 120;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    // Only an open panel needs to know what it must not cover (and how tall it is).
    const open = this.isOpen;
    const avoid = open ? (this.avoid?.() ?? []).map((el) => box(el.getBoundingClientRect())).filter((b) => b.width > 0) : [];
    const panelHeight = open ? this.panel.scrollHeight : 0;
    return () => {
      // Out of view (scrolled away, collapsed): hide rather than pin the badge to an edge.
      const offscreen = r.width === 0 || r.bottom < 0 || r.top > vh;
      if (offscreen !== this.offscreen) {
        this.offscreen = offscreen;
        this.update(this.view);
        if (offscreen) return;
      }
      const left = Math.max(4, Math.min(vw - bw - 4, r.right - bw - 4));
      const top = Math.max(4, Math.min(vh - 28, r.bottom + 4));
      this.button.style.left = `${left}px`;
      this.button.style.top = `${top}px`;
      const place = placePanel(box(r), top, { width: vw, height: vh }, panelHeight, avoid);
      this.panel.style.left = `${place.left}px`;
      this.panel.style.top = place.top === null ? '' : `${place.top}px`;
      this.panel.style.bottom = place.bottom === null ? '' : `${place.bottom}px`;
      // Never past the window's edge: a fixed panel cannot be scrolled to, its own content can.
      this.panel.style.maxHeight = `${place.maxHeight}px`;
    };
  };

  private hasSomethingToShow(view: BadgeView): boolean {
    return view.findings.length > 0 || view.error !== null || view.images.some(imageNeedsAttention) || view.notice !== null;
  }

  destroy(): void {
    unqueue(this.measure);
    this.host.remove();
  }

  private setOpen(open: boolean): void {
    if (open === this.isOpen) return;
    if (open) this.renderPanel();
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.place();
  }

  private renderPanel(): void {
    const v = this.view;
    const parts: HTMLElement[] = [];
    if (v.error !== null) {
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = `PostGuard could not check this post: ${v.error}. Check it yourself before posting; Post will ask you to confirm.`;
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.dataset.action = 'retry';
      retry.textContent = 'Try again';
      retry.addEventListener('click', () => this.actions.retry());
      p.append(' ', retry);
      parts.push(p);
    }
    const textFindings = v.findings.filter((f) => f.image === undefined);
    if (textFindings.length) {
      const h = document.createElement('h2');
      h.textContent = `In the text: ${plural(textFindings.length, 'issue')}`;
      parts.push(h, this.list(textFindings));
    }
    if (v.images.length) {
      const h = document.createElement('h2');
      h.textContent = `Attached: ${plural(v.images.length, 'image')}`;
      const ul = document.createElement('ul');
      ul.dataset.postguardImages = '';
      v.images.forEach((img, i) => {
        const li = document.createElement('li');
        li.dataset.imageIndex = String(i);
        const name = document.createElement('strong');
        name.textContent = img.name ?? `Image ${i + 1}`;
        const status = document.createElement('span');
        status.className = 'meta';
        status.textContent = ` — ${imageStatus(img)}`;
        li.append(name, status);
        const thumb = thumbnail(img, v.thumbnails?.[i]);
        if (thumb) li.append(thumb);
        const findings = v.findings.filter((f) => f.image === i);
        if (findings.length) li.append(this.list(findings));
        ul.append(li);
      });
      parts.push(h, ul);
    }
    if (v.notice) {
      const p = document.createElement('p');
      p.className = 'notice';
      p.setAttribute('role', 'status');
      p.textContent = v.notice.text;
      if (v.notice.undo) {
        const undo = document.createElement('button');
        undo.type = 'button';
        undo.dataset.action = 'undo';
        undo.textContent = 'Undo';
        undo.addEventListener('click', v.notice.undo);
        p.append(' ', undo);
      }
      parts.push(p);
    }
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [accountLine(v.account), v.ignored ? `${plural(v.ignored, 'finding')} ignored at your request.` : '']
      .filter(Boolean)
      .join(' ');
    if (meta.textContent) parts.push(meta);
    this.panel.replaceChildren(...parts);
  }

  private list(findings: Finding[]): HTMLUListElement {
    const list = document.createElement('ul');
    for (const f of findings) {
      const li = document.createElement('li');
      li.dataset.rule = f.ruleId;
      li.dataset.category = f.category;
      li.dataset.severity = f.severity;
      const sev = document.createElement('span');
      sev.className = 'sev';
      sev.dataset.severity = f.severity;
      sev.textContent = f.severity;
      const msg = document.createElement('span');
      msg.className = 'message';
      msg.textContent = f.message;
      li.append(sev, msg);
      const excerpt = spanText(this.view.text, f);
      if (excerpt) {
        const q = document.createElement('q');
        q.className = 'excerpt';
        q.textContent = excerpt.length > 80 ? `${excerpt.slice(0, 77)}…` : excerpt;
        li.append(q);
      }
      if (f.clauses.length) {
        const ul = document.createElement('ul');
        ul.className = 'clauses';
        for (const id of f.clauses) {
          const c = document.createElement('li');
          c.textContent = CLAUSES[id] ? `${id}: ${CLAUSES[id].text}` : id;
          ul.append(c);
        }
        li.append(ul);
      }
      const actions = document.createElement('div');
      actions.className = 'actions';
      // Only text findings can be ignored, and never a block: only the profile can allow those.
      if (excerpt && f.severity !== 'block') {
        const ignore = document.createElement('button');
        ignore.type = 'button';
        ignore.dataset.action = 'ignore';
        ignore.textContent = f.category === 'personal-data' ? 'Not personal data' : 'Ignore this phrase';
        ignore.title = 'PostGuard will stop flagging this phrase for this kind of issue (under this policy profile).';
        ignore.addEventListener('click', () => this.actions.ignore(f));
        actions.append(ignore);
      }
      // The anonymised copy blurs the faces and strips EXIF: it answers both image findings.
      if (f.image !== undefined && (f.category === 'image-faces' || f.category === 'image-location')) {
        const blur = document.createElement('button');
        blur.type = 'button';
        blur.dataset.action = 'blur';
        blur.textContent = f.category === 'image-faces' ? 'Blur faces' : 'Remove location';
        const index = f.image;
        blur.addEventListener('click', () => this.actions.blurFaces(index));
        actions.append(blur);
      }
      if (actions.childElementCount) li.append(actions);
      list.append(li);
    }
    return list;
  }
}

export function spanText(text: string, f: Finding): string {
  if (f.start === undefined || f.end === undefined || f.end <= f.start) return '';
  return text.slice(f.start, f.end);
}

/**
 * The photo small, with a box on each face found (in proportion to the photo, as the sign-off
 * dialog draws them). Only a blob: URL is shown: the tracker makes them, nothing is fetched.
 */
function thumbnail(img: ImageFacts, url: string | null | undefined): HTMLElement | null {
  if (!url || !url.startsWith('blob:') || !(img.width > 0 && img.height > 0)) return null;
  const frame = document.createElement('div');
  frame.className = 'thumb';
  frame.dataset.postguardThumb = '';
  // Fitted in 120×90 px with the photo's shape, so the boxes sit on the faces.
  const scale = Math.min(120 / img.width, 90 / img.height);
  frame.style.width = `${Math.max(1, Math.round(img.width * scale))}px`;
  frame.style.height = `${Math.max(1, Math.round(img.height * scale))}px`;
  const pic = document.createElement('img');
  pic.alt = '';
  pic.src = url;
  frame.append(pic);
  for (const { box } of img.faces ?? []) {
    const [x, y, w, h] = box;
    const b = document.createElement('span');
    b.className = 'face';
    b.dataset.face = '';
    b.style.left = `${(x / img.width) * 100}%`;
    b.style.top = `${(y / img.height) * 100}%`;
    b.style.width = `${(w / img.width) * 100}%`;
    b.style.height = `${(h / img.height) * 100}%`;
    frame.append(b);
  }
  return frame;
}

function imageStatus(img: ImageFacts): string {
  if (img.pending) return img.faces?.length ? `checking for faces… (${img.faces.length} so far)` : 'checking for faces…';
  if (img.faces === null) return `could not be checked for faces${img.error ? ` (${img.error})` : ''}; check it yourself`;
  const faces = img.faces.length ? `${plural(img.faces.length, 'face')} found` : 'no faces found';
  return img.gps ? `${faces}; it records where it was taken` : faces;
}

function accountLine(account: CheckResult['account'] | null): string {
  if (!account) return '';
  const who = account.handle ? `Posting as ${account.handle}` : 'Posting account not recognised';
  const why =
    account.source === 'profile'
      ? "(listed in your organisation's profile)"
      : account.source === 'user'
        ? '(your choice)'
        : '(not listed as a corporate account)';
  return `${who}: ${account.kind} account ${why}.`;
}
