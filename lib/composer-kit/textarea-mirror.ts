import highlightCss from './highlights.css?inline';
import { measureNextFrame, unqueue } from './layout-batch.ts';
import { singleNodeMap, type TextMap } from './text-map.ts';

// A <textarea>'s text is not in the DOM, so the Highlight API cannot reach it. The mirror is
// a transparent copy of the text laid over the textarea (same box, font and scroll) in our
// own shadow root: the underlines are drawn on the copy, the user types in the original.
const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'line-height', 'letter-spacing',
  'word-spacing', 'text-indent', 'text-transform', 'text-align', 'direction', 'tab-size', 'white-space', 'overflow-wrap',
  'word-break', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width',
  'border-bottom-width', 'border-left-width',
] as const;

export class TextareaMirror {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private readonly node: Text;

  constructor(private readonly textarea: HTMLTextAreaElement) {
    this.host = document.createElement('postguard-mirror');
    this.host.setAttribute('data-postguard-mirror', '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${highlightCss}
:host { all: initial; }
.box { position: fixed; z-index: 2147483645; pointer-events: none; overflow: hidden; color: transparent;
  white-space: pre-wrap; overflow-wrap: break-word; border-style: solid; border-color: transparent; margin: 0;
  box-sizing: border-box; }`;
    this.box = document.createElement('div');
    this.box.className = 'box';
    this.box.style.display = 'none'; // until the first frame has placed it over the textarea
    this.box.setAttribute('aria-hidden', 'true');
    this.node = document.createTextNode('');
    this.box.append(this.node);
    shadow.append(style, this.box);
    document.documentElement.append(this.host);
    this.copyStyle();
  }

  /** Mirrors `value` and returns the map the highlights are drawn on. */
  sync(value: string): TextMap {
    if (this.node.data !== value) this.node.data = value;
    return singleNodeMap(this.node);
  }

  /** Follows the textarea's box and scroll, in the next frame's shared layout batch. */
  place(): void {
    measureNextFrame(this.measure);
  }

  private readonly measure = () => {
    const r = this.textarea.getBoundingClientRect();
    const { scrollTop, scrollLeft } = this.textarea;
    return () => {
      const s = this.box.style;
      s.left = `${r.left}px`;
      s.top = `${r.top}px`;
      s.width = `${r.width}px`;
      s.height = `${r.height}px`;
      s.display = r.width === 0 ? 'none' : '';
      this.box.scrollTop = scrollTop;
      this.box.scrollLeft = scrollLeft;
    };
  };

  copyStyle(): void {
    const cs = getComputedStyle(this.textarea);
    for (const p of COPIED) this.box.style.setProperty(p, cs.getPropertyValue(p));
  }

  destroy(): void {
    unqueue(this.measure);
    this.host.remove();
  }
}
