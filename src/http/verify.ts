/**
 * Ed25519 verification of Discord's interaction requests, with node:crypto only.
 *
 * Discord signs every request to an interactions endpoint: `X-Signature-Ed25519` is the hex
 * signature of `X-Signature-Timestamp` followed by the raw request body, made with the
 * application's private key. The endpoint checks it with the application's public key (the 64 hex
 * characters on the application's General Information page) and answers 401 to anything that does
 * not verify. A timestamp far from now is refused as well, so a captured request cannot be
 * replayed later.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Verification settings. */
export const VERIFY_DEFAULTS = Object.freeze({
  /** How far (either way) a request's timestamp may be from the server's clock. */
  maxSkewSeconds: 5 * 60,
});

/** Header names, lowercase as node:http reports them. */
export const SIGNATURE_HEADERS = Object.freeze({
  signature: 'x-signature-ed25519',
  timestamp: 'x-signature-timestamp',
});

/**
 * The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, AlgorithmIdentifier
 * with OID 1.3.101.112, BIT STRING of 33 bytes (a zero byte of unused bits, then the 32-byte key).
 */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_KEY_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;
const HEX = /^[0-9a-f]*$/i;

/** Why a request was refused. */
export type VerifyFailure =
  'missing-signature' | 'malformed-signature' | 'malformed-timestamp' | 'stale-timestamp' | 'bad-signature';

/** The outcome of {@link verifyInteractionRequest}. */
export type VerifyResult = { readonly ok: true } | { readonly ok: false; readonly reason: VerifyFailure };

/**
 * Builds the public key from the 64 hex characters Discord shows (the raw 32 key bytes).
 * @throws TypeError when the text is not 64 hexadecimal characters.
 */
export function publicKeyFromHex(hex: string): KeyObject {
  if (hex.length !== ED25519_KEY_BYTES * 2 || !HEX.test(hex)) {
    throw new TypeError('an Ed25519 public key is 64 hexadecimal characters');
  }
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** The raw 32 bytes of an Ed25519 public key, as hex (the inverse of {@link publicKeyFromHex}). */
export function publicKeyToHex(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - ED25519_KEY_BYTES).toString('hex');
}

/**
 * Checks a request's signature and timestamp. `nowSeconds` is the server's clock in seconds.
 * Never throws: anything malformed is a failure with its reason.
 */
export function verifyInteractionRequest(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number,
  maxSkewSeconds: number = VERIFY_DEFAULTS.maxSkewSeconds,
): VerifyResult {
  if (!signatureHex || !timestamp) return { ok: false, reason: 'missing-signature' };
  if (signatureHex.length !== ED25519_SIGNATURE_BYTES * 2 || !HEX.test(signatureHex)) {
    return { ok: false, reason: 'malformed-signature' };
  }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > maxSkewSeconds)
    return { ok: false, reason: 'stale-timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  let good = false;
  try {
    good = verify(null, signed, key, Buffer.from(signatureHex, 'hex'));
  } catch {
    good = false;
  }
  return good ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
