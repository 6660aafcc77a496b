/** Password hashing with argon2id (@node-rs/argon2, OWASP's recommended parameters are its defaults). */
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (a const enum, not importable under isolatedModules)

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

/** A password for one-time use: 18 random bytes, base64url (24 characters). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Our rule: at least 10 characters, of which at least 10 are not spaces (ten spaces passed before,
 * issue 9). Returns a bilingual problem, or null when acceptable.
 */
export function passwordProblem(password: string): { th: string; en: string } | null {
  if ([...password].length < 10) return { th: 'รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร', en: 'The password must have at least 10 characters.' };
  if ([...password.replace(/\s/gu, '')].length < 10) {
    return { th: 'รหัสผ่านต้องมีตัวอักษรที่ไม่ใช่ช่องว่างอย่างน้อย 10 ตัว', en: 'The password must have at least 10 characters that are not spaces.' };
  }
  return null;
}
