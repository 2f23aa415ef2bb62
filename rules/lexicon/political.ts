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
  'Reform candidate', 'Independent candidate', 'Green team', 'Green councillors', 'Green MP', 'Green MPs',
  'Green leader', 'ruling group', 'ruling party', 'opposition group', 'opposition councillors',
];
/** Matched case-sensitively, and only when not followed by an ordinary-use word. */
export const PARTIES_CAPITALISED = ['Labour', 'Conservatives', 'Conservative', 'the Greens', 'Greens', 'Reform'];
export const ORDINARY_AFTER =
  /^[\s-]+(?:ward|wards|market|markets|costs?|shortages?|suite|pains?|day|force|intensive|law|laws|relations|camp|camps|of\s+love|exploitation|inspectors?|agency|agencies|estimate|estimates|approach|management|area|areas|measures?|treatment|option|options|value|values|figures?|reform|reforms|act|bill|programme|of\s+the|to\s+the|in\s+the|school|schools|movement|trust|society|club)(?![\p{L}])/iu;

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
  /(?<![\p{L}])(?:results?|declared|declaration|(?<!(?:get|gets|getting|be|being|to)\s+)(?:re-?)?elected|\d[\d,]*\s+(?:seats?|votes?|councillors?)|seats?\s*:|votes?\s*:|majority\s+of|turnout|returning\s+officer|vote\s+share|share\s+of\s+the\s+vote|no\s+overall\s+control)(?![\p{L}])/iu;
/** "Labour hold Fleet West", "Green gain from Labour": held or gained a ward, not a meeting. */
export const RESULT_HOLD = /(?<![\p{L}])(?:[Hh]olds?|[Hh]eld|[Gg]ains?|[Gg]ained)\s+(?:\p{Lu}|from(?![\p{L}])|(?:the\s+)?(?:seat|ward|division)(?![\p{L}]))/u;
/** Words that turn a result into a view on it. */
export const RESULT_OPINION =
  /(?<![\p{L}])(?:congratulations|congrats|well\s+done|delighted|thrilled|proud|great|brilliant|fantastic|amazing|deserved|disaster|disgrace|shame|shameful|sadly|unfortunately|finally|at\s+last|only\s+party|best|worst|failed|failing|thank\s+you\s+to\s+everyone\s+who\s+voted|!)(?![\p{L}])/iu;

/** Surnames and first names no ordinary sentence uses, so matched in any case ("cant stand farage"). */
export const POLITICIANS_ANY_CASE = ['Farage', 'Starmer', 'Badenoch', 'Sunak', 'Corbyn', 'Rayner', 'Keir', 'Braverman', 'Jenrick', 'Streeting', 'Polanski'];

/** Matched case-sensitively; the surnames above are matched in any case on their own. */
export const POLITICIANS = [
  'Keir Starmer', 'Rishi Sunak', 'Kemi Badenoch', 'Nigel Farage',
  'Ed Davey', 'Rachel Reeves', 'Angela Rayner', 'Jeremy Corbyn', 'Liz Truss', 'Boris Johnson',
  'Theresa May', 'David Cameron', 'Yvette Cooper', 'Wes Streeting', 'Suella Braverman', 'Robert Jenrick',
  'John Swinney', 'Humza Yousaf', 'Nicola Sturgeon', 'Zack Polanski', 'Carla Denyer', 'Adrian Ramsay',
  'Rhun ap Iorwerth', 'Richard Tice', 'Lee Anderson', 'Priti Patel', 'James Cleverly', 'Ed Miliband',
  'Donald Trump', 'Trump', 'Joe Biden', 'Biden', 'Kamala Harris', 'Sadiq Khan', 'Andy Burnham',
];

// A party named the loose way people write it in a vote call ("voting labour", "lib dems all the way").
const PARTY = String.raw`(?:labour|conservatives?|tory|tories|lib\s*dems?|liberal\s+democrats?|reform(?:\s+uk)?|greens?|the\s+greens|snp|plaid(?:\s+cymru)?|ukip|independents?)`;

