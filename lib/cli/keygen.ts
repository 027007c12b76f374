// `keygen --out <key>`: an Ed25519 key pair for signing updates. The private key is written with mode 0600 and never
// overwritten; the public key goes to <key>.pub and to standard output, the form subscribers paste.
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { generateKeys } from '../node/collect/signing.js';

export const command = {
  summary: 'make an Ed25519 key pair for signing published updates',
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    if (!values.out) {
      stderr.write('usage: keygen --out <key>   (writes <key> and <key>.pub)\n');
      return 2;
    }
    if (existsSync(values.out)) {
      stderr.write(`${values.out} exists: refusing to overwrite a private key\n`);
      return 1;
    }
    const keys = generateKeys();
    writeFileSync(values.out, keys.privatePem, { mode: 0o600, flag: 'wx' });
    writeFileSync(`${values.out}.pub`, `${keys.publicKey}\n`);
    stdout.write(`${keys.publicKey}\n`);
    stderr.write(`private key: ${values.out} (keep it out of any repository)\npublic key:  ${values.out}.pub\n`);
    return 0;
  },
};
