// A temporary copy of the repository for the tests that change it and build it (a sixth element, a
// ninth language, a typo fix): its tracked files as they are on disk, and this checkout's
// node_modules linked in. Removed with `rmSync(copy, {recursive: true, force: true})`.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;

/** The repository's tracked files that exist on disk, by path from its root. */
export const trackedFiles = () =>
  execFileSync('git', ['ls-files', '-z'], {cwd: root, encoding: 'utf8'})
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));

/** A new folder named `uclg-<name>-…` holding a copy of the repository; its path. */
export function copyRepository(name) {
  const copy = mkdtempSync(join(tmpdir(), `uclg-${name}-`));
  for (const file of trackedFiles()) {
    mkdirSync(dirname(join(copy, file)), {recursive: true});
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}
