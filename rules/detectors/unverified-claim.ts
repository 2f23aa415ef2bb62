import { defineDetector } from '../detector.ts';
import { phraseRegex, spansOf } from '../text/regex.ts';

const HEDGES = phraseRegex([
  'unconfirmed', 'unconfirmed reports', 'unverified', 'not yet confirmed', 'yet to be confirmed', 'rumour', 'rumours',
  'rumoured', 'rumor', 'rumors', 'rumored', 'allegedly', 'reportedly', 'it is believed', 'it\'s believed',
  'sources say', 'sources tell us', 'we\'ve heard', 'we have heard', 'we are hearing', 'we\'re hearing', 'word is',
  'reports suggest', 'reports are coming in', 'apparently', 'hearsay', 'speculation', 'we think that', 'possibly',
]);

export default defineDetector({
  id: 'unverified-claim',
  summary: 'Hedges that mean a claim is not verified: "unconfirmed reports", "rumour", "allegedly", "sources say"',
  find(scan) {
    return spansOf(HEDGES, scan.text);
  },
});
