/**
 * A real nginx terminating TLS in front of a test server, run as an ordinary
 * process: its own prefix, configuration, error log and pid in a temporary
 * directory, a self-signed certificate made by `openssl req -x509` on the
 * spot, listening on a free loopback port. The `location /` block is read
 * verbatim from the nginx example in docs/deploy.md, so the test runs what
 * the documentation tells people to run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { MAX_BODY_BYTES } from '../../src/lib/limits.ts';
import { ROOT } from './server.ts';

const START_TIMEOUT_MS = 15_000;

/** The nginx binary (Debian's package puts it in /usr/sbin, often not on a user's PATH), or null. */
export function findNginx(): string | null {
  const dirs = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', ...(process.env.PATH ?? '').split(delimiter)];
  return dirs.map((dir) => join(dir, 'nginx')).find((path) => existsSync(path)) ?? null;
}

/** The `location / { ... }` block of the nginx example in docs/deploy.md, as written there. */
export function documentedLocationBlock(): string {
  const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const example = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  const block = example && /^( *)location \/ \{\n[\s\S]*?^\1\}$/m.exec(example)?.[0];
  if (!block) throw new Error('docs/deploy.md has no ```nginx example with a `location / { ... }` block');
  return block;
}

export interface TlsProxy {
  /** https://127.0.0.1:<port>: the PUBLIC_ORIGIN of the server behind it. */
  url: string;
  port: number;
  /** The configuration nginx runs with. */
  config: string;
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * Starts nginx on `port` (take it with freePort first: the server behind it
 * must know its PUBLIC_ORIGIN before it starts) with TLS, forwarding to the
 * server on `upstreamPort`. Resolves once it accepts connections.
 */
export async function startTlsProxy(nginx: string, port: number, upstreamPort: number): Promise<TlsProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-nginx-'));
  // nginx started as root runs its workers as nobody; they need to reach the temp dirs below.
  chmodSync(dir, 0o755);
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl req -x509 failed: ${openssl.stderr}`);

  const config = `# Written by tests/support/nginx.ts for one test run.
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
  access_log off;
  # Debian's build keeps these under /var/lib/nginx; an ordinary process keeps them here.
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream koers {
    server 127.0.0.1:${upstreamPort};
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${port} ssl;
    server_name 127.0.0.1;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    client_max_body_size ${MAX_BODY_BYTES / 1024}k;
${documentedLocationBlock().replace(/^/gm, '  ')}
  }
}
`;
  const configPath = join(dir, 'nginx.conf');
  writeFileSync(configPath, config);
  const errorLogPath = join(dir, 'error.log');
  const errorLog = () => (existsSync(errorLogPath) ? readFileSync(errorLogPath, 'utf8') : '');

  // -e: the error log from the very start (the compiled-in one is /var/log/nginx, not writable for everyone).
  const child = spawn(nginx, ['-e', errorLogPath, '-p', dir, '-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!gone) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(port))) {
    if (gone || Date.now() > deadline) {
      const log = errorLog();
      await stop();
      throw new Error(`nginx did not start on port ${port}:\n${output}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `https://127.0.0.1:${port}`, port, config, errorLog, stop };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
