import { z } from 'zod';
import { defineDetector } from '../detector.ts';

export default defineDetector({
  id: 'profile-flag',
  summary:
    'A switch in the profile: crisisMode (or a "crisis" period in force) makes every post need a named senior approver; reviewBeforePosting makes every post need review',
  options: z.strictObject({ flag: z.enum(['crisisMode', 'reviewBeforePosting']) }),
  find(scan, options) {
    const on =
      options.flag === 'crisisMode'
        ? scan.flags.crisisMode || scan.activePeriods().some((p) => p.kind === 'crisis')
        : scan.flags.reviewBeforePosting;
    return on ? [{}] : [];
  },
});
