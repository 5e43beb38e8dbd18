// Starts Caddy with the documented configuration (deploy/Caddyfile) serving a
// built site, as the deployment test and the benchmark both need it.
import { spawn, type ChildProcess } from 'node:child_process';

/** Caddy serving `root` on `port` with deploy/Caddyfile, once it answers; `scripts/setup.sh --browser` installs Caddy. */
export async function startCaddy(port: number, root = 'dist'): Promise<ChildProcess> {
  const caddy = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: { ...process.env, SITE_ADDRESS: `:${port}`, SITE_ROOT: root },
    stdio: 'ignore',
  });
  const failed = new Promise<never>((_, reject) => {
    caddy.on('error', (error) => reject(new Error(`cannot start caddy (scripts/setup.sh --browser installs it): ${error.message}`)));
    caddy.on('exit', (code) => reject(new Error(`caddy exited with ${code}; is port ${port} taken?`)));
  });
  failed.catch(() => {});
  for (let attempt = 0; attempt < 100; attempt++) {
    // Caddy's own headers, so another server already on the port is not taken for it.
    const answered = fetch(`http://localhost:${port}/`).then((response) => response.ok && response.headers.get('x-content-type-options') === 'nosniff', () => false);
    if (await Promise.race([answered, failed])) return caddy;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  caddy.kill();
  throw new Error(`caddy did not answer on port ${port}`);
}
