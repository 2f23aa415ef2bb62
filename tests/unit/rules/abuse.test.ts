// Abuse found by structure: each family catches phrasings that share no word list entry
// with another, and the posts councils and police forces write about abuse are left alone.
import { describe, expect, test } from 'vitest';
import { STRUCTURES } from '../../../rules/lexicon/abuse-structures.ts';
import { tokenize } from '../../../rules/text/tokens.ts';
import { AnchoredPatterns, anyOf, followedBy, clauseEnds, opt, seq, tokenText, upTo, words } from '../../../rules/text/word-pattern.ts';
import { findings, spans } from './helpers.ts';

const abuse = (t: string, account: 'corporate' | 'personal' = 'corporate') =>
  findings(t, { account }).filter((f) => f.category === 'abuse' || f.category === 'profanity');
const ruleOf = (t: string) => [...new Set(abuse(t).map((f) => f.ruleId))];

/** Which structure matched, by name (for the cases that must be caught by a given family). */
function structuresIn(text: string): string[] {
  const patterns = new AnchoredPatterns(STRUCTURES.map((s) => ({ part: s.part, info: s.name })));
  return patterns.find(tokenText(text, tokenize(text))).map((h) => h.info);
}

describe('a protected group with a sweeping predicate', () => {
  test.each([
    ['Kurds are all criminals.', 'abuse-discrimination'],
    ['Bulgarians are thieves, every one of them.', 'abuse-discrimination'],
    ['Deaf people are thick.', 'abuse-discrimination'],
    ["Lithuanians can't drive to save their lives.", 'abuse-discrimination'],
    ['Women are too emotional to be in charge.', 'abuse-discrimination'],
    ['Gays shouldn\u2019t be allowed to adopt.', 'abuse-discrimination'],
    ['Every Romanian I know is a crook.', 'abuse-discrimination'],
    ['Pensioners have wrecked this country.', 'abuse-discrimination'],
    ["I can't stand Hungarians.", 'abuse-discrimination'],
    ['Those lazy Estonians again.', 'abuse-discrimination'],
    ['why are croats always so rude', 'abuse-discrimination'],
    ['women just arent cut out for management', 'abuse-discrimination'],
  ])('%s', (text, rule) => {
    expect(ruleOf(text)).toContain(rule);
  });

  test.each([
    // A hostile verb with everyone or everything as its object, in words no list holds whole.
    ['Kosovans wreck every park they picnic in.', 'group-harms-everyone'],
    ['Those Latvians fleece everybody they deal with.', 'group-harms-everyone'],
    ['Welsh people always rip tourists off.', 'group-harms-everyone'],
    ['Bosnians keep to themselves and exploit the rest of us.', 'group-harms-everyone'],
    ['Kurds lie to the council every single time.', 'group-harms-every-time'],
    ['Iraqis need locking up, all of them.', 'group-need-gerund'],
    ['Every time there is vandalism on the estate it is the Albanians', 'trouble-its-the-group'],
    ['Hindus in Leicester are thieves.', 'group-are-trait'],
  ])('a new phrasing of a known structure: %s', (text, structure) => {
    expect(structuresIn(text)).toContain(structure);
    expect(ruleOf(text)).toContain('abuse-discrimination');
  });

  test('a group doing ordinary or good things to everyone is not a generalisation', () => {
    for (const t of [
      'Volunteers from Nigeria run every stall at the fete.',
      'Migrants built every road in this town.',
      'Muslims raise money for every food bank in town.',
      'Immigrants hold up the NHS.',
      'Refugees in Fleet are welcome to join the walking group.',
      'Whenever there is a festival it is the Sikhs who cook.',
      'Disabled people take every chance to get involved.',
      'Some travellers leave rubbish everywhere; most do not.',
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });

  test('the finding covers the group and what is said of it', () => {
    expect(spans('Honestly, Bangladeshis are all liars and cheats.', 'abuse-discrimination')).toEqual(['Bangladeshis are all liars']);
  });

  test('facts, services and hedged statements about a group are not generalisations', () => {
    for (const t of [
      'Disabled people are entitled to a free bus pass.',
      'Older people are at higher risk from flu, so book your jab.',
      'Women are underrepresented on the council.',
      'Some refugees are still waiting for housing.',
      'Not all migrants are economic migrants.',
      'Wheelchair users can\u2019t use the lift until Friday, sorry.',
      'Lifts for disabled people don\u2019t work on the east platform today.',
      'Young people take over the library for a day of coding.',
      'Travellers should allow extra time because of roadworks.',
      'Pensioners are being targeted by scam callers.',
      "Housing is short. Don't blame immigrants.",
      'Why are older people more likely to fall in winter?',
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });
});

describe('dehumanising comparisons', () => {
  test.each(['Romanians are like locusts.', 'Those people are parasites.', 'Refugees breed like rats.', 'They are vermin and should be wiped out.', 'Somalis are savages.'])('%s', (t) => {
    expect(ruleOf(t)).toContain('abuse-discrimination');
  });

  test('animal words need a group: "they are animals" may be about animals', () => {
    expect(abuse('The dogs at the rescue centre are lovely. They are animals that need patience.')).toEqual([]);
    expect(abuse('Pigeons are vermin to some, but please do not harm them.')).toEqual([]);
    expect(ruleOf('I saw those Albanians again. They are animals.')).toContain('abuse-discrimination');
  });

  test('an equals sign between a group and the comparison reads as "are", and the whole span is marked', () => {
    expect(spans('refugees = parasites', 'abuse-discrimination', { account: 'corporate' })).toEqual(['refugees = parasites']);
    expect(ruleOf('Muslims == terrorists, simple as')).toContain('abuse-discrimination');
    // Sums, prices and offers are left alone.
    for (const t of ['2 + 2 = 4', 'Tickets = £5 for adults, kids = free', 'Refugees = welcome here', 'Asylum seekers = people too']) expect(abuse(t)).toEqual([]);
  });
});

describe('exclusion and xenophobia', () => {
  test.each(['Go back to Romania.', 'Go home to Poland.', 'Send the lot of them back.', 'Deport every last one of them.', 'Immigrants have no place here.', "If you don't like it here, go home.", 'Why don\u2019t you go home?'])('%s', (t) => {
    expect(ruleOf(t)).toContain('abuse-discrimination');
  });

  test('directions, returns and moderation are not exclusion', () => {
    for (const t of [
      'Go back to the homepage to start again.',
      'We go back to Poland every summer to see family.',
      'Send them back to the library by the due date.',
      'Put them back where you found them.',
      'You are not welcome in this group if you post abuse.',
      'Racism is not welcome here.',
      "We don't want you to miss out: book now.",
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });
});

describe('wishes of harm and threats', () => {
  test.each([
    'Hope you get hit by a bus.',
    'I hope your house floods.',
    'Someone should give him a good kicking.',
    'Someone should knock that smug grin off his face.',
    'You deserve to die alone.',
    'Nobody would care if you dropped dead.',
    "Hope the councillor's house burns down.",
    'Wish she\u2019d just die already.',
  ])('%s', (t) => {
    expect(ruleOf(t)).toContain('abuse-insult');
  });

  test('kind wishes, and harm that is not wished on anyone, are fine', () => {
    for (const t of [
      'We hope you have a wonderful Christmas.',
      'Hope the bus gets you there on time.',
      'I hope you get the job!',
      'Somebody needs to fix this gate before a child gets hurt.',
      'You deserve a break: the spa is half price this week.',
      'You deserve to feel safe at home.',
      "I'll kill two birds with one stone and drop the forms off.",
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });
});

describe('second-person insults', () => {
  test.each(['You pompous fool.', 'You are one thick idiot.', 'You stupid old bat.', 'You smarmy git.', 'You snivelling little rat.', 'Shut your gob, you old windbag.', "You're a useless waste of space."])('%s', (t) => {
    expect(ruleOf(t)).toContain('abuse-insult');
  });

  test('praise, reassurance and "thank you" are not insults', () => {
    for (const t of [
      'Thank you, you absolute legends!',
      'You absolute legend, thanks for finding my wallet.',
      "You're not stupid for asking for help.",
      'You are not a burden. Talk to someone today.',
      'Our clown workshop for children is on Saturday.',
      'Shut up shop early on Christmas Eve: our offices close at noon.',
      'Get lost in a good book at the library this summer.',
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });
});

describe('meant or reported', () => {
  test('posts about hate crime quote abuse without being abuse', () => {
    for (const t of [
      'Report hate crime: no one should be told to go back to where they came from.',
      'Someone sprayed "migrants out" on the bus shelter. It has been cleaned.',
      'It is a myth that refugees get free cars.',
      'The idea that disabled people are scroungers is false and harmful.',
      'Nobody should be called a parasite for claiming benefits.',
      'The court heard he had sent messages saying he hoped she would die.',
      'A woman who told a bus driver to go back where he came from was fined.',
    ]) {
      expect(abuse(t), t).toEqual([]);
    }
  });

  test('saying it yourself is not reporting it', () => {
    expect(ruleOf("I'm not racist but immigrants are vermin.")).toContain('abuse-discrimination');
    expect(ruleOf('I say deport them all.')).toContain('abuse-discrimination');
  });

  test('a slur is reported even inside quotation marks', () => {
    expect(ruleOf('He called me a "paki" on the bus.')).toContain('abuse-discrimination');
  });
});

describe('structures are named and anchored', () => {
  test('each family is there, and every structure starts from a word', () => {
    const kinds = new Set(STRUCTURES.map((s) => s.kind));
    for (const k of ['generalisation', 'dehumanising', 'xenophobia', 'threat', 'insult']) expect(kinds.has(k as never), k).toBe(true);
    for (const s of STRUCTURES) expect(s.part.first.size, s.name).toBeGreaterThan(0);
  });

  test('the structure that matches is the one for that kind of abuse', () => {
    expect(structuresIn("Asians can't park")).toContain('group-cannot');
    expect(structuresIn('hope you get run over')).toContain('wish-harm');
    expect(structuresIn('Refugees are a plague')).toContain('group-are-animals');
  });
});

describe('word patterns', () => {
  const tt = (s: string) => tokenText(s, tokenize(s));
  const ends = (p: ReturnType<typeof words>, s: string) => p.match(tt(s), 0);

  test('phrases are whole words, with spaces or a hyphen between them, never across punctuation', () => {
    const p = words(['jumped up', 'go back']);
    expect(ends(p, 'jumped-up clerk')).toEqual([2]);
    expect(ends(p, 'jumped up clerk')).toEqual([2]);
    expect(ends(p, 'go. Back')).toEqual([]);
    expect(ends(p, 'going back')).toEqual([]);
  });

  test('contractions match with or without their apostrophe', () => {
    const p = words(["don't belong"]);
    expect(ends(p, 'dont belong')).toEqual([2]);
    expect(ends(p, 'don\u2019t belong')).toEqual([2]);
    expect(ends(words(['ill']), "I'll")).toEqual([]);
  });

  test('sequences allow commas and "and" inside lists only', () => {
    const p = seq(words(['you']), upTo(3, words(['smug', 'self-righteous', 'nasty'])), words(['hypocrite']));
    expect(ends(p, 'you smug, self-righteous and nasty hypocrite')).toEqual([7]);
    expect(ends(p, 'you hypocrite')).toEqual([2]);
    expect(ends(seq(words(['you']), words(['hypocrite'])), 'you, hypocrite')).toEqual([]);
  });

  test('optional parts, alternatives and end-of-clause checks', () => {
    const p = followedBy(seq(words(['go']), opt(words(['back'])), anyOf(words(['home']), words(['to poland']))), clauseEnds(['and']));
    expect(ends(p, 'go home.')).toEqual([2]);
    expect(ends(p, 'go back to Poland and stay there')).toEqual([4]);
    expect(ends(p, 'go home early')).toEqual([]);
  });

  test('anchored patterns report the longest match with offsets into the text', () => {
    const patterns = new AnchoredPatterns([{ part: seq(words(['hope']), words(['you']), words(['die', 'die alone'])), info: 'x' }]);
    const text = 'Well, I hope you die alone!';
    const [hit] = patterns.find(tt(text));
    expect(text.slice(hit!.start, hit!.end)).toBe('hope you die alone');
  });

  test('a pattern that could match nothing is refused', () => {
    expect(() => new AnchoredPatterns([{ part: opt(words(['x'])), info: 1 }])).toThrow(/must start with a word/);
  });
});

describe('what the clauses count that word lists miss (Davidson development sample read against the clauses)', () => {
  test.each([
    ['You can always gets da colored folk back in da cage', 'colored folk'],
    ['Shocked you didn\u2019t call him Uncle Tom', 'Uncle Tom'],
    ["He ain't fittin to front for these peckerwoods!", 'peckerwoods'],
    ['What a prick.', 'prick'],
    ['man wtf', 'wtf'],
    ['Spiritual Damn Things', 'Damn'],
    ['Jamal is a fool', 'is a fool'],
    ['jacob u look like a monkey in dis', 'u look like a monkey'],
    ["@imgooby you're not funny trash", "you're not funny trash"],
    ['All Okies are trash.', 'All Okies are trash'],
    ['Chili flakes. Eff you, Brian.', 'Eff you'],
    ['legitimizing the queer lifestyle', 'queer lifestyle'],
  ])('%s', (text, span) => expect(abuse(text, 'personal').map((f) => text.slice(f.start, f.end))).toContain(span));

  test.each([
    'My Uncle Tom is 80 on Sunday!',
    "We're reading Uncle Tom's Cabin in book club.",
    'Coloured pencils and paper are in the craft box.',
    'A small prick of the needle and it is done: book your flu jab.',
    'Strikes could cripple rail services this week.',
    'Damnation Alley is showing at the Plaza.',
    'Daisy is a cow who loves apples: come and meet her at the farm park.',
    'You look like a monkey in that costume!',
    "You're trash at Mario Kart and I love you.",
    'All our volunteers are amazing.',
  ])('ordinary: %s', (text) => expect(abuse(text, 'personal')).toEqual([]));
});
