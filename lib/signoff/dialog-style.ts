// The dialog's look, inside its shadow root: the page's CSS cannot reach it and it cannot
// reach the page. Colours come from one palette per scheme; tests check each text colour
// against the backgrounds it sits on for WCAG AA (4.5:1).

export const PALETTE = {
  light: {
    bg: '#ffffff',
    surface: '#f3f4f6',
    fg: '#111827',
    muted: '#4b5563',
    border: '#d1d5db',
    focus: '#1d4ed8',
    info: '#1d4ed8',
    warn: '#92400e',
    confirm: '#c2410c',
    block: '#b91c1c',
    mark: '#fde68a',
    primaryBg: '#b91c1c',
    primaryFg: '#ffffff',
    secondaryBg: '#ffffff',
    secondaryFg: '#111827',
    error: '#b91c1c',
  },
  dark: {
    bg: '#111827',
    surface: '#1f2937',
    fg: '#f3f4f6',
    muted: '#9ca3af',
    border: '#4b5563',
    focus: '#93c5fd',
    info: '#93c5fd',
    warn: '#fcd34d',
    confirm: '#fdba74',
    block: '#fca5a5',
    mark: '#78350f',
    primaryBg: '#fca5a5',
    primaryFg: '#111827',
    secondaryBg: '#1f2937',
    secondaryFg: '#f3f4f6',
    error: '#fca5a5',
  },
} as const;

const vars = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v};`)
    .join(' ');

export const DIALOG_CSS = `
:host { all: initial; ${vars(PALETTE.light)} }
@media (prefers-color-scheme: dark) { :host { ${vars(PALETTE.dark)} } }
* { box-sizing: border-box; }
.backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgb(17 24 39 / 0.55); }
.dialog { position: fixed; z-index: 2147483647; top: 50%; left: 50%; transform: translate(-50%, -50%);
  width: min(600px, calc(100vw - 24px)); max-height: calc(100vh - 24px); display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 12px;
  box-shadow: 0 20px 50px rgb(0 0 0 / 0.35); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { padding: 16px 20px 12px; border-bottom: 1px solid var(--border); display: flex; gap: 12px; align-items: flex-start; }
header .titles { flex: 1; }
h2 { font-size: 18px; line-height: 1.3; margin: 0 0 4px; }
/* The title takes focus only so a screen reader starts reading at the top; it is not a control. */
h2:focus { outline: none; }
.context { margin: 0; color: var(--muted); font-size: 13px; }
.close { flex: none; width: 32px; height: 32px; border-radius: 8px; border: 1px solid transparent; background: transparent;
  color: var(--muted); font-size: 20px; line-height: 1; cursor: pointer; }
.close:hover { background: var(--surface); color: var(--fg); }
.body { padding: 12px 20px 16px; overflow: auto; overscroll-behavior: contain; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 14px 0 8px; }
h3:first-child { margin-top: 4px; }
ol, ul { margin: 0; padding: 0; list-style: none; }
.finding { border: 1px solid var(--border); border-left: 4px solid var(--sev, var(--border)); border-radius: 8px;
  padding: 10px 12px; margin-bottom: 10px; background: var(--bg); }
.finding[data-severity="info"] { --sev: var(--info); } .finding[data-severity="warn"] { --sev: var(--warn); }
.finding[data-severity="confirm"] { --sev: var(--confirm); } .finding[data-severity="block"] { --sev: var(--block); }
.finding.invalid { box-shadow: 0 0 0 2px var(--error); }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--sev); margin-right: 6px; }
.message { font-weight: 600; }
.span { margin: 8px 0 0; padding: 6px 10px; background: var(--surface); border-radius: 6px; font-size: 13px;
  white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); color: var(--fg); padding: 0 2px; border-radius: 3px; text-decoration: underline wavy var(--sev); text-underline-offset: 3px; }
.clauses { margin-top: 8px; font-size: 13px; }
.clauses li { margin: 2px 0; }
.clause-id { font-weight: 700; margin-right: 6px; }
.clause-doc { display: block; color: var(--muted); font-size: 12px; }
figure { margin: 8px 0 0; }
.frame { position: relative; max-width: 240px; max-height: 180px; background: var(--surface); border-radius: 6px; overflow: hidden; }
.frame img { display: block; width: 100%; height: 100%; object-fit: fill; }
.face { position: absolute; border: 2px solid #facc15; box-shadow: 0 0 0 1px #000; border-radius: 3px; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
label.check { display: flex; gap: 8px; align-items: flex-start; margin-top: 10px; font-size: 13px; cursor: pointer; }
label.check input { width: 18px; height: 18px; margin: 1px 0 0; flex: none; accent-color: var(--focus); }
fieldset { border: 0; padding: 0; margin: 14px 0 0; }
legend { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 700; padding: 0; margin-bottom: 6px; }
.field { margin-top: 10px; }
.field label { display: block; font-weight: 600; margin-bottom: 4px; }
.hint { display: block; color: var(--muted); font-size: 12px; margin-top: 2px; }
textarea, input[type="text"] { width: 100%; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted);
  border-radius: 6px; padding: 6px 8px; }
textarea { min-height: 64px; resize: vertical; }
[aria-invalid="true"] { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }
.field-error { color: var(--error); font-size: 12px; margin-top: 2px; }
.field-error:empty { display: none; }
.blocked-note { margin: 10px 0 0; padding: 8px 10px; border-radius: 6px; border: 1px solid var(--block); color: var(--fg); }
.errors { margin-top: 12px; padding: 8px 12px; border: 1px solid var(--error); border-radius: 8px; }
.errors:empty { display: none; }
.errors p { margin: 0 0 4px; font-weight: 700; color: var(--error); }
.errors ul { list-style: disc; padding-left: 18px; }
.status { color: var(--muted); font-size: 13px; margin: 0; min-height: 1.5em; }
footer { padding: 12px 20px 16px; border-top: 1px solid var(--border); display: flex; gap: 8px; align-items: center; }
footer .status { flex: 1; }
button.action { font: inherit; font-weight: 600; border-radius: 8px; padding: 8px 14px; cursor: pointer; border: 1px solid var(--border); }
button.secondary { background: var(--secondary-bg); color: var(--secondary-fg); }
button.primary { background: var(--primary-bg); color: var(--primary-fg); border-color: var(--primary-bg); }
button:disabled { opacity: 0.55; cursor: not-allowed; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (max-width: 480px) { footer { flex-wrap: wrap; } footer .status { flex-basis: 100%; } }
`;
