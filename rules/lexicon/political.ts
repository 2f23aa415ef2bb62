// UK party-political words. Parties and politicians are named in full or by names no
// ordinary sentence uses; "Labour" and "Conservative" are matched with a capital letter
// and not before the words that make them ordinary ("labour ward", "conservative estimate").

export const PARTIES_ANY_CASE = [
  'Labour Party', 'Labour Party’s', 'Conservative Party', 'Conservative and Unionist Party', 'Tory', 'Tories',
  'Liberal Democrats', 'Liberal Democrat', 'Lib Dems', 'Lib Dem', 'LibDems', 'LibDem', 'Reform UK', 'Reform Party',
  'Green Party', 'Scottish Greens', 'SNP', 'Scottish National Party', 'Plaid Cymru', 'DUP', 'Democratic Unionist Party',
  'Sinn Féin', 'Sinn Fein', 'UKIP', 'SDLP', 'UUP', 'Alliance Party', 'Brexit Party', 'Workers Party',
  'Co-operative Party', 'Labour and Co-operative', 'Labour councillor', 'Labour councillors', 'Labour MP',
  'Labour MPs', 'Labour candidate', 'Labour government', 'Labour leader', 'Tory councillor', 'Tory MP',
  'Conservative councillor', 'Conservative councillors', 'Conservative MP', 'Conservative MPs',
  'Conservative candidate', 'Conservative government', 'Green councillor', 'Green candidate', 'Reform councillor',
  'Reform candidate', 'Independent candidate',
];
/** Matched case-sensitively, and only when not followed by an ordinary-use word. */
export const PARTIES_CAPITALISED = ['Labour', 'Conservatives', 'Conservative', 'the Greens', 'Greens', 'Reform'];
export const ORDINARY_AFTER =
  /^[\s-]+(?:ward|wards|market|markets|costs?|shortages?|suite|pains?|day|force|intensive|law|laws|relations|camp|camps|of\s+love|exploitation|inspectors?|agency|agencies|estimate|estimates|approach|management|area|areas|measures?|treatment|option|options|value|values|figures?|reform|reforms|act|bill|programme|of\s+the|to\s+the|in\s+the|school|schools|movement|trust|society|club)(?![\p{L}])/u;

/** "Reform" is also a noun: "Reform of adult social care", "Reform to parking charges". */
export const REFORM_ORDINARY_AFTER =
  /^[\s-]+(?:of|to|for|on|in|plans?|proposals?|consultation|programme|agenda|package)(?![\p{L}])/u;

/**
 * An election result, as the returning officer publishes it: seats and votes counted, who was
 * elected, who held or gained a ward. A party or candidate named in such a sentence is
 * information, not support ("Labour hold Fleet West", "Jane Doe (Conservative) elected with
 * 1,204 votes").
 */
export const RESULT =
  /(?<![\p{L}])(?:results?|declared|declaration|(?:re-?)?elected|\d[\d,]*\s+(?:seats?|votes?|councillors?)|seats?\s*:|votes?\s*:|majority\s+of|turnout|returning\s+officer|vote\s+share|share\s+of\s+the\s+vote|no\s+overall\s+control)(?![\p{L}])/iu;
/** "Labour hold Fleet West", "Green gain from Labour": held or gained a ward, not a meeting. */
export const RESULT_HOLD = /(?<![\p{L}])(?:[Hh]olds?|[Hh]eld|[Gg]ains?|[Gg]ained)\s+(?:\p{Lu}|from(?![\p{L}])|(?:the\s+)?(?:seat|ward|division)(?![\p{L}]))/u;
/** Words that turn a result into a view on it. */
export const RESULT_OPINION =
  /(?<![\p{L}])(?:congratulations|congrats|well\s+done|delighted|thrilled|proud|great|brilliant|fantastic|amazing|deserved|disaster|disgrace|shame|shameful|sadly|unfortunately|finally|at\s+last|only\s+party|best|worst|failed|failing|thank\s+you\s+to\s+everyone\s+who\s+voted|!)(?![\p{L}])/iu;

export const POLITICIANS = [
  'Starmer', 'Keir Starmer', 'Sunak', 'Rishi Sunak', 'Badenoch', 'Kemi Badenoch', 'Farage', 'Nigel Farage',
  'Ed Davey', 'Rachel Reeves', 'Angela Rayner', 'Corbyn', 'Jeremy Corbyn', 'Liz Truss', 'Boris Johnson',
  'Theresa May', 'David Cameron', 'Yvette Cooper', 'Wes Streeting', 'Suella Braverman', 'Robert Jenrick',
  'John Swinney', 'Humza Yousaf', 'Nicola Sturgeon', 'Zack Polanski', 'Carla Denyer', 'Adrian Ramsay',
  'Rhun ap Iorwerth', 'Richard Tice', 'Lee Anderson', 'Priti Patel', 'James Cleverly', 'Ed Miliband',
  'Donald Trump', 'Trump', 'Joe Biden', 'Biden', 'Kamala Harris', 'Sadiq Khan', 'Andy Burnham',
];

// Urging people how to vote, or campaigning: political whoever the party is.
export const ENDORSEMENT =
  /(?<![\p{L}])(?:vote\s+(?:for\s+)?(?:labour|conservative|tory|tories|lib\s*dems?|liberal\s+democrats?|reform|green|the\s+greens|snp|plaid|ukip|independent)|vote\s+(?:them|him|her|the\s+\w+)\s+out|(?:re-?elect|elect)\s+(?:labour|conservative|the\s+\w+\s+candidate|our\s+candidate)|support\s+(?:our|the)\s+(?:labour|conservative|tory|lib\s*dem|reform|green)?\s*candidate|our\s+candidate|campaigning\s+for|canvassing\s+for|out\s+canvassing|get\s+the\s+tories\s+out|tories\s+out|toryout|tories?\s+must\s+go|labour\s+out|#?gtto|#?votelabour|#?voteconservative|#?votetory|#?votereform|#?votegreen|#?votelibdem|#?votesnp|#?toriesout|#?labourout|#?reformuk)(?![\p{L}\p{N}])/giu;
// "Re-elect Jane Smith", "vote for Councillor Jones": a named person, so case-sensitive.
export const ENDORSE_PERSON =
  /(?<![\p{L}])(?:[Rr]e-?elect|RE-ELECT|[Vv]ote\s+for\s+(?:Cllr\.?|Councillor))\s+(?:Cllr\.?\s+|Councillor\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/gu;

// Political issues: fine for a council to inform about, but staff should keep their own
// views off personal accounts (HT-9). Only used at info level, on personal accounts.
export const ISSUES = [
  'Brexit', 'Brexiteers', 'remoaners', 'the government', 'this government', 'Westminster', 'austerity',
  'Rwanda scheme', 'Rwanda plan', 'small boats', 'stop the boats', 'Prime Minister', 'Home Secretary',
  'Chancellor', 'Downing Street', 'manifesto', 'left-wing', 'right-wing', 'lefties', 'leftie',
  'immigration policy', 'Parliament', 'MPs', 'cabinet minister',
  'the opposition', 'two-child cap', 'winter fuel', 'ULEZ', 'Net Zero', 'HS2', 'junior doctors strike',
];
