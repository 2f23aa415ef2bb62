#!/usr/bin/env node
// Verifies a PostGuard sign-off log export (JSON or CSV) with Node alone: no PostGuard
// code, no dependencies. A second, independent implementation of the algorithm written
// into every JSON export, so an auditor need not trust the extension that made the file.
//
//   node verify-export.mjs <export.json | export.csv>
//   exit 0: intact; 1: the chain is broken (the first broken entry is named); 2: cannot read the file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const GENESIS = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

function canonical(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('a quoted CSV field is never closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function load(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) {
    const doc = JSON.parse(text);
    if (doc.format !== 'postguard-signoff-log' || !Array.isArray(doc.entries)) throw new Error('not a PostGuard sign-off log export');
    return { entries: doc.entries, newest: doc.newest ?? null };
  }
  const [header, ...rows] = parseCsv(text);
  const json = header.indexOf('entry_json');
  const hash = header.indexOf('hash');
  if (json < 0 || hash < 0) throw new Error('the CSV has no entry_json and hash columns');
  const entries = rows
    .filter((r) => r.length > 1 || r[0] !== '')
    .map((r) => ({ ...JSON.parse(r[json]), hash: r[hash] }));
  return { entries, newest: null };
}

function verify(entries, newest) {
  for (const [i, e] of entries.entries()) {
    if (!e || !Number.isSafeInteger(e.seq) || e.seq < 1) return `item ${i + 1} has no valid entry number`;
    if (!HEX64.test(e.hash ?? '') || !HEX64.test(e.prevHash ?? '')) return `entry #${e.seq} has no valid hashes`;
  }
  const removals = entries.filter((e) => e.type === 'cleared' || e.type === 'pruned');
  const latest = removals.reduce((a, e) => (!a || e.seq > a.seq ? e : a), null);
  const start = latest ? latest.anchor : { seq: 0, hash: GENESIS };
  const seqs = entries.map((e) => e.seq);
  let expSeq = start.seq + 1;
  let expPrev = start.hash;
  for (const [i, e] of entries.entries()) {
    const { hash, ...rest } = e;
    if (sha256(canonical(rest)) !== hash) return `entry #${e.seq} has been changed: its content no longer matches its hash`;
    if (e.seq !== expSeq) {
      if (seqs.indexOf(expSeq) > i) return `entry #${e.seq} is out of order: entry #${expSeq} should come before it`;
      if (e.seq === expSeq + 1) return `entry #${expSeq} is missing before entry #${e.seq}`;
      if (e.seq > expSeq) return `entries #${expSeq}–#${e.seq - 1} are missing before entry #${e.seq}`;
      return `entry #${e.seq} is out of order`;
    }
    if (e.prevHash !== expPrev) {
      return i === 0
        ? `entry #${e.seq} does not continue from where the log started`
        : `entry #${e.seq} does not follow entry #${entries[i - 1].seq}`;
    }
    expPrev = e.hash;
    expSeq = e.seq + 1;
  }
  if (newest && newest.seq > 0) {
    const last = entries.at(-1);
    if (!last || newest.seq > last.seq) return `the newest entries are missing: #${newest.seq} was written, the log ends at #${last?.seq ?? 0}`;
    const at = entries.find((e) => e.seq === newest.seq);
    if (at && at.hash !== newest.hash) return `entry #${newest.seq} is not the entry that was written`;
  }
  return null;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node verify-export.mjs <postguard-signoff-log.json|.csv>');
  process.exit(2);
}
let loaded;
try {
  loaded = load(file);
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}
const problem = verify(loaded.entries, loaded.newest);
if (problem) {
  console.log(`BROKEN: ${problem}.`);
  process.exit(1);
}
const last = loaded.entries.at(-1);
console.log(
  `INTACT: ${loaded.entries.length} entries` +
    (last ? `, #${loaded.entries[0].seq} to #${last.seq}, newest hash ${last.hash}` : '') +
    (loaded.newest ? '' : ' (no record of the newest entry in this file: compare the newest hash with the one PostGuard shows)') +
    '.',
);
