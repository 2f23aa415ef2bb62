import { defineDetector } from '../detector.ts';
import { phraseRegex, spansOf } from '../text/regex.ts';

const ARGUING = phraseRegex([
  'you\'re wrong', 'you are wrong', 'youre wrong', 'you\'re mistaken', 'you are mistaken', 'that\'s not true',
  'that is not true', 'that is simply untrue', 'that\'s simply untrue', 'that\'s rubbish', 'that is rubbish',
  'that\'s nonsense', 'that is nonsense', 'complete nonsense', 'utter nonsense', 'total rubbish', 'you clearly',
  'you obviously', 'do your research', 'do some research', 'get your facts right', 'get your facts straight',
  'read the post', 'read it again', 'as we already said', 'as we\'ve already said', 'as we have already said',
  'how dare you', 'stop complaining', 'stop moaning', 'you people', 'frankly', 'ridiculous', 'pathetic', 'grow up',
  'get a life', 'not our problem', 'not our fault', 'deal with it', 'whatever', 'if you don\'t like it',
]);

export default defineDetector({
  id: 'arguing',
  summary: 'Arguing with or criticising a member of the public: "you\'re wrong", "do your research", "stop complaining", "get a life"',
  find(scan) {
    return spansOf(ARGUING, scan.text);
  },
});
