import { defineDetector } from '../detector.ts';
import { allMatches, insideAny, type Span } from '../text/regex.ts';
import { secretsInPassing } from './code-in-passing.ts';

// A credential is a secret *value*: "password: hunter2", not advice about passwords.

// What a secret is called. Passwords take any value with a digit or a symbol; codes (PINs,
// door, key-safe, alarm and padlock codes) only a code-shaped one, so "key safe scheme: 50
// homes fitted" and "combination boilers: 10% off" pass.
const PASSWORD_NOUN =
  "(?:passwords?|passwd|pwd|pw|p/w|pass\\s*word|passphrase|pass(?=\\s+for\\s)|recovery\\s+phrase|seed\\s+phrase|wi-?fi\\s+(?:password|key|code)|network\\s+key)";
const CODE_NOUN =
  "(?:pin(?:\\s+(?:code|number))?|door\\s+code|entry\\s+code|gate\\s+code|key[\\s-]?safe(?:\\s+code)?|lock[\\s-]?box(?:\\s+code)?|alarm\\s+code|padlock(?:\\s+code)?|combination|combo|access\\s+code|pass\\s*code|code\\s+(?:to|for)\\s+(?:get(?:ting)?\\s+in|open(?:ing)?|the\\s+(?:door|gate|lock|padlock|key[\\s-]?safe|alarm|building|office|cabinet|safe|shed|store)))";
// What it opens, between the name and the value: "the password FOR THE GUEST WIFI is …",
// "the padlock ON THE DEPOT GATE: …". A phrase after a preposition, up to four words.
const OPENS = "(?:\\s+(?:for|to|of|on|at|in)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?[\\p{L}\\p{N}'’-]+)?";
// "is", ":", "=", a dash, "it's", "'s" ("the password's Summer2027").
const LINK = "\\s*(?:[:=–—]|\\s-\\s|['’]s(?![\\p{L}])|\\s(?:is|was|are|it'?s|it’s)(?![\\p{L}]))\\s*";
// A price is no password ("day pass for the pool is £4.50").
const PASSWORD_VALUE = "[\"'“]?(?![£$€])(?=[^\\s\"'”]*[\\d!@#$%^&*_+=?~])[^\\s\"'”]{3,64}";
const CODE_VALUE = "#?(?:\\d(?:[\\s-]?\\d){2,9}|(?=[A-Za-z0-9#*]*\\d{3})[A-Za-z0-9#*]{4,12})(?![\\d\\p{L}])";

