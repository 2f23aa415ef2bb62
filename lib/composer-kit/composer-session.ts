import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage, type CheckResult } from '../messaging.ts';
import type { Finding } from '../../rules/finding.ts';
import type { ComposerKind, ImageFacts } from '../../rules/draft.ts';
import { ImageTracker } from '../images/image-tracker.ts';
import { copyAlreadyBesideMessage, handOver, handOverMessage, offerDownload } from '../images/hand-over.ts';
import { sha256Hex } from '../faces/hash.ts';
import { Badge, spanText, type BadgeView } from './badge.ts';
import { clearHighlights, highlightsStillCover, setHighlights } from './highlights.ts';
import { AttachedFiles, type FilePick } from './image-sources.ts';
import { diffEdit, shiftFindings } from './shift-spans.ts';
import type { SiteAdapter } from './site-adapter.ts';
import { EMPTY_MAP, readText, type TextMap } from './text-map.ts';
import { TextareaMirror } from './textarea-mirror.ts';

/** What counts as one of the site's controls in a composer (see composerControls). */
const CONTROLS = 'button, [role="button"], a[href], input:not([type="hidden"]), select';

/** No check takes this long: past it the worker is gone or hung, and the user is told. */
export const CHECK_TIMEOUT_MS = 6000;
/** The longest draft the background accepts (MAX_DRAFT_LENGTH in rules/draft.ts, which pulls in zod). */
const MAX_DRAFT_LENGTH = 100_000;
/** The most images a draft may carry (rules/draft.ts). */
const MAX_IMAGES = 20;

/** Everything a check depends on that the page decides. */
interface DraftKey {
  text: string;
  images: number;
  handle: string | null;
}
const sameKey = (a: DraftKey | null, b: DraftKey) =>
  a !== null && a.text === b.text && a.images === b.images && a.handle === b.handle;

/** The findings for the draft as it is now, or why there are none. */
export interface Settled {
  session: ComposerSession;
  text: string;
  images: ImageFacts[];
  findings: Finding[];
  result: CheckResult | null;
  /** Why the draft could not be checked: its findings are unknown, not empty. */
  error: string | null;
  /** The composer went away while waiting (the site closed it): there is nothing to post. */
  closed: boolean;
}

let nextId = 0;

/**
 * One open editor. The keystroke path is only: a mutation (or an input event, for a
 * textarea) marks the draft dirty; once a frame the text is read and the underlines are
 * moved along with the edit; at most one check is in flight. Results land whenever they
 * come back, moved onto the text as it is by then.
 */
export class ComposerSession {
  readonly id = `c${++nextId}-${Math.random().toString(36).slice(2, 8)}`;
  readonly isTextarea: boolean;
  readonly attached = new AttachedFiles();
  private readonly observer: MutationObserver | null = null;
  private readonly badge: Badge;
  private mirror: TextareaMirror | null = null;
  private map: TextMap = EMPTY_MAP;
  private handle: string | null = null;
  private kind: ComposerKind;
  /** Where a change may switch the posting identity or the kind (adapter.identityAreas), and the address they were read at. */
  private identityAreas: Element[] = [];
  private identityHref = '';
  private sent: DraftKey | null = null;
  private result: { key: DraftKey; check: CheckResult } | null = null;
  private failed: DraftKey | null = null;
  private retriedAfterFailure: DraftKey | null = null;
  private error: string | null = null;
  private inFlight = false;
  private frame = 0;
  private imagesFrame = 0;
  private closed = false;
  private readonly waiters = new Set<() => void>();
  private readonly listening = new AbortController();
  private tracker: ImageTracker | null = null;
  private blurring = false;
  /** Originals whose anonymised copy the site added beside them: original hash → the copy. */
  private readonly copiesBeside = new Map<string, { name: string; hash: string }>();
  private images: ImageFacts[] = [];
  private imagesVersion = 0;
  private imageKeys = '';
  /** What is drawn: the last result's findings, moved along with each edit until the next lands. */
  private shown: { text: string; findings: Finding[] } = { text: '', findings: [] };
  private notice: BadgeView['notice'] = null;

