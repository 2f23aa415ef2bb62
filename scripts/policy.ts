// Minimal dispatcher so `npm run policy -- faces ...` runs on the faces branch. The CLI
// issue replaces this file with the full CLI, which calls runFacesCommand the same way.
import { runFacesCommand } from '../lib/faces/cli.ts';

const [command, ...rest] = process.argv.slice(2);
if (command === 'faces') {
  process.exitCode = await runFacesCommand(rest);
} else {
  console.error('usage: npm run policy -- faces <image>... [--json]');
  process.exitCode = 2;
}
