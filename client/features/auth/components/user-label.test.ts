import { describe, expect, it } from 'vitest';
import { th } from '../../../app/i18n/th';
import { en } from '../../../app/i18n/en';
import { nameSaysRole } from './user-label';

describe('nameSaysRole', () => {
  // The demo accounts' display names (data/demo/accounts.json) against the role labels the header prints.
  it.each([
    ['ผู้ดูแลระบบ (สาธิต)', th.auth.roles.admin, true],
    ['เจ้าหน้าที่สำนักงาน ก.พ.ร. (สาธิต)', th.auth.roles.staff, true],
    ['ผู้ตรวจสอบ (สาธิต)', th.auth.roles.viewer, true],
    ['สำนักงานจังหวัดอ่างทอง (สาธิต)', th.auth.roles.province, false],
    ['ผู้ดูแลระบบ (สาธิต)', en.auth.roles.admin, false],
    ['Jane Admin', 'Administrator', false],
    ['OPDC Staff desk', en.auth.roles.staff, true],
  ])('%s says %s: %s', (name, role, says) => {
    expect(nameSaysRole(name, role)).toBe(says);
  });
});