  constructor(
    readonly editor: HTMLElement,
    private readonly adapter: SiteAdapter,
    private readonly ctx: ContentScriptContext,
  ) {
    this.isTextarea = editor instanceof HTMLTextAreaElement;
    this.kind = adapter.composerKind(editor);
    this.handle = adapter.postingHandle(editor);
    this.noteIdentityAreas();
    this.badge = new Badge(
      editor,
      {
        ignore: (f) => void this.ignore(f),
        blurFaces: (i) => void this.blurFaces(i),
        retry: () => this.recheck(),
      },
      () => this.composerControls(),
    );
    if (this.isTextarea) {
      // A textarea's value is not in the DOM: its input events are the mutations. The
      // listeners go when the session closes or the content script's context does.
      const signal = AbortSignal.any([ctx.signal, this.listening.signal]);
      const onInput = () => this.schedule();
      for (const type of ['input', 'focus', 'blur'] as const) editor.addEventListener(type, onInput, { signal });
    } else {
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    }
    this.schedule();
  }

  get composerKind(): ComposerKind {
    return this.kind;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Check again even if nothing changed here (the profile, the ignore list or an account changed). */
  recheck(): void {
    this.sent = null;
    this.failed = null;
    this.schedule();
  }

  /** Whether there is anything to check: text, or an attached image. */
  get hasDraft(): boolean {
    return this.map.text.trim() !== '' || this.imageKeys !== '';
  }

  /**
   * Whether one of `changed` (nodes the page changed outside any editor) lies in an area
   * that decides this composer's identity or kind, or the page moved to another address.
   * `null` means too many changes to tell: assume so.
   */
  identityMayHaveChanged(changed: ReadonlySet<Node> | null): boolean {
    if (changed === null || location.href !== this.identityHref) return true;
    if (this.identityAreas.length === 0 || this.identityAreas.some((a) => !a.isConnected)) return true;
    const areas = new Set<Node>(this.identityAreas);
    for (const node of changed) {
      for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
        if (areas.has(n)) return true;
      }
    }
    return false;
  }

  /**
   * The page changed outside the editor. With `identity`, the change touched an identity area
   * (identityMayHaveChanged): read the posting identity and kind again (the handle is cached
   * until then: a feed streaming posts would otherwise make every session look it up every frame).
   */
  pageChanged(identity: boolean): void {
    if (this.closed) return;
    if (identity) {
      const handle = this.adapter.postingHandle(this.editor);
      const kind = this.adapter.composerKind(this.editor);
      this.noteIdentityAreas();
      if (handle !== this.handle || kind !== this.kind) {
        this.handle = handle;
        this.kind = kind;
        this.schedule();
      }
    }
    if (this.isTextarea) this.schedule(); // the site may have set the value itself (cleared after posting)
  }

  private noteIdentityAreas(): void {
    this.identityAreas = this.adapter.identityAreas(this.editor);
    this.identityHref = location.href;
  }

  /** The site may have set a textarea's value itself (cleared it after posting): read it again. */
  textMayHaveChanged(): void {
    this.schedule();
  }

  /** Attachments may have changed: look again in the next frame. */
  imagesChanged(): void {
    if (this.imagesFrame || this.closed) return;
    this.imagesFrame = requestAnimationFrame(() => {
      this.imagesFrame = 0;
      this.syncImages();
    });
  }

  addPick(pick: FilePick): void {
    this.attached.add(pick);
    this.imagesChanged();
  }

  reposition(): void {
    this.badge.place();
    this.mirror?.place();
  }

  /** Reads the draft now instead of at the next frame (Post is being pressed). */
  flush(): void {
    if (this.closed) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    cancelAnimationFrame(this.imagesFrame);
    this.imagesFrame = 0;
    this.handle = this.adapter.postingHandle(this.editor);
    this.kind = this.adapter.composerKind(this.editor);
    this.noteIdentityAreas();
    this.syncImages();
    this.read();
  }

  /** The posting identity as last read from the page. */
  get postingHandle(): string | null {
    return this.handle;
  }

  /**
   * The findings for the draft as last read, if its check is done and nothing is pending;
   * null when Post would have to wait (a check in flight, a failed check, face detection).
   */
  settledNow(): Finding[] | null {
    if (this.error !== null || this.images.some((i) => i.pending)) return null;
    return sameKey(this.result?.key ?? null, this.currentKey()) ? this.result!.check.findings : null;
  }

