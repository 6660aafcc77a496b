/**
 * Drafting templates, tested per situation from hand-made facts: each draft says what the facts
 * support and nothing more (no history sentence without a stored earlier result, no share of the
 * target for lower-is-better, …), and every situation and sentence of the template files is reachable.
 */
import { describe, expect, it } from 'vitest';
import { checkTemplateSet, type TemplateSet } from './templates';
import { draft } from './engine';
import { factValues, observationFactNames, observationFacts, type FactsInput } from './facts';
import { nationalFactNames, nationalFactValues, type NationalFacts } from './national';
import { draftNational, draftObservation, nationalTemplates, provinceTemplates } from './index';

const tourism: FactsInput = {
  year: 2566,
  round: 6,
  indicator: { code: 'ECO-05', unitTh: 'ล้านบาท', direction: 'higher', kind: 'quantity', accumulates: true },
  componentLabelTh: null,
  component: null,
  status: 'belowMin',
  level: 'belowMin',
  result: 449.21,
  targets: { min: 707.14, std: 744.34, adv: 802.25 },
  previousRound: null,
  previousYear: null,
  peers: { sameStatus: 39, total: 45, sameStatusItems: 39, totalItems: 45 },
  note: null,
  recommendation: false,
};
const make = (over: Partial<FactsInput>) => draftObservation(observationFacts({ ...tourism, ...over }));

describe('template files', () => {
  it.each([
    ['province.th.json', provinceTemplates, observationFactNames],
    ['national.th.json', nationalTemplates, nationalFactNames],
  ] as const)('%s: every placeholder is a required fact the drafting code provides', (_f, load, names) => {
    const set = load();
    expect(checkTemplateSet(set, names)).toEqual([]);
  });

  it('the check finds a placeholder that is not required, and an unknown fact', () => {
    const bad: TemplateSet = {
      id: 'x',
      language: 'th',
      description: '',
      source: '',
      phrases: {},
      situations: [{ id: 's', description: '', match: { status: 'belowMin' }, slots: [{ id: 'a', purpose: 'done', variants: [{ id: 'v', requires: ['resul'], text: 'ผล {result}' }] }] }],
    };
    expect(checkTemplateSet(bad, observationFactNames)).toEqual(['s/a.v: {result} is not in requires', 's/a.v: requires unknown fact "resul"']);
  });

  it('a variant whose required fact is missing is never used, whatever its conditions', () => {
    const set: TemplateSet = {
      id: 'x',
      language: 'th',
      description: '',
      source: '',
      phrases: {},
      situations: [
        {
          id: 's',
          description: '',
          match: {},
          slots: [{ id: 'a', purpose: 'done', variants: [{ id: 'needs', requires: ['prevYearResult'], text: 'ปีก่อน {prevYearResult}' }, { id: 'plain', requires: [], text: 'ไม่มีข้อมูลปีก่อน' }] }],
        },
      ],
    };
    expect(draft(set, factValues(observationFacts(tourism))).text).toBe('ไม่มีข้อมูลปีก่อน');
  });
});

