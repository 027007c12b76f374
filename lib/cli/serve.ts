// `serve --dir <published dir>`: serves a published folder over HTTP on localhost, so a reader can point the
// extension at their own collector. Static files only (sirv), with ETags and CORS for the extension's fetch.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import sirv from 'sirv';

export const command = {
  summary: 'serve a published folder over HTTP on localhost',
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
      },
    });
    if (!values.dir) {
      stderr.write('usage: serve --dir <published dir> [--port 8787] [--host 127.0.0.1]\n');
      return 2;
    }
    const dir = resolve(values.dir);
    if (!existsSync(join(dir, 'manifest.json'))) stderr.write(`note: ${dir} has no manifest.json yet (run publish)\n`);
    const files = sirv(dir, {
      etag: true,
      dotfiles: false,
      dev: true,
      setHeaders: (res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Cache-Control', 'no-cache');
      },
    });
    const server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      files(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      });
    });
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(Number(values.port), values.host, ok));
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : values.port;
    stdout.write(`serving ${dir} at http://${values.host}:${port}/manifest.json\n`);
    await new Promise<void>((done) => {
      const stop = () => server.close(() => done());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