  /** The draft's text as last read. */
  get text(): string {
    return this.map.text;
  }

  /** A fingerprint of everything a check depends on, as last read. */
  get signature(): string {
    const k = this.currentKey();
    return `${k.handle}\u0000${k.images}:${this.imageKeys}\u0000${k.text}`;
  }

  /**
   * The findings for the draft as it is now: reads it, waits for the check of exactly this
   * text, identity and images (and for face detection to finish), retrying a failed check
   * once. Never resolves with "no findings" when the check failed: `error` says why.
   */
  settle(timeoutMs = CHECK_TIMEOUT_MS): Promise<Settled> {
    this.flush();
    return new Promise((resolve) => {
      let retried = false;
      let timer = 0;
      const finish = (error: string | null) => {
        this.waiters.delete(poll);
        clearTimeout(timer);
        const text = this.map.text;
        resolve({
          session: this,
          text,
          images: this.images,
          findings: error === null && this.result ? this.result.check.findings : [],
          result: this.result?.check ?? null,
          error,
          closed: this.closed,
        });
      };
      const poll = () => {
        if (this.closed) return finish('the composer closed');
        const key = this.currentKey();
        const pending = this.images.some((i) => i.pending);
        if (sameKey(this.result?.key ?? null, key) && !pending && this.error === null) return finish(null);
        if (sameKey(this.failed, key) && !this.inFlight) {
          if (retried) return finish(this.error ?? 'the check failed');
          retried = true;
          this.failed = null;
          this.sent = null;
        }
        if (!this.inFlight) void this.send();
      };
      this.waiters.add(poll);
      timer = window.setTimeout(
        () => finish(this.images.some((i) => i.pending) ? 'checking the attached images took too long' : 'PostGuard did not answer in time'),
        timeoutMs,
      );
      poll();
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.observer?.disconnect();
    this.listening.abort();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.imagesFrame);
    clearHighlights(this.id);
    this.badge.destroy();
    this.mirror?.destroy();
    this.tracker?.dispose();
    this.waiters.forEach((w) => w());
    void sendMessage('clearDraft', { composerId: this.id }).catch(() => undefined);
  }

  // ── the keystroke path ──────────────────────────────────────────────────────────────
  // Frames and timers here are the plain ones: WXT's ctx.requestAnimationFrame/setTimeout add
  // an abort listener per call that is never removed, which would grow with every keystroke.
  // The page watcher closes every session (cancelling these) when the context goes.

  private schedule(): void {
    if (this.frame || this.closed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.read();
    });
  }

  private read(): void {
    if (this.closed) return;
    const before = this.map.text;
    this.map = this.isTextarea
      ? { text: (this.editor as HTMLTextAreaElement).value, segments: [] }
      : readText(this.editor, this.adapter.skipSelector);
    if (this.map.text !== before) {
      this.notice = null;
      this.follow(this.map.text);
    }
    void this.send();
  }

  /** Moves what is drawn onto `text` without waiting for the check (spans the edit touched drop out). */
  private follow(text: string): void {
    const edit = diffEdit(this.shown.text, text);
    if (!edit) return;
    const findings = shiftFindings(this.shown.findings, edit);
    const changedCount = findings.length !== this.shown.findings.length;
    this.shown = { text, findings };
    // Live ranges follow in-place edits by themselves (Lexical, Quill); redraw only when the
    // editor replaced the nodes under an underline (Draft.js) or a span went: one paint less.
    if (changedCount || (findings.length && !this.isTextarea && !highlightsStillCover(this.id, text, findings))) this.draw();
    else if (this.isTextarea && findings.length) this.draw();
    if (changedCount || this.badge.isOpen) this.updateBadge();
  }

  private currentKey(): DraftKey {
    return { text: this.map.text, images: this.imagesVersion, handle: this.handle };
  }