const PATTERNS: RegExp[] = [
  // "password: anything" or "password is <something with a digit or symbol>", so
  // "your password is something only you know" passes.
  // (Codes and PINs are left to the patterns below, which want a code-shaped value.)
  /(?<![\p{L}])(?:password|passwd|pwd|pass\s*word|login|log-?in\s+details|wi-?fi\s+(?:password|key))\s*(?:[:=]\s*(?!(?:never|don'?t|do|not|keep|change|use|make|ask|reset|please|always|choose|pick|must|should|see|check|call|forgotten|forgot|protect|the|your|a|an|try|let|here|is|are|what|how|why|tips?|advice|top|remember|stay|think|avoid|ensure|set|create|update|it|this|that|no|none)(?![\p{L}]))["'“]?[^\s"'”]{3,64}|(?:is|was)\s+(?:["'“][^"'”\s]{3,64}|(?=\S*[\d!@#$%^&*_+=?~])[^\s"'”]{3,64}))/giu,
  // The secret after its name and what it opens: "the password for the guest wifi is
  // Summer2027!", "key safe code for Mrs Green's is 2580", "pwd = books4all", "padlock on the
  // depot gate: 3-3-7-1". "The wifi password is on your ticket" passes: no digit, no symbol.
  new RegExp(`(?<![\\p{L}])${PASSWORD_NOUN}${OPENS}${LINK}${PASSWORD_VALUE}`, 'giu'),
  new RegExp(`(?<![\\p{L}])${CODE_NOUN}${OPENS}${LINK}${CODE_VALUE}`, 'giu'),
  // Straight after its name: "PIN 4471", "alarm code 1984", "booking system p/w Fleet2027".
  new RegExp(`(?<![\\p{L}])${CODE_NOUN}\\s+(?:no\\.?\\s+)?${CODE_VALUE}`, 'giu'),
  new RegExp(`(?<![\\p{L}/])(?:password|passwd|pwd|pw|p/w|passcode)\\s+(?=[^\\s"'”]*\\d)(?=[^\\s"'”]*\\p{L})[^\\s"'”]{4,64}`, 'giu'),
  // A login with its password: "log in with admin / admin123", "wifi: AcmeGuest / guest2027".
  new RegExp(`(?<![\\p{L}])(?:log\\s*in|sign\\s*in|login|wi-?fi)(?:\\s+(?:with|as|using))?\\s*:?\\s*\\S{2,64}\\s*(?:/|,\\s*(?:pw|pwd|password|pass)?:?)\\s*${PASSWORD_VALUE}`, 'giu'),
  // A one-time code quoted back: "use code 482913 to log in".
  /(?<![\p{L}])(?:use|enter|type|quote)\s+(?:the\s+)?code\s+\d{4,8}\s+to\s+(?:log|sign|verify|confirm|access|get\s+in)/giu,
  /(?<![\p{L}])(?:user\s*name|username|user\s*id)\s*(?:is|:|=)\s*\S{2,64}\s+(?:and\s+)?(?:password|pwd|pass)\s*(?:is|:|=)\s*\S{3,64}/giu,
  // (Verification, security, one-time, OTP, login, sign-in and 2FA codes: the looser pattern below.)
  /(?<![\p{L}])(?:two[\s-]*factor|auth(?:entication)?|access|confirmation)\s+code\s*(?:is|:|=|-)?\s*\d{4,8}(?!\d)/giu,
  /(?<!\d)\d{4,8}\s+is\s+your\s+(?:\w+\s+){0,2}code/giu,
  /(?<![\p{L}\p{N}])(?:api[\s_-]*key|secret[\s_-]*key|access[\s_-]*token|auth[\s_-]*token|bearer|client[\s_-]*secret|token)\s*(?:is|:|=)\s*["']?[A-Za-z0-9_\-.=+/]{16,}/giu,
  // A login pair written as labels: "user: j.bloggs pass: Spring!2027", "Login details below for
  // the shared drive: admin2 / Welcome123", "Network: LIB-STAFF, key: 7h3Qu1ckF0x".
  new RegExp(`(?<![\\p{L}])(?:user(?:\\s*name)?|login|email)\\s*[:=]\\s*\\S{2,64}\\s*,?\\s*(?:pass(?:word)?|pw|pwd|p/w)\\s*[:=]\\s*${PASSWORD_VALUE}`, 'giu'),
  new RegExp(`(?<![\\p{L}])log-?in\\s+details\\b[^:\\n]{0,40}:\\s*\\S{2,64}\\s*/\\s*${PASSWORD_VALUE}`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:wi-?fi|network|ssid)\\b[^.\\n]{0,40}?\\bkey\\s*[:=]\\s*${PASSWORD_VALUE}`, 'giu'),
  // Codes quoted back and recovery codes: "my verification code keeps coming through as 551902",
  // "use the recovery code 8JQ4-MZ2P-77KD".
  /(?<![\p{L}])(?:verification|security|one[\s-]*time|otp|2fa|login|sign[\s-]*in)\s+code\b[^.\n\d]{0,40}?(?<![\d£$€])\d{4,8}(?![\d\p{L}])/giu,
  /(?<![\p{L}])(?:recovery|backup|back-up)\s+codes?\s*(?:is|are|:|=)?\s*[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){1,5}/giu,
  /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/gu,
  /(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9])/gu,
  /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{60,255}/gu,
  /(?<![A-Za-z0-9])xox[abpros]-[A-Za-z0-9-]{10,200}/gu,
  /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/gu,
  /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,200}/gu,
  /(?<![A-Za-z0-9])sk-(?:proj-)?[A-Za-z0-9_-]{20,200}/gu,
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/gu,
  /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/gu,
];

export default defineDetector({
  id: 'credentials',
  summary:
    'Passwords, PINs, door, key-safe, alarm and padlock codes and login details written out ("the password for the guest wifi is …", "key safe code for Mrs Green\'s is 2580") or said in passing ("we\'ve moved to 7731 for the back door", "you get on with Marigold!88"), one-time and verification codes, API keys and tokens (AWS, GitHub, Slack, Google, Stripe, JWTs, private keys); advice about passwords passes',
  find(scan) {
    const spans: Span[] = [];
    const add = (s: Span) => {
      if (!insideAny(spans, s)) spans.push(s);
    };
    for (const re of PATTERNS) {
      for (const m of allMatches(re, scan.text)) {
        // "password: hunter2." — the full stop ends the sentence, not the password (a "!" or
        // "?" is more often part of it: "Summer2024!").
        const trail = /[.,;:)]+$/.exec(m[0])?.[0].length ?? 0;
        const s = { start: m.index, end: m.index + m[0].length - (m[0].length - trail > 0 ? trail : 0) };
        add(s);
      }
    }
    for (const s of secretsInPassing(scan.text)) add(s);
    return spans;
  },
});