describe('province observations, per situation', () => {
  it('below minimum, higher is better, no history: result, share of the minimum, gaps to minimum and standard (absolute and %)', () => {
    const d = make({});
    expect(d.situationId).toBe('belowMin.higher');
    expect(d.text).toContain('449.21 ล้านบาท');
    expect(d.text).toContain('คิดเป็นร้อยละ 63.52 ของค่าเป้าหมายขั้นต้น');
    expect(d.text).toContain('ต่ำกว่าค่าเป้าหมายขั้นต้น (707.14 ล้านบาท) อยู่ 257.93 ล้านบาท');
    expect(d.text).not.toContain('มาตรฐาน'); // one fact a sentence: the gap to the minimum only
    expect(d.text).toContain('39 จาก 45 จังหวัด');
    expect(d.text).toContain('ยังมีเวลาอีก 6 เดือน'); // accumulating indicator at 6 months
    // No stored earlier result: no comparison is drafted.
    expect(d.text).not.toMatch(/เทียบกับ|2565/);
    expect(d.sentenceIds).not.toContain('historyYear');
    // what was done → what to do → why
    expect(d.text.indexOf('449.21')).toBeLessThan(d.text.indexOf('จังหวัดควร'));
    expect(d.text.indexOf('จังหวัดควร')).toBeLessThan(d.text.indexOf('เพื่อกระตุ้น'));
    // The closing sentence is the indicator's own next step (next-steps/fy2566.json), not a generic one.
    expect(d.sentenceIds.at(-1)).toBe('action.indicator');
    expect(d.sentences.at(-1)).toContain('นักท่องเที่ยว');
  });

  it('below minimum with the previous year stored: the change and its direction', () => {
    const d = make({ previousYear: { year: 2565, round: 6, value: 401.37 } });
    expect(d.sentenceIds).toContain('historyYear.up.better');
    expect(d.text).toContain('เทียบกับรอบเดียวกันของปีงบประมาณ 2565 (401.37 ล้านบาท) เพิ่มขึ้นร้อยละ 11.92 ซึ่งดีขึ้น');
    const worse = make({ previousYear: { year: 2565, round: 6, value: 500 } });
    expect(worse.text).toContain('(500 ล้านบาท) ลดลงร้อยละ 10.16 ซึ่งควรเฝ้าระวัง');
    // The warning word only past the template's threshold (10 % of the earlier result).
    const slight = make({ previousYear: { year: 2565, round: 6, value: 455 } });
    expect(slight.text).toContain('(455 ล้านบาท) ลดลงร้อยละ 1.27');
    expect(slight.text).not.toContain('เฝ้าระวัง');
  });

  it('12-month round with the 6-month result stored: compared with the earlier round; no "time left" sentence', () => {
    const d = make({ round: 12, result: 690, previousRound: { round: 6, value: 449.21 } });
    expect(d.sentenceIds).toContain('historyRound.up.better');
    expect(d.text).toContain('เทียบกับรอบ 6 เดือน (449.21 ล้านบาท) เพิ่มขึ้นร้อยละ 53.6');
    expect(d.text).not.toContain('ยังมีเวลา');
    expect(d.sentenceIds).toContain('action.indicator');
    expect(make({ round: 12, result: 690, indicator: { ...tourism.indicator, code: 'NONE-01' } }).sentenceIds).toContain('action.finalRound');
  });

  it('lower is better: "above the target" wording, gaps to lower, no share of the target; a fall is an improvement', () => {
    const d = make({
      indicator: { code: 'SOC-02', unitTh: 'ต่อพันคน', direction: 'lower', kind: 'quantity', accumulates: false },
      result: 31.5,
      targets: { min: 30, std: 28, adv: 25 },
      previousYear: { year: 2565, round: 6, value: 33 },
      peers: { sameStatus: 5, total: 40, sameStatusItems: 5, totalItems: 40 },
    });
    expect(d.situationId).toBe('belowMin.lower');
    expect(d.text).toContain('อยู่ที่ 31.5 ต่อพันคน สูงกว่าค่าเป้าหมายขั้นต้น (ไม่เกิน 30 ต่อพันคน) อยู่ 1.5 ต่อพันคน');
    expect(d.text).toContain('หรือเกินค่าเป้าหมายขั้นต้นร้อยละ 5');
    expect(d.text).toContain('ลดลงร้อยละ 4.55 ซึ่งดีขึ้น');
    expect(d.text).not.toContain('ของค่าเป้าหมายขั้นต้น ต่ำกว่า');
    expect(d.text).not.toContain('ยังมีเวลา'); // not an accumulating indicator
  });

  it('a component: named with its label, peers counted in provinces and components', () => {
    const d = make({
      indicator: { code: 'ENV-02', unitTh: 'คะแนน WQI', direction: 'higher', kind: 'quantity', accumulates: false },
      componentLabelTh: 'แหล่งน้ำ',
      component: 'แม่น้ำน้อย',
      result: 53.07,
      targets: { min: 59, std: 64, adv: 70 },
      peers: { sameStatus: 14, total: 27, sameStatusItems: 17, totalItems: 48 },
    });
    expect(d.text.startsWith('ผลการดำเนินงานของแหล่งน้ำ แม่น้ำน้อยอยู่ที่ 53.07 คะแนน WQI')).toBe(true);
    expect(d.sentenceIds).toContain('peers.components');
    expect(d.text).toContain('มี 14 จาก 27 จังหวัด (17 จาก 48 แหล่งน้ำ) ที่ไม่ผ่านค่าเป้าหมายขั้นต้น');
  });

  it('a percentage indicator: gaps in percentage points (จุด); ร้อยละ only for the share of the minimum', () => {
    const d = make({ indicator: { code: 'SOC-01', unitTh: 'ร้อยละ', direction: 'higher', kind: 'quantity', accumulates: false }, result: 67.21, targets: { min: 81, std: 84, adv: 87 } });
    expect(d.sentenceIds[0]).toBe('fact.gap');
    expect(d.text).toContain('อยู่ที่ ร้อยละ 67.21 ต่ำกว่าค่าเป้าหมายขั้นต้น (ร้อยละ 81) อยู่ 13.79 จุด');
    expect(d.text).toContain('คิดเป็นร้อยละ 82.98 ของค่าเป้าหมายขั้นต้น');
    expect(d.text).not.toContain('อยู่ ร้อยละ');
    const year = make({ indicator: { code: 'SOC-01', unitTh: 'ร้อยละ', direction: 'higher', kind: 'quantity', accumulates: false }, result: 67.21, targets: { min: 81, std: 84, adv: 87 }, previousYear: { year: 2565, round: 6, value: 80 } });
    expect(year.text).toContain('(ร้อยละ 80) ลดลง 12.79 จุด ซึ่งควรเฝ้าระวัง');
  });

  it('a level indicator: levels and a gap in levels, never a percentage of a level', () => {
    const d = make({
      indicator: { code: 'ENV-03', unitTh: 'ระดับ', direction: 'higher', kind: 'level', accumulates: false },
      result: 2,
      targets: { min: 3, std: 4, adv: 5 },
      previousYear: { year: 2565, round: 6, value: 1 },
    });
    expect(d.situationId).toBe('belowMin.level');
    expect(d.text).toContain('อยู่ที่ระดับ 2 ยังขาดอีก 1 ระดับ จึงจะถึงค่าเป้าหมายขั้นต้น (ระดับ 3)');
    expect(d.text).toContain('(ระดับ 1) เพิ่มขึ้น 1 ระดับ ซึ่งดีขึ้น');
    expect(d.text).not.toMatch(/ร้อยละ/);
  });

  it('not reported: says so, with the earlier result when stored, and asks for the report', () => {
    const d = make({ status: 'notReported', level: null, result: null, previousYear: { year: 2565, round: 6, value: 401.37 }, peers: { sameStatus: 1, total: 45, sameStatusItems: 1, totalItems: 45 } });
    expect(d.situationId).toBe('notReported');
    expect(d.text).toContain('จังหวัดยังไม่ได้รายงานผลการดำเนินงาน รอบ 6 เดือน ภายในระยะเวลาที่กำหนด');
    expect(d.text).toContain('รอบเดียวกันของปีงบประมาณ 2565 จังหวัดมีผลการดำเนินงาน 401.37 ล้านบาท');
    expect(d.text).toContain('จังหวัดเป็นจังหวัดเดียวที่ไม่รายงานผล จาก 45 จังหวัด');
    expect(d.text).not.toMatch(/ต่ำกว่า|คิดเป็นร้อยละ/); // there is no number to compare
  });

  it('pending: cannot be measured yet, prepares for the 12-month report; components named', () => {
    const d = make({
      status: 'pending',
      level: null,
      result: null,
      note: 'ผลการดำเนินงานจะออกในรอบ 12 เดือน',
      indicator: { code: 'ENV-03', unitTh: 'ระดับ', direction: 'higher', kind: 'level', accumulates: false },
      componentLabelTh: 'พื้นที่',
      component: 'ระยะ 2',
      targets: { min: 3, std: 4, adv: 5 },
      peers: { sameStatus: 1, total: 12, sameStatusItems: 1, totalItems: 17 },
    });
    expect(d.situationId).toBe('pending');
    expect(d.text.startsWith('พื้นที่ ระยะ 2 ยังไม่สามารถออกผลการดำเนินงานได้ในรอบ 6 เดือน')).toBe(true);
    expect(d.text).toContain('จังหวัดชี้แจงว่า “ผลการดำเนินงานจะออกในรอบ 12 เดือน”');
    expect(d.text).toContain('การรายงานผลรอบ 12 เดือน');
    expect(d.text).toContain('(ระดับ 3)');
  });

  it.each([
    ['min', 720, 'metMin.min', 'ผ่านค่าเป้าหมายขั้นต้นแล้ว แต่ยังห่างจากค่าเป้าหมายมาตรฐาน (744.34 ล้านบาท) อยู่ 24.34 ล้านบาท'],
    ['std', 760, 'metMin.std', 'ผ่านค่าเป้าหมายมาตรฐานแล้ว ยังห่างจากค่าเป้าหมายขั้นสูง (802.25 ล้านบาท) อยู่ 42.25 ล้านบาท'],
    ['adv', 810, 'metMin.adv', 'ผ่านค่าเป้าหมายขั้นสูง (802.25 ล้านบาท) แล้ว'],
  ] as const)('met, level %s', (level, result, situation, phrase) => {
    const d = make({ status: 'metMin', level, result });
    expect(d.situationId).toBe(situation);
    expect(d.text).toContain(phrase);
    expect(d.text).not.toContain('ไม่ผ่าน');
  });

  it('no item repeats a pointer to the national recommendations (the notice refers to them once)', () => {
    expect(make({ recommendation: true }).text).not.toContain('ข้อเสนอแนะ');
    expect(make({ recommendation: false }).text).not.toContain('ข้อเสนอแนะ');
    expect(make({ status: 'metMin', level: 'adv', result: 810, recommendation: true }).text).not.toContain('ข้อเสนอแนะ');
  });

  it("the province's own account opens the observation as the seed's does; a source remark never does", () => {
    const account = make({ note: 'จังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา การส่งเสริมการท่องเที่ยวโดยชุมชน และสร้างความร่วมมือกับเครือข่ายด้านการท่องเที่ยวไปแล้ว' });
    expect(account.sentences[0]).toBe(
      'ในช่วง 6 เดือนที่ผ่านมาจังหวัดได้ดำเนินการประชาสัมพันธ์การท่องเที่ยว จัดกิจกรรมส่งเสริมการท่องเที่ยวเชิงกีฬา การส่งเสริมการท่องเที่ยวโดยชุมชน และสร้างความร่วมมือกับเครือข่ายด้านการท่องเที่ยวไปแล้ว',
    );
    for (const note of ['ที่มา: กรมการท่องเที่ยว', 'แหล่งข้อมูล สำนักงานสถิติจังหวัด', '[ที่มา] ระบบ CPM', 'Source: MOTS']) {
      expect(make({ note }).text, note).not.toContain('ในช่วง');
      expect(make({ note }).text, note).not.toContain(note);
    }
  });

  it('the only province assigned an indicator is not compared with "all provinces"', () => {
    expect(make({ peers: { sameStatus: 1, total: 1, sameStatusItems: 1, totalItems: 1 } }).sentenceIds.some((s) => s.startsWith('peers'))).toBe(false);
  });

  it('every situation and every sentence variant of the province templates is reached by some facts', () => {
    const cases: Partial<FactsInput>[] = [];
    const quantities = [
      { indicator: tourism.indicator },
      { indicator: { ...tourism.indicator, unitTh: 'ร้อยละ', accumulates: false } },
      { indicator: { ...tourism.indicator, direction: 'lower' as const, accumulates: false }, targets: { min: 30, std: 28, adv: 25 } },
      { indicator: { ...tourism.indicator, direction: 'lower' as const, unitTh: 'ร้อยละ', accumulates: false }, targets: { min: 30, std: 28, adv: 25 } },
      { indicator: { ...tourism.indicator, kind: 'level' as const, unitTh: 'ระดับ' }, targets: { min: 3, std: 4, adv: 5 } },
    ];
    const resultsFor = (t: FactsInput['targets'], dir: 'higher' | 'lower') =>
      dir === 'higher'
        ? [[t.min - 1, 'belowMin', 'belowMin'], [t.min, 'metMin', 'min'], [t.std, 'metMin', 'std'], [t.adv, 'metMin', 'adv']]
        : [[t.min + 1, 'belowMin', 'belowMin'], [t.min, 'metMin', 'min'], [t.std, 'metMin', 'std'], [t.adv, 'metMin', 'adv']];
    // An indicator without next steps in data/observation-templates/next-steps gets the generic sentences.
    for (const q of [...quantities, ...quantities.map((x) => ({ ...x, indicator: { ...x.indicator, code: 'NONE-01' } }))]) {
      const targets = q.targets ?? tourism.targets;
      for (const round of [6, 12]) {
        for (const [result, status, level] of resultsFor(targets, q.indicator.direction)) {
          for (const prev of [null, targets.min - 2, targets.min + 2, result as number, 0, (result as number) * 2, (result as number) / 2]) {
            for (const component of [null, 'แม่น้ำน้อย']) {
              for (const peers of [tourism.peers, { sameStatus: 1, total: 10, sameStatusItems: 1, totalItems: 10 }]) {
                cases.push({
                  ...q,
                  targets,
                  round,
                  result: result as number,
                  status: status as 'belowMin',
                  level: level as 'belowMin',
                  component,
                  componentLabelTh: component && 'แหล่งน้ำ',
                  peers,
                  previousYear: prev === null ? null : { year: 2565, round, value: prev },
                  previousRound: prev === null || round === 6 ? null : { round: 6, value: prev },
                  note: component ? 'จัดกิจกรรมส่งเสริมการขาย' : null,
                  recommendation: true,
                });
              }
            }
          }
        }
        for (const status of ['notReported', 'pending'] as const) {
          for (const prev of [null, 5]) {
            cases.push({ ...q, targets, round, status, level: null, result: null, previousYear: prev === null ? null : { year: 2565, round, value: prev }, previousRound: prev === null || round === 6 ? null : { round: 6, value: prev }, recommendation: true, note: 'x' });
            cases.push({ ...q, targets, round, status, level: null, result: null, component: 'ระยะ 1', componentLabelTh: 'พื้นที่', peers: { sameStatus: 2, total: 10, sameStatusItems: 3, totalItems: 12 } });
          }
        }
      }
    }
    // A fall from 0 has no percentage: only negative values (lower is better) get there.
    cases.push({ indicator: { ...tourism.indicator, direction: 'lower', accumulates: false }, targets: { min: 0, std: -1, adv: -2 }, status: 'metMin', level: 'adv', result: -3, previousYear: { year: 2565, round: 12, value: 0 }, previousRound: { round: 6, value: 0 }, round: 12 });
    // The year-end outlook sentence (issue 11): each risk, each method, both directions, and a met item.
    for (const risk of ['likely-miss', 'borderline', 'on-track'] as const) {
      for (const method of ['own-ratio', 'median-ratio', 'straight-pace'] as const) {
        cases.push({ outlook: { risk, method, projected: 650 } });
        cases.push({ indicator: { ...tourism.indicator, direction: 'lower', accumulates: true }, targets: { min: 30, std: 28, adv: 25 }, result: 31, outlook: { risk, method, projected: 33 } });
      }
    }
    cases.push({ status: 'metMin', level: 'min', result: 710, outlook: { risk: 'borderline', method: 'own-ratio', projected: 720 } });
    const used = new Set<string>();
    for (const c of cases) {
      const d = make(c);
      used.add(d.situationId);
      for (const s of d.sentenceIds) used.add(`${d.situationId}/${s}`);
      expect(d.text, JSON.stringify(c)).not.toMatch(/\{|\}|undefined|null|NaN/);
    }
    // Every situation is reached, and every sentence variant in some situation (the history slots are
    // shared, and e.g. "rose, which is worse" only happens where lower is better).
    const situations = provinceTemplates().situations;
    expect(situations.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
    const usedSentences = new Set([...used].filter((u) => u.includes('/')).map((u) => u.split('/')[1]));
    const sentences = new Set(situations.flatMap((s) => s.slots.flatMap((slot) => slot.variants.map((v) => `${slot.id}.${v.id}`))));
    expect([...sentences].filter((id) => !usedSentences.has(id))).toEqual([]);
  });
});

describe('the year-end outlook sentence (issue 11 §6)', () => {
  const outlookOf = (d: ReturnType<typeof make>) => d.sentences.find((_, i) => d.sentenceIds[i]!.startsWith('outlook.'));

  it('states the projection of a below-minimum item in the issue’s words, after the months left', () => {
    const d = make({ outlook: { risk: 'likely-miss', method: 'own-ratio', projected: 637.9 } });
    expect(outlookOf(d)).toBe('หากผลการดำเนินงานในครึ่งปีหลังเป็นไปในอัตราเดียวกับปีที่ผ่านมา คาดว่าจะอยู่ที่ 637.9 ล้านบาท ซึ่งยังต่ำกว่าค่าเป้าหมายขั้นต้น');
    expect(d.sentenceIds.indexOf('outlook.likelyMiss')).toBe(d.sentenceIds.indexOf('accumulates.remaining') + 1);
  });

  it('names the method’s rate', () => {
    expect(outlookOf(make({ outlook: { risk: 'likely-miss', method: 'median-ratio', projected: 600 } }))).toBe(
      'หากผลการดำเนินงานในครึ่งปีหลังเป็นไปในอัตราเดียวกับจังหวัดส่วนใหญ่ในปีที่ผ่านมา คาดว่าจะอยู่ที่ 600 ล้านบาท ซึ่งยังต่ำกว่าค่าเป้าหมายขั้นต้น',
    );
    expect(outlookOf(make({ outlook: { risk: 'likely-miss', method: 'straight-pace', projected: 600 } }))).toBe(
      'หากผลการดำเนินงานในครึ่งปีหลังเป็นไปในอัตราเดียวกับครึ่งปีแรก คาดว่าจะอยู่ที่ 600 ล้านบาท ซึ่งยังต่ำกว่าค่าเป้าหมายขั้นต้น',
    );
  });

  it('says nothing where the data does not support it', () => {
    expect(outlookOf(make({}))).toBeUndefined(); // no outlook stored (e.g. a draft from before it)
    // Below the minimum now but projected to reach it: as the seed's อ่างทอง tourism revenue (449.21 of
    // 707.14 at 6 months), whose observation in the seed states no projection.
    expect(outlookOf(make({ outlook: { risk: 'borderline', method: 'own-ratio', projected: 797.51 } }))).toBeUndefined();
    expect(outlookOf(make({ outlook: { risk: 'on-track', method: 'own-ratio', projected: 900 } }))).toBeUndefined();
    expect(outlookOf(make({ outlook: { risk: 'likely-miss', method: 'current', projected: 449.21 } }))).toBeUndefined(); // "stays where it is" adds nothing
    expect(outlookOf(make({ round: 12, outlook: { risk: 'likely-miss', method: 'own-ratio', projected: 600 } }))).toBeUndefined(); // the year-end is known
    // a met item only when the minimum lies inside the band
    expect(outlookOf(make({ status: 'metMin', level: 'min', result: 710, outlook: { risk: 'on-track', method: 'own-ratio', projected: 900 } }))).toBeUndefined();
    expect(outlookOf(make({ status: 'metMin', level: 'min', result: 710, outlook: { risk: 'borderline', method: 'own-ratio', projected: 720 } }))).toContain('อาจไม่ผ่านค่าเป้าหมายขั้นต้น');
  });
});

describe('national recommendation drafts', () => {
  const base: NationalFacts = { year: 2566, round: 6, hasComponents: false, componentLabelTh: null, provinces: 45, items: 45, belowMinProvinces: 39, belowMinItems: 39, notReportedProvinces: 0, pendingProvinces: 0, metItems: 6, atStdOrAdvItems: 2 };
  it.each([
    [{}, 'national.belowMin', 'รอบ 6 เดือน มีจังหวัดที่ไม่ผ่านค่าเป้าหมายขั้นต้น 39 จาก 45 จังหวัด'],
    [{ hasComponents: true, componentLabelTh: 'แหล่งน้ำ', provinces: 27, items: 48, belowMinProvinces: 14, belowMinItems: 17 }, 'national.belowMin', 'มีจังหวัดที่ไม่ผ่านค่าเป้าหมายขั้นต้น 14 จาก 27 จังหวัด (17 จาก 48 แหล่งน้ำ)'],
    [{ belowMinProvinces: 3, belowMinItems: 3, metItems: 42, atStdOrAdvItems: 30 }, 'national.belowMin', 'ขณะที่จังหวัดส่วนใหญ่ (ร้อยละ 67) บรรลุค่าเป้าหมายมาตรฐานหรือขั้นสูงแล้ว'],
    [{ belowMinProvinces: 0, belowMinItems: 0, notReportedProvinces: 2, metItems: 43 }, 'national.notReported', 'ไม่มีจังหวัดที่ไม่ผ่านค่าเป้าหมายขั้นต้น แต่มีจังหวัดที่ไม่รายงานผล 2 จาก 45 จังหวัด'],
    [{ belowMinProvinces: 0, belowMinItems: 0, metItems: 44, pendingProvinces: 1 }, 'national.allMet', 'โดยมีจังหวัดที่ยังอยู่ระหว่างดำเนินการ 1 จังหวัด'],
    [{ belowMinProvinces: 0, belowMinItems: 0, metItems: 0, pendingProvinces: 45 }, 'national.pending', 'ยังไม่สามารถออกผลการดำเนินงานได้ทั้ง 45 จังหวัด'],
  ] as const)('%o → %s', (over, situation, phrase) => {
    const d = draftNational({ ...base, ...over });
    expect(d.situationId).toBe(situation);
    expect(d.text).toContain(phrase);
    expect(d.text).not.toMatch(/\{|\}|undefined|null/);
  });

  it('says "most provinces already passed" only when more than half did', () => {
    expect(draft(nationalTemplates(), nationalFactValues({ ...base, atStdOrAdvItems: 22 })).text).not.toContain('ส่วนใหญ่');
    expect(draft(nationalTemplates(), nationalFactValues({ ...base, atStdOrAdvItems: 23 })).text).toContain('ส่วนใหญ่');
  });
});
