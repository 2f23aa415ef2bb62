import { defineDetector } from '../detector.ts';
import { phraseRegex, spansOf } from '../text/regex.ts';

const FOOTAGE = phraseRegex([
  'body cam', 'bodycam', 'body-cam', 'body cams', 'body worn video', 'body-worn video', 'body worn camera',
  'body-worn camera', 'body worn cameras', 'body-worn cameras', 'body worn footage', 'body-worn footage', 'BWV',
  'CCTV footage', 'CCTV images', 'CCTV image', 'CCTV stills', 'CCTV still', 'dashcam footage', 'dash cam footage',
  'doorbell footage', 'Ring doorbell footage', 'doorbell camera footage', 'helmet cam footage', 'drone footage',
]);

// Asking the public for their footage is not posting it.
const REQUEST_BEFORE = /(?:if\s+you\s+(?:have|had|captured|recorded)|do\s+you\s+have|anyone\s+with|upload|send\s+us|share\s+(?:your|any)|submit|hand\s+in|check\s+(?:your|any))[^.!?]{0,30}$/iu;

export default defineDetector({
  id: 'bodycam-footage',
  summary: 'Body-worn video, CCTV, dashcam or doorbell footage mentioned: people in it can be identified',
  find(scan) {
    return spansOf(FOOTAGE, scan.text).filter((s) => !REQUEST_BEFORE.test(scan.text.slice(Math.max(0, s.start - 60), s.start)));
  },
});
