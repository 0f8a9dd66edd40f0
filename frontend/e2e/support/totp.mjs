// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps) with node:crypto, for the demo accounts.
import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(text) {
  const clean = text.replace(/=+$/, '').replace(/\s+/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The code for `time` (ms since epoch). */
export function totp(secret, time = Date.now(), { step = 30, digits = 6 } = {}) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / step)));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The last 30-second step whose code the story sent, per secret: the server takes a code only once. */
const lastStepUsed = new Map();

/**
 * A code that stays valid long enough to be typed and sent, and that this story has not sent before: near the
 * end of a step, or when this step's code was already used (a login, then a signature at once), it waits for
 * the next step.
 */
export async function freshTotp(secret, step = 30) {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / 1000 / step);
    const intoStep = (now / 1000) % step;
    const used = lastStepUsed.get(secret);
    if (intoStep <= step - 5 && (used === undefined || current > used)) {
      lastStepUsed.set(secret, current);
      return totp(secret, now, { step });
    }
    await new Promise((resolve) => setTimeout(resolve, (step - intoStep + 0.5) * 1000));
  }
}
