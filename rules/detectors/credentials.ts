import { defineDetector } from '../detector.ts';
import { allMatches, type Span } from '../text/regex.ts';

// A credential is a secret *value*: "password: hunter2", not advice about passwords.
const PATTERNS: RegExp[] = [
  // "password: anything" or "password is <something with a digit or symbol>", so
  // "your password is something only you know" passes.
  /(?<![\p{L}])(?:password|passwd|pwd|pass\s*word|passcode|pass\s*code|pin(?:\s+number)?|login|log-?in\s+details|wi-?fi\s+(?:password|key))\s*(?:[:=]\s*["'“]?[^\s"'”]{3,64}|(?:is|was)\s+(?:["'“][^"'”\s]{3,64}|(?=\S*[\d!@#$%^&*_+=?~])[^\s"'”]{3,64}))/giu,
  /(?<![\p{L}])(?:user\s*name|username|user\s*id)\s*(?:is|:|=)\s*\S{2,64}\s+(?:and\s+)?(?:password|pwd|pass)\s*(?:is|:|=)\s*\S{3,64}/giu,
  /(?<![\p{L}])(?:verification|security|one[\s-]*time|otp|login|sign[\s-]*in|2fa|two[\s-]*factor|auth(?:entication)?|access|confirmation)\s+code\s*(?:is|:|=|-)?\s*\d{4,8}(?!\d)/giu,
  /(?<!\d)\d{4,8}\s+is\s+your\s+(?:\w+\s+){0,2}code/giu,
  /(?<![\p{L}\p{N}])(?:api[\s_-]*key|secret[\s_-]*key|access[\s_-]*token|auth[\s_-]*token|bearer|client[\s_-]*secret|token)\s*(?:is|:|=)\s*["']?[A-Za-z0-9_\-.=+/]{16,}/giu,
  // Well-known key formats, written anywhere.
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
    'Passwords, PINs and login details written out, one-time and verification codes, API keys and tokens (AWS, GitHub, Slack, Google, Stripe, JWTs, private keys)',
  find(scan) {
    const spans: Span[] = [];
    for (const re of PATTERNS) {
      for (const m of allMatches(re, scan.text)) {
        // "password: hunter2." — the full stop ends the sentence, not the password (a "!" or
        // "?" is more often part of it: "Summer2024!").
        const trail = /[.,;:)]+$/.exec(m[0])?.[0].length ?? 0;
        const s = { start: m.index, end: m.index + m[0].length - (m[0].length - trail > 0 ? trail : 0) };
        if (!spans.some((x) => x.start < s.end && s.start < x.end)) spans.push(s);
      }
    }
    return spans;
  },
});
