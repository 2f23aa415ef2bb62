import { defineDetector } from '../detector.ts';
import { phraseRegex, spansOf } from '../text/regex.ts';

const OPINION = phraseRegex([
  'I think', 'I believe', 'I feel that', 'in my opinion', 'in my view', 'my view is', 'my opinion', 'personally',
  'if you ask me', 'IMO', 'IMHO', 'to be honest', 'TBH', 'I reckon', 'my personal view', 'speaking personally',
]);

export default defineDetector({
  id: 'personal-opinion',
  summary: 'Personal opinion in the organisation\'s voice: "I think", "in my opinion", "IMO", "personally"',
  find(scan) {
    return spansOf(OPINION, scan.text);
  },
});
