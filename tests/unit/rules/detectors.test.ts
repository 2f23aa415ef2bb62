// Detectors on the cases their examples don't cover: formats, look-alikes, offsets.
import { describe, expect, test } from 'vitest';
import { findLinks } from '../../../rules/text/urls.ts';
import { TermMatcher } from '../../../rules/text/terms.ts';
import { tokenize } from '../../../rules/text/tokens.ts';
import { check } from '../../../rules/check.ts';
import { compiled, ctx, minimal, otherKind, ruleIds, spans, termsRule } from './helpers.ts';

describe('credentials', () => {
  test('key formats are found wherever they are written', () => {
    for (const key of ['AKIAIOSFODNN7EXAMPLE', `ghp_${'a1B2'.repeat(9)}`, 'xoxb-123456789012-abcdefghij', `AIza${'x'.repeat(35)}`, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U']) {
      expect(ruleIds(`here you go ${key} thanks`), key).toContain('credentials');
    }
  });

  test('advice about passwords and codes is not a credential', () => {
    for (const t of ['Change your password every few months.', 'We will never ask for your PIN.', 'Your password is personal: never share it.', 'Enter the code we text you.']) {
      expect(ruleIds(t), t).not.toContain('credentials');
    }
  });
});

describe('confidential markers', () => {
  test('a confidential service is fine; a marking is not', () => {
    expect(ruleIds('Our confidential counselling service is free.')).not.toContain('confidential-marker');
    expect(ruleIds('Speak to us in confidence, it is totally confidential.')).not.toContain('confidential-marker');
    expect(ruleIds('CONFIDENTIAL - draft budget figures')).toContain('confidential-marker');
    expect(ruleIds('Not for publication until Monday')).toContain('confidential-marker');
  });
});

describe('accessibility', () => {
  test('hashtags: one-word or CamelCase pass; run-together words are flagged', () => {
    expect(spans('#Halloween #neighbourhood #SupportLocal #keepfleettidy #stayhomesavelives', 'hashtag-case')).toEqual(['#keepfleettidy', '#stayhomesavelives']);
  });

  test('capitals: acronyms are not shouting; three shouted words are', () => {
    expect(ruleIds('NHS, DVLA and HMRC services are open.')).not.toContain('shouting');
    expect(spans('Please note: ROAD CLOSED ALL WEEKEND from Friday', 'shouting')).toEqual(['ROAD CLOSED ALL WEEKEND']);
  });

  test('emoji: a few are fine, a wall is not; skin tones and joiners count as one', () => {
    expect(ruleIds('Well done 👏🏽👏🏽')).not.toContain('emoji-wall');
    expect(spans('Happy holidays 🎄🎅🏻🎁⛄️❄️ from us', 'emoji-wall')).toEqual(['🎄🎅🏻🎁⛄️❄']);
  });
});

describe('links', () => {
  test('bare domains need a real TLD; emails and abbreviations are not links', () => {
    expect(findLinks('e.g. this, 3.30pm, done.It was, jane@acme.gov.uk, acme.gov.uk/bins and https://x.example/path.').map((l) => l.url)).toEqual([
      'acme.gov.uk/bins',
      'https://x.example/path',
    ]);
  });
});

describe('names and sub judice', () => {
  test('places, courts and ranks are not names', () => {
    expect(ruleIds('A man will appear at Stafford Crown Court on Monday.')).not.toContain('sub-judice');
    expect(ruleIds('Sarah Jones has been charged with fraud.')).toContain('sub-judice');
  });

  test('one rule, one underline: overlapping spans of the same rule are merged', () => {
    const text = 'John Smith, 34, has been charged with burglary and will appear at Basingstoke Magistrates\' Court on Monday.';
    expect(spans(text, 'sub-judice')).toEqual(['John Smith, 34, has been charged with burglary and will appear at']);
    expect(spans('Sarah Jones has been charged with fraud. She was remanded in custody.', 'sub-judice')).toEqual([
      'Sarah Jones has been charged with fraud. She was remanded in custody',
    ]);
  });

  test('a sensitive role next to a rank and name is flagged; the role alone is not', () => {
    expect(ruleIds('Undercover officers made the arrests.')).not.toContain('sensitive-role');
    expect(ruleIds('DC Patel, our undercover officer, made the arrests.')).toContain('sensitive-role');
  });
});

describe('terms and patterns from a profile', () => {
  test('terms match whole words, across line breaks and extra spaces, case-insensitively unless asked', () => {
    const m = new TermMatcher(['Operation Nightjar', 'SHAW']);
    const text = 'operation\n  NIGHTJAR begins; Shawn and shaw';
    expect(m.find(tokenize(text), text).map((s) => text.slice(s.start, s.end))).toEqual(['operation\n  NIGHTJAR', 'shaw']);
    const cs = new TermMatcher(['SHAW'], true);
    expect(cs.find(tokenize('Shaw SHAW'), 'Shaw SHAW').map((s) => s.start)).toEqual([5]);
  });

  test('exceptions stop a term inside an allowed phrase', () => {
    const p = compiled(minimal({ rules: [termsRule({ terms: ['operation'], exceptions: ['Operation Stack'], examples: { valid: ['Operation Stack'], invalid: ['operation'] } })] }));
    expect(ruleIds('Operation Stack is on; the operation continues', {}, p)).toEqual(['staff-names']);
    expect(check({ text: 'Operation Stack is on' }, p, ctx())).toEqual([]);
  });

  test('pattern offsets are UTF-16 offsets, right after emoji and accents', () => {
    const p = compiled(minimal({ rules: [otherKind({ kind: 'pattern', pattern: 'caf[eé]', examples: { valid: ['tea'], invalid: ['café'] } })] }));
    const text = '🎉🎉 naïve café';
    const f = check({ text }, p, ctx());
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('café');
  });
});

describe('phone numbers that are UK service numbers and someone’s own number abroad', () => {
  test.each([
    ['Call me on 030 12345678', ['030 12345678']], // a Berlin landline, a UK 03 number in form
    ['Text Sarah on 090 1234 5678', ['090 1234 5678']], // a Japanese mobile, a UK premium-rate number in form
    ['Call Macmillan on 0300 123 4567', []], // an organisation's 03 number
    ['call me on 0800 123 4567', []], // freephone stays a service number
    ['Questions? Ring us on 0300 1234567, 9am to 5pm.', []], // the organisation's own number
  ])('%s', (text, expected) => expect(spans(text, 'phone-number')).toEqual(expected));
});
