import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

const RUN = /[!?]*!{3,}[!?]*|(?:[!?]{2}){2,}|[!¡]{2,}[?]{2,}/gu;

export default defineDetector({
  id: 'exclamation-marks',
  summary: 'Three or more exclamation marks in a row ("!!!", "?!?!")',
  find(scan) {
    return spansOf(RUN, scan.text);
  },
});
