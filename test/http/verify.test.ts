import { verifyInteractionRequest, publicKeyFromHex, publicKeyToHex } from '../../src/http/verify';
import { makeKeys, signatureHeaders } from './signed-client';

const keys = makeKeys();
const key = publicKeyFromHex(keys.publicKeyHex);
const NOW = 1_765_400_000;
const body = Buffer.from('{"type":1}');
const signed = (text: string, at = NOW) => signatureHeaders(keys.privateKey, text, at);

describe('publicKeyFromHex', () => {
  it('builds the key from the 64 hex characters Discord shows, and gives them back', () => {
    expect(keys.publicKeyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(publicKeyToHex(key)).toBe(keys.publicKeyHex);
    expect(key.asymmetricKeyType).toBe('ed25519');
  });

  it('refuses anything but 64 hex characters', () => {
    expect(() => publicKeyFromHex('abc')).toThrow('64 hexadecimal characters');
    expect(() => publicKeyFromHex('z'.repeat(64))).toThrow('64 hexadecimal characters');
  });
});

describe('verifyInteractionRequest', () => {
  it('accepts the signature of timestamp + body', () => {
    const h = signed('{"type":1}');
    expect(
      verifyInteractionRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a signature of another body', () => {
    const h = signed('{"type":2}');
    expect(
      verifyInteractionRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW),
    ).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a signature made for another timestamp', () => {
    const h = signed('{"type":1}');
    expect(verifyInteractionRequest(key, h['x-signature-ed25519'], String(NOW + 1), body, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses timestamps more than five minutes away, in the past or the future', () => {
    for (const at of [NOW - 301, NOW + 301]) {
      const h = signed('{"type":1}', at);
      expect(
        verifyInteractionRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW),
      ).toEqual({
        ok: false,
        reason: 'stale-timestamp',
      });
    }
    const h = signed('{"type":1}', NOW - 299);
    expect(
      verifyInteractionRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW).ok,
    ).toBe(true);
  });

  it('refuses missing and malformed headers without throwing', () => {
    expect(verifyInteractionRequest(key, undefined, String(NOW), body, NOW)).toEqual({
      ok: false,
      reason: 'missing-signature',
    });
    expect(verifyInteractionRequest(key, 'xyz', String(NOW), body, NOW)).toEqual({
      ok: false,
      reason: 'malformed-signature',
    });
    expect(verifyInteractionRequest(key, 'a'.repeat(128), 'soon', body, NOW)).toEqual({
      ok: false,
      reason: 'malformed-timestamp',
    });
    expect(verifyInteractionRequest(key, 'a'.repeat(128), String(NOW), body, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });
});
