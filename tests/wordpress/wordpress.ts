/**
 * A real WordPress for the plugin's end-to-end test: Debian's wordpress, mariadb-server and PHP
 * packages (installed with apt when missing), a private MariaDB data directory and a standalone
 * Apache on 127.0.0.1, both started here and stopped by `stop()`. Nothing of the machine's own
 * configuration is used or changed except one config file, /etc/wordpress/config-<name>.php
 * (Debian's WordPress reads its configuration only from there), removed by `stop()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's packages the test needs. The Twenty Twenty-Three theme is only a recommendation of
 * `wordpress`, and `--no-install-recommends` leaves it out: without it every front-end page is empty.
 */
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql', 'libapache2-mod-php'];
const WP = '/usr/share/wordpress';

/** Why the test cannot run here, or undefined when it can (root with apt, or the packages already there). */
export function cannotRun(): string | undefined {
  const installed = PACKAGES.every((p) => {
    try {
      return execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).includes('install ok installed');
    } catch {
      return false;
    }
  });
  if (installed) return undefined;
  if (process.getuid?.() !== 0)
    return `not root: installing ${PACKAGES.join(' ')} needs root (sudo apt-get install -y ${PACKAGES.join(' ')})`;
  if (!existsSync('/usr/bin/apt-get')) return 'apt-get is not available (the test needs Debian packages)';
  return undefined;
}

/** Installs the packages with apt when any is missing. */
export function installPackages(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const missing = PACKAGES.filter((p) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).includes('install ok installed');
    } catch {
      return true;
    }
  });
  if (!missing.length) return;
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, ms = 30000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start within ${ms / 1000} s`);
}

/** A running WordPress. */
export interface WordPress {
  url: string;
  /** wp-content of this install (plugins, uploads). */
  content: string;
  /** Runs PHP with WordPress loaded, `input` on its standard input; returns what it prints. */
  php(code: string, input?: string): string;
  /** Stops Apache and MariaDB and removes everything this run created. */
  stop(): Promise<void>;
}

/** Starts MariaDB and Apache and installs WordPress (admin / the given password). */
export async function startWordPress(adminPassword: string): Promise<WordPress> {
  const dir = mkdtempSync(join(tmpdir(), 'ms-ee-wordpress-'));
  chmodSync(dir, 0o755);
  const name = `ms-ee-e2e-${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const [dbPort, webPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${webPort}`;
  const children: ChildProcess[] = [];
  const apacheEnv = { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir };
  const stop = async () => {
    try {
      execFileSync('apache2', ['-f', join(dir, 'apache.conf'), '-k', 'stop'], { stdio: 'ignore', env: apacheEnv });
      await waitFor('Apache to stop', () => !existsSync(join(dir, 'apache.pid')), 10000).catch(() => undefined);
    } catch {
      // Not started.
    }
    for (const child of children) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a fresh data directory, TCP on loopback only.
    const data = join(dir, 'db');
    const run = join(dir, 'run');
    for (const d of [data, run]) {
      mkdirSync(d);
      chownSync(d, uid('mysql'), gid('mysql'));
    }
    execFileSync(
      'mariadb-install-db',
      ['--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db'],
      {
        stdio: 'ignore',
      },
    );
    const socket = join(run, 'mysqld.sock');
    const db = spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(run, 'mysqld.pid')}`,
        '--innodb-buffer-pool-size=64M',
        '--performance-schema=OFF',
        '--skip-log-bin',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(db);
    let dbLog = '';
    db.stderr?.on('data', (d) => (dbLog += String(d)));
    await waitFor('MariaDB', () => {
      if (db.exitCode !== null) throw new Error(`MariaDB exited (${db.exitCode})`);
      return existsSync(socket);
    }).catch((e: Error) => {
      throw new Error(`${e.message}\n${dbLog}`);
    });
    const sql =
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';";
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', sql]);

    // wp-content of its own: the theme from Debian's package, empty plugins, writable uploads.
    const content = join(dir, 'wp-content');
    for (const sub of ['themes', 'plugins', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
    const theme = `${WP}/wp-content/themes/twentytwentythree`;
    if (!existsSync(theme)) throw new Error(`${theme} is missing: install wordpress-theme-twentytwentythree (every page would be empty)`);
    symlinkSync(theme, join(content, 'themes/twentytwentythree'));
    execFileSync('chown', ['-R', 'www-data:www-data', content]);
    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ]
      .map((k) => `define('${k}', '${k.toLowerCase()}-${Math.random().toString(36).slice(2)}');`)
      .join('\n');
    writeFileSync(
      config,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_DEBUG_DISPLAY', false);
${salts}
`,
    );

    // Apache with mod_php; enough workers that the browser never waits on keep-alive.
    const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'env', 'rewrite'];
    writeFileSync(
      join(dir, 'apache.conf'),
      `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${webPort}
PidFile ${dir}/apache.pid
ErrorLog ${dir}/apache-error.log
Mutex file:${dir}
User www-data
Group www-data
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
TypesConfig /etc/mime.types
StartServers 10
MinSpareServers 10
MaxSpareServers 20
MaxRequestWorkers 32
KeepAlive On
DirectoryIndex index.php index.html
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${name}
DocumentRoot ${WP}
Alias /wp-content ${content}
<Directory />
  AllowOverride None
  Require all granted
</Directory>
`,
    );
    execFileSync('apache2', ['-f', join(dir, 'apache.conf'), '-k', 'start'], { stdio: 'inherit', env: apacheEnv });
    await waitFor('Apache', async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).status > 0;
      } catch {
        return false;
      }
    });

    // The installer, as a person would submit it.
    const form = new URLSearchParams({
      weblog_title: 'Clinic',
      user_name: 'admin',
      admin_password: adminPassword,
      admin_password2: adminPassword,
      pw_weak: '1',
      admin_email: 'admin@example.invalid',
      blog_public: '0',
      language: '',
    });
    const installed = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const text = await installed.text();
    if (!text.includes('Success!')) throw new Error(`WordPress did not install:\n${text.slice(0, 2000)}`);

    const php = (code: string, input = ''): string => {
      const file = join(dir, `run-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${webPort}';
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$_SERVER['REQUEST_METHOD'] = 'GET';
require '${WP}/wp-load.php';
${code}
`,
      );
      return execFileSync('php', [file], { encoding: 'utf8', input });
    };
    return { url, content, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}
