// A throwaway WordPress for tests: Debian's `wordpress` package on a MariaDB of its own, served by
// PHP's built-in server on 127.0.0.1, next to a static server for a copy of a dist/ folder on
// 127.0.0.1:8080 (WordPress's safe-URL check fetches a loopback address only on the site's own
// host and on ports 80, 443 and 8080, so oEmbed discovery reaches it). Everything it starts or
// writes (processes, the temporary folder, its file in /etc/wordpress) goes away with stop().
import {execFile, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {serve} from '../../../scripts/tools/serve.mjs';

const run = promisify(execFile);
const wordpress = '/usr/share/wordpress';
const theme = `${wordpress}/wp-content/themes/twentytwentythree`;
const installer = new URL('install.php', import.meta.url).pathname;

/** What the test needs from Debian, each with the package that brings it. */
const needs = [
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  ['/usr/bin/mariadb', 'mariadb-client'],
  ['/usr/bin/php', 'php-cli'],
  [`${wordpress}/wp-config.php`, 'wordpress'],
  [theme, 'wordpress-theme-twentytwentythree'],
];

/**
 * The Debian packages missing for this test, php-mysql included (PHP without mysqli cannot talk to
 * MariaDB); empty when everything is there.
 */
export async function missingPackages() {
  const missing = needs.filter(([path]) => !existsSync(path)).map(([, name]) => name);
  if (existsSync('/usr/bin/php')) {
    const {stdout} = await run('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";']);
    if (stdout !== 'yes') missing.push('php-mysql');
  }
  return [...new Set(missing)];
}

/** Resolves with `port` (0: any free one) once nothing listens on it, or rejects. */
function freePort(port = 0) {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `check` resolves, retrying every 100 ms; rejects after `ms` or when `died` says why. */
async function until(what, check, {ms = 30000, died = () => undefined} = {}) {
  const end = Date.now() + ms;
  for (;;) {
    const why = died();
    if (why) throw new Error(`${what}: ${why}`);
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end)
        throw new Error(`${what}: not ready after ${ms / 1000} s (${error.message})`, {cause: error});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Starts `command` in a process group of its own, so stopping it stops its children too. */
function start(command, args, {log, env} = {}) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, ...env},
  });
  child.stderrText = '';
  child.stderr.on('data', (chunk) => {
    child.stderrText += chunk;
    if (log) writeFileSync(log, chunk, {flag: 'a'});
  });
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  return child;
}

/** SIGTERMs the process group `child` leads, then SIGKILLs it if it is still there after 10 s. */
async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10000);
  await child.exited;
  clearTimeout(timer);
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB, installs and serves WordPress, and serves a copy of `dist` (a built dist/ folder,
 * but its storybook/) on http://127.0.0.1:8080/. Resolves with
 * `{url, dist, users, get, post, stop}`: `url` is the site's address, `dist` the copy's path (to
 * rewrite files in), `users.administrator` and `users.author` hold each user's login and application
 * password, `get(role, route, params)` calls the REST API as that user, `post(role, fields)`
 * publishes a post as that user through it and resolves with WordPress's answer (`link`,
 * `content.raw`, …). Call `stop()` at the end, even on failure.
 */
