import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging.ts';
import type { Finding } from '../../rules/finding.ts';
import { Badge } from './badge.ts';
import { clearHighlights, setHighlights } from './highlights.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { readText, type TextMap } from './text-map.ts';

let nextId = 0;

/**
 * One open composer. The keystroke path is only: a mutation marks the draft dirty; once a
 * frame the text is read; at most one check is in flight, and a result is applied only if
 * the text has not changed since it was sent (otherwise its offsets would be stale).
 */
export class ComposerSession {
  readonly id = `c${++nextId}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly observer: MutationObserver;
  private readonly badge: Badge;
  private map: TextMap = { text: '', segments: [] };
  private sentText: string | null = null;
  private inFlight = false;
  private frame = 0;
  private closed = false;
  findings: Finding[] = [];

  constructor(
    readonly editor: HTMLElement,
    private readonly adapter: SiteAdapter,
    private readonly ctx: ContentScriptContext,
  ) {
    this.badge = new Badge(editor);
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    this.schedule();
  }

  /** Check again even if the text is unchanged (the profile or the account changed). */
  recheck(): void {
    this.sentText = null;
    this.schedule();
  }

  reposition(): void {
    this.badge.place();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    clearHighlights(this.id);
    this.badge.destroy();
    void sendMessage('clearDraft', { composerId: this.id }).catch(() => undefined);
  }

  private schedule(): void {
    if (this.frame || this.closed) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.map = readText(this.editor, this.adapter.skipSelector);
      void this.send();
    });
  }

  private async send(): Promise<void> {
    if (this.inFlight || this.closed || this.map.text === this.sentText) return;
    const map = this.map;
    this.inFlight = true;
    this.sentText = map.text;
    try {
      const result = await sendMessage('checkDraft', {
        composerId: this.id,
        platform: this.adapter.platform,
        composer: this.adapter.composerKind(this.editor),
        handle: this.adapter.postingHandle(this.editor),
        draft: { text: map.text, images: [] },
      });
      if (this.closed) return;
      if (this.map.text === map.text) this.apply(map, result.findings);
    } catch {
      // The extension was reloaded or the worker is restarting: the next edit retries.
      this.sentText = null;
    } finally {
      this.inFlight = false;
    }
    if (this.map.text !== this.sentText) void this.send();
  }

  private apply(map: TextMap, findings: Finding[]): void {
    this.findings = findings;
    setHighlights(this.id, map, findings);
    this.badge.update(findings);
  }
}
