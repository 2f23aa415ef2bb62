import { defineDetector } from '../detector.ts';

export default defineDetector({
  id: 'official-capacity',
  summary: 'The first post of a session from an organisation account (context.firstPostOfSession)',
  find(scan) {
    return scan.context.firstPostOfSession ? [{}] : [];
  },
});
