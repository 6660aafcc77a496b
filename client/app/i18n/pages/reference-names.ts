/**
 * Names the reference data carries in Thai only, in both languages (issue 13: "every label in the
 * active language"). The 18 province clusters (กลุ่มจังหวัด, data/provinces.json) by their Thai name, and
 * the dashboard's word for the Potential Base group (the notice keeps the seed's "Potential Base").
 */
const clusterEn: Record<string, string> = {
  'ภาคกลางตอนกลาง': 'Central (middle)',
  'ภาคกลางตอนบน 1': 'Upper Central 1',
  'ภาคกลางตอนบน 2': 'Upper Central 2',
  'ภาคกลางตอนล่าง 1': 'Lower Central 1',
  'ภาคกลางตอนล่าง 2': 'Lower Central 2',
  'ภาคตะวันออก': 'Eastern',
  'ภาคตะวันออกเฉียงเหนือตอนกลาง': 'Central Northeast',
  'ภาคตะวันออกเฉียงเหนือตอนบน 1': 'Upper Northeast 1',
  'ภาคตะวันออกเฉียงเหนือตอนบน 2': 'Upper Northeast 2',
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 1': 'Lower Northeast 1',
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 2': 'Lower Northeast 2',
  'ภาคเหนือตอนบน 1': 'Upper North 1',
  'ภาคเหนือตอนบน 2': 'Upper North 2',
  'ภาคเหนือตอนล่าง 1': 'Lower North 1',
  'ภาคเหนือตอนล่าง 2': 'Lower North 2',
  'ภาคใต้ชายแดน': 'Southern Border',
  'ภาคใต้ฝั่งอันดามัน': 'Southern Andaman',
  'ภาคใต้ฝั่งอ่าวไทย': 'Southern Gulf of Thailand',
};

export const referenceNames = {
  th: { clusters: {} as Record<string, string>, groups: { potential: 'ศักยภาพพื้นฐาน (Potential Base)' } as Record<string, string> },
  en: { clusters: clusterEn, groups: { potential: 'Potential Base' } as Record<string, string> },
};
