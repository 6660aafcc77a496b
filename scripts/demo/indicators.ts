/**
 * Definitions behind data/catalog/fy2566.json (and the FY2565 demo copy). Names, counts, units and
 * directions follow the team brief `indicators-fy2566.md`; the province lists start from the seed's
 * national table (the provinces below minimum, by `seedSeq`) and add demo provinces (`extra`, 2-digit
 * codes) up to the counts the seed prints. Everything the seed does not state is labelled in `source`.
 */
import type { CatalogIndicator } from '../../shared/reference';
import { industrialAreas, waterSources } from './components';

export type IndicatorDef = Omit<CatalogIndicator, 'provinces'> & {
  /** `seq` of rows of data/reference/fy2566-r6-national-table.seed.json whose provinces are assigned. */
  seedSeq?: number[];
  /** More assigned provinces (2-digit codes). */
  extra?: string[];
  /** Assigned to every province in the measure except these. */
  allExcept?: string[];
};

// decimals: places shown, per unit as OPDC prints it (data/catalog/README.md).
const money = { unitTh: 'ล้านบาท', unitEn: 'million baht', decimals: 2, kind: 'quantity', accumulates: true } as const;
const percent = { unitTh: 'ร้อยละ', unitEn: 'percent', decimals: 2, kind: 'quantity', accumulates: false } as const;
const level = { unitTh: 'ระดับ', unitEn: 'level', decimals: 0, kind: 'level', accumulates: false } as const;
const plain = { direction: 'higher', hasComponents: false, example: false } as const;
const example = { direction: 'higher', hasComponents: false, example: true, source: 'example — not an OPDC indicator' } as const;
const demoRest = 'provinces beyond the seed\'s below-minimum list: demo assumption';

