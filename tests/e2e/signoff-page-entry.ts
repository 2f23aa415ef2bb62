// Bundled by signoff-harness.ts for the e2e tests: the real dialog and messaging modules,
// exposed on a global so a test can render the dialog in a page and record through the
// real background. Not part of the extension.
import { openSignOffDialog } from '../../lib/signoff/dialog.ts';
import { requestSignOff } from '../../lib/signoff/request-sign-off.ts';
import { sendMessage } from '../../lib/messaging.ts';

(globalThis as unknown as { __postguardSignOff: unknown }).__postguardSignOff = { openSignOffDialog, requestSignOff, sendMessage };
