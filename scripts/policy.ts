// `npm run policy -- <command>`: how a policy owner validates a profile and tries it on
// posts, and how tests, benchmarks and evaluations drive the engine without a browser.
// The contract is in DESIGN.md ("Contracts other tools rely on").
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { check } from '../rules/check.ts';
import { accountKindSchema, composerKindSchema, imageFactsSchema, platformSchema, type ImageFacts } from '../rules/draft.ts';
import { holdsPost, type Finding } from '../rules/finding.ts';
import {
  LIMITS,
  compiledDefault,
  loadProfile,
  profileJsonSchema,
  type CompiledProfile,
  type ProfileProblem,
} from '../rules/profile.ts';
import { formatProblem } from '../rules/problems.ts';
import { validateProfile } from '../rules/validate.ts';
import { runFacesCommand } from '../lib/faces/cli.ts';
import { imageFactsFromFile } from '../lib/faces/node-facts.ts';

const USAGE = `PostGuard policy tool

  npm run policy -- validate <file|url>
      Checks a profile: schema, patterns, overrides and every rule's examples.
      Exit 0 valid, 1 invalid (each problem on its own line with its JSON path).

  npm run policy -- check [--profile <file|url>] --platform facebook|x|linkedin|instagram
                    --account corporate|personal [--composer post|reply|message]
                    [--now <ISO time>] [--image <file>]... [--first-post] [--json] < draft.txt
      Checks one draft read from stdin. Exit 0 no findings, 1 findings, 2 usage or input error.

  npm run policy -- check --jsonl [--profile <file|url>] [--platform …] [--account …] < drafts.jsonl
      One draft a line: {"id","text","platform","account","composer"?,"now"?,"images"?}
      (images: file paths or ImageFacts objects). One result a line: {"id","findings":[…]},
      or {"id","error"} for a line that could not be checked.

  npm run policy -- faces <image>... [--json]
  npm run policy -- schema            JSON Schema of a profile (public/profile.schema.json)

Without --profile, the built-in default profile is used. A profile URL must be https
(http only for localhost). Use "npm run -s policy" to keep npm's banner out of piped output.`;

class UsageError extends Error {}
class InputError extends Error {}

const FETCH_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

function checkUrlAllowed(url: URL): void {
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && local) return;
  throw new InputError(`${url.href}: profile URLs must use https:// (http:// only for localhost)`);
}

/** Fetches a profile URL: https only, at most LIMITS.profileBytes, within a timeout. */
async function fetchText(start: URL): Promise<string> {
  let url = start;
  for (let hop = 0; ; hop++) {
    checkUrlAllowed(url);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
    } catch (e) {
      const why = (e as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (e as Error).message;
      throw new InputError(`${url.href}: could not fetch the profile (${why})`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= MAX_REDIRECTS) throw new InputError(`${start.href}: more than ${MAX_REDIRECTS} redirects`);
      url = new URL(res.headers.get('location')!, url);
      continue;
    }
    if (!res.ok) throw new InputError(`${url.href}: the server answered ${res.status} ${res.statusText}`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > LIMITS.profileBytes) throw new InputError(`${url.href}: the profile is ${declared.toLocaleString('en-GB')} bytes; the limit is ${LIMITS.profileBytes.toLocaleString('en-GB')}`);
    const reader = res.body?.getReader();
    if (!reader) return '';
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > LIMITS.profileBytes) {
        await reader.cancel();
        throw new InputError(`${url.href}: the profile is over the ${LIMITS.profileBytes.toLocaleString('en-GB')}-byte limit`);
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
  }
}