export async function startWordPress({dist}) {
  const missing = await missingPackages();
  if (missing.length) {
    throw new Error(
      `The WordPress test needs Debian packages that are missing: ${missing.join(', ')}. ` +
        `Install them with \`apt-get install -y --no-install-recommends ${missing.join(' ')}\` (as .ci/run does).`,
    );
  }
  const root = process.getuid?.() === 0;
  const name = `uclg-widgets-test-${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const folder = mkdtempSync(join(tmpdir(), 'uclg-wordpress-'));
  const processes = [];
  let distServer;

  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      distServer?.closeAllConnections?.();
      await new Promise((resolve) => (distServer ? distServer.close(resolve) : resolve()));
      await Promise.all(processes.map(stopProcess));
      rmSync(config, {force: true});
      rmSync(folder, {recursive: true, force: true});
      process.off('exit', stopNow);
      for (const signal of signals) process.off(signal, stopAndExit);
    })());
  // MariaDB and PHP run in process groups of their own, so they would outlive this process: if it
  // exits or is interrupted without calling stop(), leave nothing behind all the same.
  const stopNow = () => {
    for (const child of processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(config, {force: true});
    rmSync(folder, {recursive: true, force: true});
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const stopAndExit = (signal) => {
    stopNow();
    process.exit(128 + ({SIGINT: 2, SIGTERM: 15, SIGHUP: 1}[signal] ?? 0));
  };
  process.on('exit', stopNow);
  for (const signal of signals) process.once(signal, stopAndExit);

  try {
    // MariaDB, from a data directory of its own, reached over TCP by a user of its own.
    const data = join(folder, 'mariadb');
    const socket = join(folder, 'mariadb.sock');
    const asRoot = root ? ['--user=root'] : [];
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      ...asRoot,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ]);
    const dbPort = await freePort();
    const log = join(folder, 'mariadb.log');
    const mariadb = start('mariadbd', [
      '--no-defaults',
      ...asRoot,
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--port=${dbPort}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--pid-file=${join(folder, 'mariadb.pid')}`,
      `--log-error=${log}`,
    ]);
    processes.push(mariadb);
    const sql = (statement) => run('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '-e', statement]);
    await until('MariaDB', () => sql('SELECT 1'), {
      died: () =>
        mariadb.exitCode !== null && `exited (${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''})`,
    });
    const dbPassword = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    await sql(
      `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${dbPassword}'; ` +
        `GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
    );

    // WordPress: Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php; content
    // (themes, uploads) lives in the temporary folder, the theme linked from its package.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const content = join(folder, 'wp-content');
    for (const sub of ['themes', 'plugins', 'uploads']) mkdirSync(join(content, sub), {recursive: true});
    symlinkSync(theme, join(content, 'themes', 'twentytwentythree'));
    const salt = () => phpString(Math.random().toString(36).repeat(3));
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    try {
      writeFileSync(
        config,
        [
          '<?php',
          `// Written by ${new URL(import.meta.url).pathname} for one test run; removed when it ends.`,
          `define('DB_NAME', 'wordpress');`,
          `define('DB_USER', 'wordpress');`,
          `define('DB_PASSWORD', ${phpString(dbPassword)});`,
          `define('DB_HOST', '127.0.0.1:${dbPort}');`,
          `define('WP_HOME', '${url}');`,
          `define('WP_SITEURL', '${url}');`,
          `define('WP_CONTENT_DIR', ${phpString(content)});`,
          // Application passwords over http are allowed on a 'local' site only.
          `define('WP_ENVIRONMENT_TYPE', 'local');`,
          // No calls home, no background jobs: only the site's own host (and so the dist server) is fetched.
          `define('WP_HTTP_BLOCK_EXTERNAL', true);`,
          `define('DISABLE_WP_CRON', true);`,
          `define('AUTOMATIC_UPDATER_DISABLED', true);`,
          ...keys.map((key) => `define('${key}', ${salt()});`),
          '',
        ].join('\n'),
      );
    } catch (error) {
      throw new Error(`Cannot write ${config} (the WordPress test must run as root): ${error.message}`, {cause: error});
    }
    const {stdout} = await run('php', [installer], {env: {...process.env, UCLG_WP_CONFIG: name, UCLG_WP_URL: url}});
    const users = JSON.parse(stdout.trim().split('\n').at(-1));

    // PHP's built-in server does not put the environment in $_SERVER: a prepended file names the config.
    const prepend = join(folder, 'prepend.php');
    writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const php = start('php', ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', wordpress], {
      env: {PHP_CLI_SERVER_WORKERS: '4'},
    });
    processes.push(php);
    await until(
      'PHP',
      () => fetch(`${url}/wp-login.php`).then((r) => r.ok || Promise.reject(new Error(`HTTP ${r.status}`))),
      {
        died: () => php.exitCode !== null && `exited (${php.stderrText.slice(-2000)})`,
      },
    );

    const copy = join(folder, 'dist');
    cpSync(dist, copy, {recursive: true, filter: (path) => !/^\/?storybook$/.test(path.slice(dist.length))});
    // serve() resolves once listening and has no error path: make sure 8080 is free first.
    await freePort(8080).catch((error) => {
      throw new Error(
        `Cannot serve dist/ on 127.0.0.1:8080 (${error.code ?? error.message}): another server is using it.`,
      );
    });
    distServer = await serve(8080, {root: copy, policy: null});

    /** Calls the REST API as `role` (no pretty permalinks: ?rest_route=); resolves with the JSON. */
    async function rest(role, method, route, {params = {}, body} = {}) {
      const {login, password} = users[role];
      const query = new URLSearchParams({rest_route: route, ...params});
      const response = await fetch(`${url}/?${query}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
        },
        body: body && JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok)
        throw new Error(`${method} ${route} as ${role}: HTTP ${response.status} ${JSON.stringify(json)}`);
      return json;
    }
    const get = (role, route, params) => rest(role, 'GET', route, {params});
    /** Publishes a post as `role`; resolves with it as the editor sees it (`content.raw`, `link`). */
    const post = (role, fields) =>
      rest(role, 'POST', '/wp/v2/posts', {params: {context: 'edit'}, body: {status: 'publish', ...fields}});

    return {url, dist: copy, users, get, post, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}