// Urging people how to vote, or campaigning: political whoever the party is.
export const ENDORSEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:vote|votes|voting|voted|lend\s+(?:us\s+)?your\s+vote\s+to|your\s+vote\s+to)\s+(?:for\s+)?(?:the\s+)?${PARTY}`,
      // Backing and supporting are ordinary before "green jobs" or "independent shops".
      String.raw`(?:backing|supporting|endorsing)\s+(?:the\s+)?(?:labour|conservatives?|tory|tories|lib\s*dems?|liberal\s+democrats?|reform\s+uk|the\s+greens|green\s+party|snp|plaid)`,
      String.raw`${PARTY}\s+(?:all\s+the\s+way|or\s+nothing|for\s+the\s+win|ftw|till\s+i\s+die|landslide)`,
      String.raw`vote\s+(?:them|him|her|the\s+\w+)\s+out`,
      String.raw`(?:re-?elect|elect)\s+(?:labour|conservative|the\s+\w+\s+candidate|our\s+candidate|him|her|them|me|us)`,
      String.raw`support\s+(?:our|the)\s+(?:labour|conservative|tory|lib\s*dem|reform|green)?\s*candidate`,
      String.raw`our\s+candidate|campaigning\s+for|canvassing\s+for|out\s+canvassing|door-?knocking\s+for|leafleting\s+for`,
      // Standing for election, and the campaign itself: political on an organisation's account.
      String.raw`standing\s+(?:for\s+(?:re-?election|election|the\s+council|council|parliament)|again\s+(?:in|at|for)|in\s+the\s+(?:\w+\s+)?(?:election|elections|by-election))`,
      String.raw`(?:re-?election|election)\s+campaign|campaign\s+(?:page|launch|leaflets?|trail|office|hq)|and\s+candidate|mark\s+your\s+cross\s+(?:next\s+to|by|for)|put\s+your\s+cross\s+(?:next\s+to|by|for)`,
      String.raw`${PARTY}[\s-]+(?:run|led|controlled)\s+(?:council|administration|authority|county|government)`,
      String.raw`get\s+the\s+tories\s+out|tories\s+out|toryout|tories?\s+must\s+go|labour\s+out`,
      String.raw`#?(?:gtto|votelabour|voteconservative|votetory|votereform|votegreen|votelibdem|votesnp|voteplaid|toriesout|labourout|reformuk)(?:\d{2,4})?`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu',
);
// "Re-elect Jane Smith", "vote for Councillor Jones", "voting for Priya Shah in Castle ward",
// "Anna Kowalski has my vote", "give Martin Hale your second preference": a named person, so
// the name is matched case-sensitively.
const NAME = String.raw`(?:Cllr\.?\s+|Councillor\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}`;
export const ENDORSE_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:[Rr]e-?elect|RE-ELECT|[Vv]ote\s+for\s+(?:Cllr\.?|Councillor))\s+${NAME}`,
      String.raw`(?:[Vv]oting|[Vv]ote|[Bb]acking|[Ee]ndorsing|[Ee]ndorse)\s+(?:for\s+)?${NAME}\s+(?:in|for)\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:ward|division|constituency|by-election)`,
      String.raw`${NAME}\s+(?:has|gets|got|will\s+get)\s+my\s+(?:vote|first\s+preference|second\s+preference|cross)`,
      String.raw`[Gg]ive\s+${NAME}\s+your\s+(?:vote|first\s+preference|second\s+preference|cross)`,
    ].join('|') +
    ')',
  'gu',
);

// Political issues: fine for a council to inform about, but staff should keep their own
// views off personal accounts (HT-9). Only used at info level, on personal accounts.
export const ISSUES = [
  'Brexit', 'Brexiteers', 'remoaners', 'the government', 'this government', 'Westminster', 'austerity',
  'Rwanda scheme', 'Rwanda plan', 'small boats', 'stop the boats', 'Prime Minister', 'Home Secretary',
  'Chancellor', 'Downing Street', 'manifesto', 'left-wing', 'right-wing', 'lefties', 'leftie',
  'immigration policy', 'Parliament', 'MPs', 'cabinet minister',
  'the opposition', 'two-child cap', 'winter fuel', 'ULEZ', 'Net Zero', 'HS2', 'junior doctors strike',
  'two-child limit', 'two-child benefit cap', 'rejoin the EU', 'rejoined the EU', 'rejoining the EU',
  'rejoin the European Union', 'public ownership', 'nationalise', 'nationalised', 'nationalisation', 'renationalise',
  'renationalisation', 'wealth tax', 'tax the rich', 'super-rich', 'House of Lords', 'mass immigration',
  'illegal immigrants', 'illegal immigration', 'illegal migrants', 'asylum hotels', 'bring back grammar schools',
];