  private async send(): Promise<void> {
    const key = this.currentKey();
    if (this.inFlight || this.closed || sameKey(this.sent, key)) return;
    this.inFlight = true;
    this.sent = key;
    try {
      if (key.text.length > MAX_DRAFT_LENGTH) {
        throw new Error(`the post is longer than the ${MAX_DRAFT_LENGTH.toLocaleString('en-GB')} characters PostGuard can check`);
      }
      if (this.images.length > MAX_IMAGES) throw new Error(`PostGuard checks at most ${MAX_IMAGES} images per post`);
      const check = await this.withTimeout(
        sendMessage('checkDraft', {
          composerId: this.id,
          platform: this.adapter.platform,
          composer: this.kind,
          handle: key.handle,
          draft: { text: key.text, images: this.images },
        }),
      );
      if (this.closed) return;
      this.result = { key, check };
      this.failed = null;
      this.error = null;
      // The text may have moved on while the check ran: draw the findings where they are now.
      const edit = diffEdit(key.text, this.map.text);
      this.shown = edit
        ? { text: this.map.text, findings: shiftFindings(check.findings, edit) }
        : { text: key.text, findings: check.findings };
      this.draw();
      this.updateBadge();
    } catch (err) {
      if (this.closed) return;
      // Never a silent pass: the badge says the draft is not checked, and Post will ask.
      this.failed = key;
      this.sent = null;
      this.error = describe(err);
      this.updateBadge();
      // The worker may just have been restarting: try this draft once more, a moment later.
      if (!sameKey(this.retriedAfterFailure, key)) {
        this.retriedAfterFailure = key;
        window.setTimeout(() => {
          if (sameKey(this.failed, this.currentKey())) this.recheck();
        }, 1500);
      }
    } finally {
      this.inFlight = false;
    }
    this.waiters.forEach((w) => w());
    if (!sameKey(this.sent, this.currentKey()) && this.failed === null) void this.send();
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error('PostGuard did not answer in time')), CHECK_TIMEOUT_MS);
      p.then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  private draw(): void {
    if (this.isTextarea) {
      const spans = this.shown.findings.some((f) => f.start !== undefined);
      if (!spans && !this.mirror) return clearHighlights(this.id);
      this.mirror ??= new TextareaMirror(this.editor as HTMLTextAreaElement);
      const map = this.mirror.sync((this.editor as HTMLTextAreaElement).value);
      this.mirror.place();
      setHighlights(this.id, map, this.shown.text === map.text ? this.shown.findings : []);
    } else {
      setHighlights(this.id, this.map, this.shown.text === this.map.text ? this.shown.findings : []);
    }
  }

  private updateBadge(): void {
    this.badge.update({
      findings: this.shown.findings,
      text: this.shown.text,
      images: this.images,
      thumbnails: this.thumbnails(),
      account: this.result?.check.account ?? null,
      ignored: this.result?.check.ignored ?? 0,
      error: this.error,
      notice: this.notice,
    });
  }

  // ── images ──────────────────────────────────────────────────────────────────────────

  /**
   * This composer's own controls (Post, Close, the toolbar), outside the editor: the badge's
   * open panel is placed where it covers none of them. Read only while the panel is open.
   */
  private composerControls(): Element[] {
    const root = this.adapter.composerRoot(this.editor);
    return [...root.querySelectorAll(CONTROLS)].filter((el) => !this.editor.contains(el));
  }

  /** The thumbnails of the images findings are about, as far as they are made (the rest are on their way). */
  private thumbnails(): Array<string | null> {
    const tracker = this.tracker;
    const about = new Set(this.shown.findings.map((f) => f.image));
    return this.images.map((_, i) => (tracker && about.has(i) ? tracker.thumbnailUrl(i) : null));
  }

  private syncImages(): void {
    if (this.closed) return;
    const root = this.adapter.composerRoot(this.editor);
    const sources = this.attached.sources(this.adapter.imagePreviews(root, this.editor));
    const keys = sources.map((s) => s.key).join('|');
    if (keys === this.imageKeys) return;
    this.imageKeys = keys;
    if (!this.tracker && !sources.length) return;
    this.tracker ??= new ImageTracker(
      (facts) => {
        if (this.closed) return;
        this.images = facts;
        this.imagesVersion++;
        this.updateBadge();
        this.schedule();
      },
      () => this.updateBadge(),
    );
    this.tracker.sync(sources);
  }

  /**
   * Blur faces / Remove location: makes the anonymised copy, gives it to the site, and says
   * exactly what is attached afterwards (hand-over.ts). Where the copy is not in the post,
   * it is downloaded; the original is never removed by PostGuard, only by the user.
   */
  private async blurFaces(index: number): Promise<void> {
    if (!this.tracker || this.blurring) return;
    const tracker = this.tracker;
    const name = this.images[index]?.name;
    const photo = `photo ${index + 1}${name ? ` (“${name}”)` : ''}`;
    // A second press while the first copy is still beside the original would only add
    // another copy: what is left to do is the user's (remove the original).
    const known = tracker.hashOf(index);
    const beside = known ? this.copiesBeside.get(known) : undefined;
    if (beside && this.images.some((_, i) => tracker.hashOf(i) === beside.hash)) {
      this.notice = { text: copyAlreadyBesideMessage(beside.name, photo) };
      this.updateBadge();
      return;
    }
    this.blurring = true;
    this.notice = { text: `Making an anonymised copy of ${photo}…` };
    this.updateBadge();
    try {
      const copy = await tracker.anonymise(index);
      const copyHash = await sha256Hex(new Uint8Array(await copy.arrayBuffer()));
      const original = tracker.hashOf(index);
      const root = this.adapter.composerRoot(this.editor);
      const input = this.attached.input?.isConnected ? this.attached.input : (this.adapter.fileInputs(root)[0] ?? null);
      const outcome = original
        ? await handOver({ input, previews: () => this.adapter.imagePreviews(root, this.editor), original, copy, copyHash })
        : 'no-input';
      if (this.closed) return;
      this.attached.handedOver(index, copy, outcome);
      if (outcome === 'added' && original) this.copiesBeside.set(original, { name: copy.name, hash: copyHash });
      if (outcome !== 'replaced' && outcome !== 'added') offerDownload(copy);
      this.notice = { text: handOverMessage(outcome, copy.name, photo) };
    } catch (err) {
      this.notice = { text: `Could not make an anonymised copy: ${describe(err)}.` };
    } finally {
      this.blurring = false;
    }
    this.updateBadge();
    this.imagesChanged();
  }

  /**
   * Thumbnails of the images these findings are about, by image index (object URLs the
   * tracker owns and revokes when the image goes); null where none is ready within `timeoutMs`.
   */
  async findingThumbnails(findings: Finding[], timeoutMs: number): Promise<Array<string | null>> {
    const out: Array<string | null> = this.images.map(() => null);
    const tracker = this.tracker;
    if (!tracker) return out;
    const wanted = [...new Set(findings.flatMap((f) => (f.image !== undefined && f.image < out.length ? [f.image] : [])))];
    await Promise.all(
      wanted.map(async (i) => {
        let timer = 0;
        const late = new Promise<null>((resolve) => {
          timer = window.setTimeout(() => resolve(null), timeoutMs);
        });
        out[i] = await Promise.race([tracker.thumbnail(i).then((t) => t.url, () => null), late]);
        clearTimeout(timer);
      }),
    );
    return out;
  }

  // ── ignore ──────────────────────────────────────────────────────────────────────────

  private async ignore(f: Finding): Promise<void> {
    const phrase = spanText(this.shown.text, f);
    if (!phrase) return;
    try {
      const entry = await sendMessage('ignoreFinding', { ruleId: f.ruleId, category: f.category, phrase });
      this.notice = {
        text: `PostGuard will no longer flag “${phrase.length > 40 ? `${phrase.slice(0, 37)}…` : phrase}” for this.`,
        undo: () => void this.unignore(entry.id),
      };
    } catch (err) {
      this.notice = { text: `Could not ignore it: ${describe(err)}.` };
    }
    this.updateBadge();
    this.recheck();
  }

  private async unignore(id: string): Promise<void> {
    try {
      await sendMessage('unignoreFinding', { id });
      this.notice = null;
    } catch (err) {
      this.notice = { text: `Could not undo: ${describe(err)}.` };
    }
    this.updateBadge();
    this.recheck();
  }
}

function describe(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/Extension context invalidated|Receiving end does not exist|message port closed/i.test(msg)) {
    return 'PostGuard is restarting or was updated (reload the page if this stays)';
  }
  return msg.length > 200 ? `${msg.slice(0, 197)}…` : msg;
}
