import { defineDetector } from '../detector.ts';
import { findEmails, isRoleMailbox } from '../text/emails.ts';

export default defineDetector({
  id: 'email-address',
  summary:
    "An individual's email address (first.last@, any freemail address); shared mailboxes such as enquiries@ or customer.services@ are not personal data",
  find(scan) {
    return scan
      .memo('emails', () => findEmails(scan.text))
      .filter((e) => !isRoleMailbox(e, scan.org.roleMailboxes))
      .map((e) => ({ start: e.start, end: e.end }));
  },
});
