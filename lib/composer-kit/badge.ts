import type { Finding } from '../../rules/finding.ts';
import { severityRank, type Severity } from '../../rules/vocabulary.ts';

// The badge lives in an open shadow root on <html>, outside the site's React tree, so the
// site never sees it in its editor and the site's CSS cannot restyle it. It follows the
// editor's box with position: fixed, updated once per animation frame.

const STYLE = `
:host { all: initial; }
.badge { position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 4px;
  font: 600 12px/1 system-ui, sans-serif; padding: 4px 8px; border-radius: 999px; border: 0;
  cursor: pointer; color: #fff; background: #4b5563; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.badge[data-severity="info"] { background: #1d4ed8; }
.badge[data-severity="warn"] { background: #92400e; }
.badge[data-severity="confirm"] { background: #c2410c; }
.badge[data-severity="block"] { background: #b91c1c; }
.badge[hidden], .panel[hidden] { display: none; }
.panel { position: fixed; z-index: 2147483647; width: 320px; max-height: 50vh; overflow: auto;
  font: 13px/1.4 system-ui, sans-serif; color: #111827; background: #fff; border: 1px solid #d1d5db;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 8px; margin: 0; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 6px 4px; border-bottom: 1px solid #e5e7eb; }
.panel li:last-child { border-bottom: 0; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 11px; margin-right: 6px; }
.sev[data-severity="info"] { color: #1d4ed8; } .sev[data-severity="warn"] { color: #92400e; }
.sev[data-severity="confirm"] { color: #c2410c; } .sev[data-severity="block"] { color: #b91c1c; }
.clauses { color: #4b5563; font-size: 11px; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f3f4f6; background: #1f2937; border-color: #374151; }
  .panel li { border-color: #374151; } .clauses { color: #9ca3af; }
  .sev[data-severity="info"] { color: #93c5fd; } .sev[data-severity="warn"] { color: #fcd34d; }
  .sev[data-severity="confirm"] { color: #fdba74; } .sev[data-severity="block"] { color: #fca5a5; }
}`;

export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private findings: Finding[] = [];
  private frame = 0;

  constructor(private readonly anchor: Element) {
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
    this.button.addEventListener('click', () => this.toggle());
    this.panel = document.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'region');
    this.panel.setAttribute('aria-label', 'PostGuard findings');
    shadow.append(style, this.button, this.panel);
    document.documentElement.append(this.host);
  }

  update(findings: Finding[]): void {
    this.findings = findings;
    const worst = findings.reduce<Severity | null>(
      (w, f) => (w === null || severityRank[f.severity] > severityRank[w] ? f.severity : w),
      null,
    );
    this.button.hidden = findings.length === 0;
    if (worst) this.button.dataset.severity = worst;
    const n = findings.length;
    this.button.textContent = `PostGuard: ${n} ${n === 1 ? 'issue' : 'issues'}`;
    this.button.setAttribute('aria-label', `PostGuard found ${n} ${n === 1 ? 'issue' : 'issues'} in this post`);
    if (n === 0) this.setOpen(false);
    this.renderPanel();
    this.place();
  }

  /** Re-anchor after scroll or resize; batched to one layout read per frame. */
  place(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const r = this.anchor.getBoundingClientRect();
      const bw = this.button.offsetWidth || 120;
      const left = Math.max(4, Math.min(window.innerWidth - bw - 4, r.right - bw - 4));
      const top = Math.max(4, Math.min(window.innerHeight - 28, r.bottom + 4));
      this.button.style.left = `${left}px`;
      this.button.style.top = `${top}px`;
      this.panel.style.left = `${Math.max(4, Math.min(window.innerWidth - 330, r.right - 320))}px`;
      this.panel.style.top = `${Math.min(window.innerHeight - 80, top + 28)}px`;
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private toggle(): void {
    this.setOpen(this.panel.hidden);
  }

  private setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
  }

  private renderPanel(): void {
    const list = document.createElement('ul');
    for (const f of this.findings) {
      const li = document.createElement('li');
      const sev = document.createElement('span');
      sev.className = 'sev';
      sev.dataset.severity = f.severity;
      sev.textContent = f.severity;
      const msg = document.createElement('span');
      msg.textContent = f.message;
      const clauses = document.createElement('div');
      clauses.className = 'clauses';
      clauses.textContent = f.clauses.length ? `Policy: ${f.clauses.join(', ')}` : '';
      li.append(sev, msg, clauses);
      list.append(li);
    }
    this.panel.replaceChildren(list);
  }
}
