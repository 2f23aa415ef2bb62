import { describe, expect, test } from 'vitest';
import { classifyHandOver, handOverMessage, type HandOverOutcome } from '../../../lib/images/hand-over.ts';

// Fingerprints of the previews a composer shows: o = the original, c = PostGuard's copy.
const o = 'original';
const c = 'copy';

describe('what the site did with the anonymised copy, from its previews', () => {
  test('in place of the original, the others left as they were', () => {
    expect(classifyHandOver(['x', o, 'y'], ['x', c, 'y'], o, c)).toBe('replaced');
    expect(classifyHandOver([o], [c], o, c)).toBe('replaced');
  });

  test('beside the original (X and Facebook add every pick): the original is still in the post', () => {
    expect(classifyHandOver([o], [o, c], o, c)).toBe('added');
    expect(classifyHandOver(['x', o], ['x', o, c], o, c)).toBe('added');
  });

  test('not at all: the same photos as before', () => {
    expect(classifyHandOver([o], [o], o, c)).toBe('not-taken');
  });

  test('anything else is unclear, never success: a photo lost, the copy twice, a preview that cannot be read or is not the copy', () => {
    expect(classifyHandOver(['x', o], [c], o, c)).toBe('unclear'); // the site dropped another photo
    expect(classifyHandOver([o], [o, c, c], o, c)).toBe('unclear');
    expect(classifyHandOver([o], [o, null], o, c)).toBe('unclear');
    expect(classifyHandOver([null], [c], o, c)).toBe('unclear');
    expect(classifyHandOver([o], [o, 're-encoded'], o, c)).toBe('unclear');
    expect(classifyHandOver(['x'], ['x', c], o, c)).toBe('unclear'); // the original was not shown to begin with
  });
});

describe('what the badge says after a hand-over', () => {
  const say = (outcome: HandOverOutcome) => handOverMessage(outcome, 'team-faces-blurred.jpg', 'photo 1 (“team.jpg”)');

  test('only "replaced" says the photo in the post is the copy', () => {
    expect(say('replaced')).toBe('The photo now in the post is an anonymised copy (faces blurred, location removed): team-faces-blurred.jpg.');
    for (const outcome of ['added', 'not-taken', 'no-input', 'unclear'] as const) expect(say(outcome)).not.toMatch(/now in the post/);
  });

  test('every other outcome tells the user to remove the original, naming it', () => {
    for (const outcome of ['added', 'not-taken', 'no-input', 'unclear'] as const) expect(say(outcome)).toMatch(/[Rr]emove the original, photo 1 \(“team\.jpg”\)/);
    expect(say('added')).toMatch(/kept the original beside it/);
    expect(say('added')).toMatch(/until then it is still in the post/);
    expect(say('not-taken')).toMatch(/did not take the anonymised copy, so it was downloaded/);
    expect(say('unclear')).toMatch(/could not confirm what the site did with it, so it was downloaded too/);
  });
});