async function readSource(source: string): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      throw new InputError(`${source}: not a valid URL`);
    }
    return fetchText(url);
  }
  let buf: Buffer;
  try {
    buf = await readFile(source);
  } catch (e) {
    throw new InputError(`${source}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buf.byteLength > LIMITS.profileBytes) throw new InputError(`${source}: the profile is over the ${LIMITS.profileBytes.toLocaleString('en-GB')}-byte limit`);
  return buf.toString('utf8');
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      throw new InputError(`${where}: not valid JSON at line ${line}, column ${col} (${msg})`);
    }
    throw new InputError(`${where}: not valid JSON (${msg})`);
  }
}

async function loadCompiled(source: string): Promise<{ compiled: CompiledProfile } | { problems: ProfileProblem[] }> {
  const r = loadProfile(parseJson(await readSource(source), source));
  return r.ok ? { compiled: r.compiled } : { problems: r.problems };
}

function printProblems(problems: ProfileProblem[]): void {
  for (const p of problems) console.log(formatProblem(p));
}

async function validate(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('validate takes one profile: npm run policy -- validate <file|url>');
  const source = positionals[0]!;
  const input = parseJson(await readSource(source), source);
  // Every problem at once: the schema, ids and periods, overrides, patterns and examples.
  const problems = validateProfile(input);
  if (problems.length) {
    console.log(`✗ ${source} is not a valid profile (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):`);
    printProblems(problems);
    return 1;
  }
  const r = loadProfile(input);
  if (!r.ok) {
    printProblems(r.problems);
    return 1;
  }
  const c = r.compiled;
  const own = c.rules.filter((x) => x.origin === 'profile').length;
  const examples = c.rules.reduce((n, x) => n + x.examples.valid.length + x.examples.invalid.length, 0);
  const parts = [`${c.rules.length} rules`];
  if (c.extendsDefault) parts.push(`${c.rules.length - own} from the default, ${own} of its own, ${c.changed.length} changed, ${c.disabled.length} disabled`);
  console.log(`✓ ${c.id} ${c.version} (${c.profile.name}) is valid: ${parts.join(': ')}; all ${examples} examples pass.`);
  return 0;
}

const checkFlags = {
  profile: { type: 'string' },
  platform: { type: 'string' },
  account: { type: 'string' },
  composer: { type: 'string' },
  now: { type: 'string' },
  image: { type: 'string', multiple: true },
  'first-post': { type: 'boolean' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
} as const;

function parseNow(s: string | undefined): Date {
  if (s === undefined) return new Date();
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now "${s}" is not a date and time; use ISO 8601, like 2027-04-01T09:30:00+01:00`);
  return d;
}

function enumFlag<T extends string>(name: string, value: string | undefined, schema: z.ZodEnum<Record<T, T>>, required: boolean): T | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`check needs --${name} ${schema.options.join('|')}`);
    return undefined;
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`--${name} must be one of ${schema.options.join(', ')} (got "${value}")`);
  return r.data;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('check reads the draft from stdin: npm run policy -- check … < draft.txt');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

function describe(f: Finding, text: string, images: ImageFacts[]): string {
  let where = 'post';
  if (f.start !== undefined && f.end !== undefined) {
    const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    where = `${lineCol(text, f.start)} "${excerpt.length > 50 ? `${excerpt.slice(0, 47)}…` : excerpt}"`;
  } else if (f.image !== undefined) where = `image ${f.image + 1}${images[f.image]?.name ? ` (${images[f.image]!.name})` : ''}`;
  const extra = [f.overridable ? 'overridable' : '', f.needsApprover ? 'needs approver' : ''].filter(Boolean).join(', ');
  return `${f.severity.padEnd(7)} ${f.ruleId}  ${where}\n        ${f.message} [${f.clauses.join(', ')}]${extra ? ` (${extra})` : ''}`;
}

async function imagesFrom(list: unknown[] | undefined): Promise<ImageFacts[]> {
  const out: ImageFacts[] = [];
  for (const item of list ?? []) {
    if (typeof item === 'string') {
      try {
        out.push(await imageFactsFromFile(item));
      } catch (e) {
        throw new InputError(`${item}: could not read the image (${(e as Error).message})`);
      }
    }
    else {
      const r = imageFactsSchema.safeParse(item);
      if (!r.success) throw new InputError(`images[${out.length}]: not an image file path or ImageFacts object`);
      out.push(r.data);
    }
  }
  return out;
}

