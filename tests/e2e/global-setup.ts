import { buildFixtures } from '../../scripts/build-fixtures.ts';

// Fixture pages are rebuilt on every run (a fraction of a second) so they never go stale.
export default async function setup(): Promise<void> {
  await buildFixtures();
}
