/**
 * Whether an account's display name already says its role, so the header names the role once. Demo
 * and many real accounts are named after their office or duty ("ผู้ดูแลระบบ (สาธิต)", "ผู้ตรวจสอบ"),
 * and the header printed "ผู้ดูแลระบบ (สาธิต) (ผู้ดูแลระบบ)". Spaces are ignored (Thai names are
 * written with and without them) and a role label with alternatives ("ผู้ดูข้อมูล/ผู้ตรวจสอบ") counts
 * as said when any one of them is.
 *
 * @example
 * nameSaysRole('ผู้ดูแลระบบ (สาธิต)', 'ผู้ดูแลระบบ') // true
 * nameSaysRole('สำนักงานจังหวัดอ่างทอง', 'ผู้ใช้ระดับจังหวัด') // false
 */
export function nameSaysRole(displayName: string, roleLabel: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const name = squash(displayName);
  return roleLabel.split('/').some((part) => squash(part).length > 0 && name.includes(squash(part)));
}
