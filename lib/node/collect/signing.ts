// Ed25519 keys and manifest signing with Node's own crypto: keygen writes a PKCS#8 private key (mode 0600) and the
// raw public key as base64, the form the extension's options and PARALLAX_UPDATES_KEY take.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Manifest, SignedManifest } from '../../updates/format.js';
import { keyIdOf, toBase64 } from '../../updates/verify.js';

export interface KeyPair {
  privatePem: string;
  /** base64 of the raw 32-byte public key. */
  publicKey: string;
}

export function generateKeys(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: rawPublicKey(publicKey) };
}

/** base64 of the raw public key: the last 32 bytes of its SPKI DER encoding. */
export function rawPublicKey(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return toBase64(new Uint8Array(der.subarray(der.length - 32)));
}

export function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error('the private key file is not a PEM private key (make one with `keygen`)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the private key is ${key.asymmetricKeyType}, not ed25519`);
  return key;
}

export const publicKeyOf = (privateKey: KeyObject): string => rawPublicKey(createPublicKey(privateKey));

/** manifest.json's text: the manifest's JSON, its Ed25519 signature and the key id. Deterministic (Ed25519 is). */
export async function signManifest(manifest: Manifest, privateKey: KeyObject): Promise<string> {
  const signed = JSON.stringify(manifest);
  const signature = toBase64(new Uint8Array(sign(null, Buffer.from(signed, 'utf8'), privateKey)));
  const raw = Uint8Array.from(Buffer.from(publicKeyOf(privateKey), 'base64'));
  const wrapper: SignedManifest = { signed, signature, keyId: await keyIdOf(raw) };
  return `${JSON.stringify(wrapper, null, 1)}\n`;
}