const jsonlDraft = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: platformSchema.optional(),
  account: accountKindSchema.optional(),
  composer: composerKindSchema.optional(),
  now: z.string().optional(),
  firstPostOfSession: z.boolean().optional(),
  images: z.array(z.unknown()).max(20).optional(),
});

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: checkFlags });
  if (positionals.length) throw new UsageError(`check takes the draft on stdin, not as arguments (got "${positionals[0]}")`);
  const platform = enumFlag('platform', values.platform, platformSchema, !values.jsonl);
  const account = enumFlag('account', values.account, accountKindSchema, !values.jsonl);
  const composer = enumFlag('composer', values.composer, composerKindSchema, false);
  const now = parseNow(values.now);
  let compiled = compiledDefault();
  if (values.profile) {
    const r = await loadCompiled(values.profile);
    if ('problems' in r) {
      console.error(`${values.profile} is not a valid profile:`);
      for (const p of r.problems) console.error(formatProblem(p));
      return 2;
    }
    compiled = r.compiled;
  }
  const input = await readStdin();

  if (values.jsonl) {
    let anyFindings = false;
    let anyErrors = false;
    const lines = input.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      let id: unknown = null;
      try {
        const raw = parseJson(line, `line ${i + 1}`);
        if (raw && typeof raw === 'object' && 'id' in raw) id = (raw as { id: unknown }).id;
        const r = jsonlDraft.safeParse(raw);
        if (!r.success) throw new InputError(`line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'draft'}: ${x.message}`).join('; ')}`);
        const d = r.data;
        const p = d.platform ?? platform;
        const a = d.account ?? account;
        if (!p || !a) throw new InputError(`line ${i + 1}: needs "platform" and "account" (or --platform and --account)`);
        const images = await imagesFrom(d.images);
        const findings = check({ text: d.text, images }, compiled, {
          platform: p,
          account: a,
          composer: d.composer ?? composer ?? 'post',
          now: d.now ? parseNow(d.now) : now,
          firstPostOfSession: d.firstPostOfSession ?? values['first-post'] ?? false,
        });
        if (findings.length) anyFindings = true;
        console.log(JSON.stringify({ id: d.id, findings }));
      } catch (e) {
        anyErrors = true;
        console.log(JSON.stringify({ id, line: i + 1, error: (e as Error).message }));
      }
    }
    return anyErrors ? 2 : anyFindings ? 1 : 0;
  }

  const text = input.replace(/\r?\n$/, '');
  const images = await imagesFrom(values.image);
  const findings = check({ text, images }, compiled, {
    platform: platform!,
    account: account!,
    composer: composer ?? 'post',
    now,
    firstPostOfSession: values['first-post'] ?? false,
  });
  if (values.json) console.log(JSON.stringify({ findings }, null, 2));
  else if (findings.length === 0) console.log(`No findings (${compiled.id} ${compiled.version}, ${account} account on ${platform}).`);
  else {
    for (const f of findings) console.log(describe(f, text, images));
    const held = findings.filter((f) => holdsPost(f.severity)).length;
    console.log(`\n${findings.length} finding${findings.length === 1 ? '' : 's'}${held ? `; ${held} hold${held === 1 ? 's' : ''} the post until signed off` : ''} (${compiled.id} ${compiled.version}).`);
  }
  return findings.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validate(rest);
      case 'check':
        return await checkCommand(rest);
      case 'faces':
        return await runFacesCommand(rest);
      case 'schema':
        console.log(JSON.stringify(profileJsonSchema(), null, 2));
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      console.error((e as Error).message);
      return command === 'validate' ? 1 : 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
