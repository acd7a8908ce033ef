// `rollup -c` split over the machine's cores: the bundles are independent (one self-contained file
// each, 65 of them), and rollup makes a config's bundles one after the other, so each process makes
// every n-th bundle (UCLG_SHARD, read by rollup.config.mjs). Fails when any process fails.
import {spawn} from 'node:child_process';
import {availableParallelism} from 'node:os';

const shards = Math.max(1, Math.min(availableParallelism(), 4));
const rollup = new URL('../../node_modules/.bin/rollup', import.meta.url).pathname;
const codes = await Promise.all(
  Array.from(
    {length: shards},
    (_, shard) =>
      new Promise((resolve) =>
        spawn(rollup, ['-c', '--silent'], {
          stdio: 'inherit',
          env: {...process.env, UCLG_SHARD: `${shard}/${shards}`},
        }).on('close', resolve),
      ),
  ),
);
if (codes.some((code) => code !== 0)) process.exit(1);
