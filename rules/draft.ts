import { z } from 'zod';

export const PLATFORMS = ['facebook', 'x', 'linkedin', 'instagram'] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

export const accountKindSchema = z.enum(['corporate', 'personal']);
export type AccountKind = z.infer<typeof accountKindSchema>;

/** post: a new post or caption; reply: a reply or comment; message: a direct message. */
export const composerKindSchema = z.enum(['post', 'reply', 'message']);
export type ComposerKind = z.infer<typeof composerKindSchema>;

/** A face box in the original image's pixels: [x, y, width, height]. */
export const faceSchema = z.object({
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  score: z.number().min(0).max(1),
});
export type Face = z.infer<typeof faceSchema>;

/**
 * What the rules know about an attached image. Never the pixels: the face detector runs
 * first and hands the rules its result. `faces: null` means detection failed, which the
 * rules must turn into a finding (never a silent pass); `pending` means it is still running.
 */
export const imageFactsSchema = z.object({
  id: z.string().max(128),
  name: z.string().max(300).optional(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  pending: z.boolean().optional(),
  faces: z.array(faceSchema).max(500).nullable(),
  gps: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  altText: z.string().max(2000).optional(),
  error: z.string().max(500).optional(),
});
export type ImageFacts = z.infer<typeof imageFactsSchema>;

/** The longest post any of the four sites accepts is Facebook's 63,206; leave room. */
export const MAX_DRAFT_LENGTH = 100_000;

export const draftSchema = z.object({
  text: z.string().max(MAX_DRAFT_LENGTH),
  images: z.array(imageFactsSchema).max(20).default([]),
});
export type Draft = z.input<typeof draftSchema>;

export const checkContextSchema = z.object({
  platform: platformSchema,
  account: accountKindSchema,
  composer: composerKindSchema.default('post'),
  /** When the post would go out; periods and quiet hours are judged against it. */
  now: z.coerce.date(),
  /**
   * The first post from this account since the browser started (TR-1 reminds people to make
   * clear they post in an official capacity). The background keeps this per account in
   * storage.session; absent means false.
   */
  firstPostOfSession: z.boolean().optional(),
});
export type CheckContext = z.input<typeof checkContextSchema>;
