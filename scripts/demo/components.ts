/**
 * Components of the two component indicators, per province code (2 digits).
 *
 * ENV-02 water quality: the seed says 27 provinces / 48 water sources and names the 17 failing sources
 * of 14 provinces (data/reference/fy2566-r6-national-table.seed.json). The other sources and the other
 * 13 provinces are a demo assumption following the real river geography.
 * ENV-03 eco-industrial town: 12 provinces / 17 areas; the seed names the 3 failing provinces with their
 * phases ระยะ 1 and ระยะ 2. The other 9 provinces (11 areas) are a demo assumption.
 */
export const waterSources: Record<string, string[]> = {
  // the 14 provinces the seed lists (failing sources first, then this demo's extra sources)
  '17': ['แม่น้ำน้อย', 'แม่น้ำลพบุรี', 'แม่น้ำเจ้าพระยาตอนกลาง'],
  '15': ['แม่น้ำน้อย', 'แม่น้ำเจ้าพระยาตอนกลาง'],
  '12': ['แม่น้ำเจ้าพระยาตอนกลาง'],
  '22': ['แม่น้ำจันทบุรี', 'แม่น้ำเวฬุ'],
  '23': ['แม่น้ำเวฬุ', 'แม่น้ำตราด'],
  '44': ['แม่น้ำเสียว', 'แม่น้ำชี'],
  '45': ['แม่น้ำเสียว', 'แม่น้ำชี'],
  '30': ['แม่น้ำมูล', 'แม่น้ำลำตะคอง'],
  '31': ['แม่น้ำมูล', 'แม่น้ำซี'],
  '32': ['แม่น้ำมูล', 'แม่น้ำซี'],
  '50': ['แม่น้ำกวาง', 'แม่น้ำปิง'],
  '51': ['แม่น้ำลี้', 'แม่น้ำกวาง', 'แม่น้ำปิง'],
  '63': ['แม่น้ำปิง', 'แม่น้ำเมย'],
  '60': ['แม่น้ำปิง', 'แม่น้ำน่าน', 'แม่น้ำเจ้าพระยาตอนบน'],
  // 13 more provinces, none failing at the FY2566 6-month round
  '14': ['แม่น้ำเจ้าพระยาตอนกลาง', 'แม่น้ำป่าสัก', 'แม่น้ำน้อย'],
  '13': ['แม่น้ำเจ้าพระยาตอนล่าง'],
  '18': ['แม่น้ำเจ้าพระยาตอนบน', 'แม่น้ำท่าจีนตอนบน'],
  '16': ['แม่น้ำลพบุรี', 'แม่น้ำป่าสัก'],
  '19': ['แม่น้ำป่าสัก'],
  '72': ['แม่น้ำท่าจีนตอนบน'],
  '73': ['แม่น้ำท่าจีนตอนกลาง'],
  '70': ['แม่น้ำแม่กลอง'],
  '71': ['แม่น้ำแควน้อย', 'แม่น้ำแควใหญ่'],
  '25': ['แม่น้ำปราจีนบุรี'],
  '65': ['แม่น้ำน่าน'],
  '52': ['แม่น้ำวัง'],
  '34': ['แม่น้ำมูลตอนล่าง'],
};

export const industrialAreas: Record<string, string[]> = {
  // the 3 provinces the seed lists, both phases failing
  '14': ['ระยะ 1', 'ระยะ 2'],
  '21': ['ระยะ 1', 'ระยะ 2'],
  '25': ['ระยะ 1', 'ระยะ 2'],
  // 9 more provinces (demo assumption)
  '20': ['ระยะ 1', 'ระยะ 2'],
  '24': ['ระยะ 1', 'ระยะ 2'],
  '11': ['ระยะ 1'],
  '74': ['ระยะ 1'],
  '19': ['ระยะ 1'],
  '51': ['ระยะ 1'],
  '30': ['ระยะ 1'],
  '13': ['ระยะ 1'],
  '90': ['ระยะ 1'],
};

/** Components of one indicator in one province; [''] when the indicator has none. */
export function componentsOf(code: string, provinceCode: string): string[] {
  if (code === 'ENV-02') return waterSources[provinceCode] ?? [];
  if (code === 'ENV-03') return industrialAreas[provinceCode] ?? [];
  return [''];
}
