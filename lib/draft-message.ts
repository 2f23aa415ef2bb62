import { z } from 'zod';
import { composerKindSchema, draftSchema, platformSchema } from '../rules/draft.ts';

/**
 * The checkDraft payload as it crosses from a content script to the background. The
 * background parses it with this schema: a page can script its way into a content
 * script's messages, so nothing here is trusted.
 */
export const draftMessageSchema = z.object({
  /** Stable per composer element for the page's lifetime: one tab can hold several. */
  composerId: z.string().max(64),
  platform: platformSchema,
  composer: composerKindSchema,
  /** The posting identity as the page shows it (handle or Page name), if found. */
  handle: z.string().max(200).nullable(),
  draft: draftSchema,
});
export type DraftMessage = z.input<typeof draftMessageSchema>;
