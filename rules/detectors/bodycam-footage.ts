import { defineDetector } from '../detector.ts';
import { phraseRegex, spansOf } from '../text/regex.ts';

const FOOTAGE = phraseRegex([
  'body cam', 'bodycam', 'body-cam', 'body cams', 'body worn video', 'body-worn video', 'body worn camera',
  'body-worn camera', 'body worn cameras', 'body-worn cameras', 'body worn footage', 'body-worn footage', 'BWV',
  'CCTV footage', 'CCTV images', 'CCTV image', 'CCTV stills', 'CCTV still', 'dashcam footage', 'dash cam footage',
  'doorbell footage', 'Ring doorbell footage', 'doorbell camera footage', 'helmet cam footage', 'drone footage',
]);

export default defineDetector({
  id: 'bodycam-footage',
  summary: 'Body-worn video, CCTV, dashcam or doorbell footage mentioned: people in it can be identified',
  find(scan) {
    return spansOf(FOOTAGE, scan.text);
  },
});