export const indicatorDefs: IndicatorDef[] = [
  {
    code: 'ECO-01', group: 'economic', ...plain, ...level,
    nameTh: 'การขับเคลื่อนการดำเนินงานของศูนย์อำนวยการขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืนตามหลักปรัชญาของเศรษฐกิจพอเพียง (ศจพ.)',
    nameEn: 'Operation of the Centre for Poverty Eradication and Sustainable Development of People of All Ages under the Sufficiency Economy Philosophy (ศจพ.)',
    source: 'seed (name start, 76 provinces); name end and unit inferred', allExcept: [],
  },
  {
    code: 'ECO-02', group: 'economic', ...plain, ...money,
    nameTh: 'รายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน (OTOP)', nameEn: 'Revenue from community product (OTOP) sales',
    // the 54 provinces of the seed's three OTOP rows + 4 more (3 hosts of the 2023 regional OTOP fairs not in those rows, and เชียงใหม่)
    source: `seed; unit inferred; 58 provinces: the seed names 54, the other 4 (TH-24, TH-50, TH-51, TH-83) are a demo assumption`,
    seedSeq: [1, 2, 3], extra: ['24', '50', '51', '83'],
  },
  {
    code: 'ECO-03', group: 'economic', ...plain, ...money,
    nameTh: 'รายได้จากการจำหน่ายผลิตภัณฑ์ชุมชน (OTOP) โดยผ่านช่องทางออนไลน์', nameEn: 'Revenue from community product (OTOP) sales through online channels',
    source: `seed; unit inferred; same 58 provinces as ECO-02 (demo assumption for 4)`,
    seedSeq: [1, 2, 3], extra: ['24', '50', '51', '83'],
  },
  {
    code: 'ECO-04', group: 'economic', ...plain, ...percent,
    nameTh: 'ร้อยละของจำนวนใบรับรองมาตรฐานผลิตภัณฑ์ชุมชน (มผช.)', nameEn: 'Percentage of community product standard (TCPS, มผช.) certificates',
    source: `seed; same 58 provinces as ECO-02 (demo assumption for 4)`,
    seedSeq: [1, 2, 3], extra: ['24', '50', '51', '83'],
  },
  {
    code: 'ECO-05', group: 'economic', ...plain, ...money,
    nameTh: 'รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย', nameEn: 'Tourism revenue from Thai visitors',
    source: `seed; ${demoRest}`, seedSeq: [4], extra: ['20', '57', '55', '64', '82', '75'],
  },
  {
    code: 'ECO-06', group: 'economic', ...plain, ...money,
    nameTh: 'รายได้จากการท่องเที่ยวของนักท่องเที่ยวต่างชาติ', nameEn: 'Tourism revenue from foreign tourists',
    source: 'seed; province set inferred (all 8 were below minimum at 6 months)', seedSeq: [5],
  },
  {
    code: 'ECO-07', group: 'economic', ...plain, ...level,
    nameTh: 'ผลการดำเนินงานตามแนวทางส่งเสริมเกษตรแปลงใหญ่', nameEn: 'Performance under the large-scale agricultural plot (แปลงใหญ่) promotion guidelines',
    source: 'seed (name, 33 provinces); unit unknown, ระดับ assumed; provinces: demo assumption',
    extra: ['15', '16', '18', '72', '60', '66', '65', '62', '64', '61', '67', '53', '56', '57', '55', '30', '31',
      '32', '33', '34', '35', '45', '46', '44', '40', '36', '41', '47', '24', '25', '84', '86', '93'],
  },
  {
    code: 'ECO-08', group: 'economic', ...plain, ...money,
    nameTh: 'มูลค่าการค้าชายแดน', nameEn: 'Border trade value',
    source: 'seed; unit inferred; province set inferred (all 8 were below minimum at 6 months)', seedSeq: [6],
  },
  {
    code: 'ECO-09', group: 'economic', ...plain, ...money,
    nameTh: 'รายได้จากการจำหน่ายสินค้าเกษตรอัตลักษณ์พื้นถิ่น', nameEn: 'Revenue from sales of local identity agricultural products',
    source: 'seed (name, 1 province); unit inferred; the province is not named in the seed (TH-33 is a demo assumption)',
    extra: ['33'],
  },
  {
    code: 'SOC-01', group: 'social', ...plain, ...percent,
    nameTh: 'ร้อยละหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด', nameEn: 'Percentage of villages/communities where no drug problem is found',
    source: `name: seed; group inferred; ${demoRest}`, seedSeq: [7],
    extra: ['50', '58', '63', '56', '55', '34', '48', '43', '38', '42', '47', '32', '90', '94', '95', '96', '85',
      '84', '20', '21', '24', '11', '12', '74', '73', '14', '18', '30', '65'],
  },
  {
    code: 'SOC-02', group: 'social', ...plain, direction: 'lower',
    unitTh: 'ต่อพันคน', unitEn: 'per 1,000 women aged 15–19', decimals: 2, kind: 'quantity', accumulates: false,
    nameTh: 'อัตราการคลอดมีชีพในหญิงอายุ 15-19 ปี ต่อประชากรหญิงอายุ 15-19 ปี พันคน',
    nameEn: 'Live birth rate among women aged 15–19 per 1,000 women aged 15–19',
    source: `name: seed; direction inferred (lower is better); ${demoRest}`, seedSeq: [8],
    extra: ['50', '57', '63', '55', '56', '27', '23', '22', '21', '20', '36', '38', '47', '67', '96'],
  },
  {
    code: 'SOC-03', group: 'social', ...plain, ...percent,
    nameTh: 'ร้อยละความพึงพอใจต่อการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service)',
    nameEn: 'Percentage satisfaction with electronic public services (e-Service)',
    source: `seed; ${demoRest}`, seedSeq: [13],
    extra: ['14', '16', '17', '19', '11', '12', '20', '22', '23', '24', '27', '30', '31', '33', '34', '36', '39', '42'],
  },
  {
    code: 'SOC-04', group: 'social', ...example, ...percent,
    nameTh: '[ตัวอย่าง] ร้อยละของผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตามแผนการดูแลรายบุคคล (Care Plan)',
    nameEn: '[Example] Percentage of dependent older persons cared for under an individual care plan',
    extra: ['17', '18', '75', '76', '52', '54', '53', '55', '56', '58', '64', '65', '66', '44', '45', '35', '37', '39', '46', '27'],
  },
  {
    code: 'SOC-05', group: 'social', ...example, ...level,
    nameTh: '[ตัวอย่าง] ระดับความสำเร็จของการลดอุบัติเหตุทางถนนโดยศูนย์ปฏิบัติการความปลอดภัยทางถนนอำเภอ',
    nameEn: '[Example] Success level of road-accident reduction by district road-safety centres',
    extra: ['26', '37', '39', '61', '86', '77', '94', '95', '96', '85', '82', '62', '43', '46'],
  },
  {
    code: 'ENV-01', group: 'environment', ...plain, ...percent,
    nameTh: 'ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง', nameEn: 'Percentage of community solid waste managed correctly',
    source: `seed; ${demoRest}`, seedSeq: [9],
    allExcept: ['58', '85', '82', '26', '18', '37', '39', '35', '61', '66', '53', '94', '95', '96', '77', '86'],
  },
  {
    code: 'ENV-02', group: 'environment', ...plain, ...percent, unitTh: 'คะแนน WQI', unitEn: 'WQI points (0–100)',
    hasComponents: true, componentLabelTh: 'แหล่งน้ำ', componentLabelEn: 'water source',
    nameTh: 'คุณภาพน้ำของแม่น้ำสายหลักอยู่ในเกณฑ์ดีเพิ่มขึ้น', nameEn: 'Water quality of main rivers in the good range increased',
    source: 'seed (27 provinces, 48 water sources; 14 provinces / 17 sources below minimum named); the other sources and provinces: demo assumption',
    extra: Object.keys(waterSources),
  },
  {
    code: 'ENV-03', group: 'environment', ...plain, ...level,
    hasComponents: true, componentLabelTh: 'พื้นที่', componentLabelEn: 'area / phase',
    nameTh: 'การพัฒนาพื้นที่อุตสาหกรรมเข้าสู่เมืองอุตสาหกรรมเชิงนิเวศ', nameEn: 'Development of industrial areas into eco-industrial towns',
    source: 'seed (12 provinces, 17 areas; 3 provinces / 6 areas below minimum named); unit inferred; the other 9 provinces: demo assumption',
    extra: Object.keys(industrialAreas),
  },
  {
    code: 'ENV-04', group: 'environment', ...plain, ...level,
    nameTh: 'ความสำเร็จของการส่งเสริมสถานประกอบการเข้าสู่ระบบอุตสาหกรรมสีเขียว', nameEn: 'Success in promoting establishments into the Green Industry system',
    source: `seed; unit inferred (Green Industry levels 1–5); ${demoRest}`, seedSeq: [12],
    extra: ['15', '14', '13', '11', '12', '20', '21', '24', '25', '74', '73', '70', '30', '40'],
  },
  {
    code: 'ENV-05', group: 'environment', ...example, ...percent,
    nameTh: '[ตัวอย่าง] ร้อยละที่ลดลงของจุดความร้อน (Hotspot) ในพื้นที่ป่าไม้และพื้นที่เกษตร',
    nameEn: '[Example] Percentage reduction of fire hotspots in forest and farm land',
    extra: ['50', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '67'],
  },
  {
    code: 'PB-01', group: 'potential', ...example, ...money,
    nameTh: '[ตัวอย่าง] รายได้จากการท่องเที่ยวตามเส้นทางท่องเที่ยววิถีชุมชนริมน้ำที่จังหวัดเสนอ',
    nameEn: '[Example] Revenue from the province-proposed riverside community tourism route',
    extra: ['15', '17', '18', '72', '75'],
  },
  {
    code: 'PB-02', group: 'potential', ...example, ...money,
    nameTh: '[ตัวอย่าง] มูลค่าการจำหน่ายผลิตภัณฑ์เด่นของจังหวัดที่จังหวัดเสนอ',
    nameEn: '[Example] Sales of the province-proposed signature local product',
    extra: ['27', '35', '37', '39', '46', '49'],
  },
  {
    code: 'PB-03', group: 'potential', ...example, ...level,
    nameTh: '[ตัวอย่าง] ระดับความสำเร็จของการพัฒนาเมืองสมุนไพร',
    nameEn: '[Example] Success level of herbal-city development',
    extra: ['25', '47', '57', '84'],
  },
  {
    code: 'PB-04', group: 'potential', ...example, ...percent,
    nameTh: '[ตัวอย่าง] ร้อยละของแปลงผลไม้ที่ได้รับการรับรองมาตรฐาน GAP',
    nameEn: '[Example] Percentage of fruit orchards certified to GAP',
    extra: ['22', '23', '86', '92', '93'],
  },
  {
    code: 'PB-05', group: 'potential', ...example, ...level,
    nameTh: '[ตัวอย่าง] ระดับความสำเร็จของการพัฒนาเมืองอัจฉริยะ (Smart City) ของจังหวัด',
    nameEn: '[Example] Success level of the province\'s smart-city development',
    extra: ['83', '40', '20', '90', '21'],
  },
];
