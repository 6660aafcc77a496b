/** data/demo/README.md, written by the generator so its row counts and lists are always the real ones. */
import type { ProvinceRef } from '../../shared/reference';
import { notReported2566r6, pending2566r6 } from './seed-facts';
import type { DemoSummary } from './verify';

export function demoReadme(s: DemoSummary, provinces: ProvinceRef[]): string {
  const name = (iso: string) => provinces.find((p) => p.iso === iso)?.nameTh ?? iso;
  const list = (items: [string, string, string][]) => items.map(([code, iso, comp]) => `${code} ${name(iso)}${comp ? ` ${comp}` : ''}`).join(', ');
  const rows = (name: string) => s.files.find((f) => f.name === name)?.rows ?? 0;
  const c = (name: string) => s.statusCounts[name]!;
  const line = (name: string, what: string) =>
    `| \`${name}\` | ${rows(name)} | ${c(name).belowMin} / ${c(name).metMin} / ${c(name).pending} / ${c(name).notReported} | ${what} |`;
  return `# Demo dataset

**Synthetic demo data.** Apart from the seed-derived facts listed below, every number in these files is
made up by \`scripts/generate-demo.ts\` for demonstrations and tests. It is not OPDC data and must never be
presented as real results.

The files are in the very import format provinces and OPDC staff use (columns of
\`shared/import-format.ts\`: fiscal_year, round, province, indicator, component, target_min, target_std,
target_adv, result, note), one row per assigned province × indicator × component per round. Load them in
name order: the 12-month files leave the target columns empty because the targets are already stored from
the 6-month file of the same year.

| file | rows | below min / met / pending / not reported | what |
|---|---|---|---|
${line('fy2565-r06.xlsx', 'FY2565, 6-month round. Excel, sheet `ผลการดำเนินงาน`, Thai headers, targets in every row.')}
${line('fy2565-r12.csv', 'FY2565, 12-month round. CSV **Windows-874** (as Thai-locale Excel saves it), Thai headers, target columns present but empty.')}
${line('fy2566-r06.xlsx', 'FY2566, 6-month round: **the seed round**. Excel, sheet `ผลการดำเนินงาน`, Thai headers, targets in every row.')}
${line('fy2566-r12.csv', 'FY2566, 12-month round. CSV UTF-8 with BOM, English headers, target columns present but empty.')}

Status counts use the seed's rule: a numeric result is below minimum when it is worse than the minimum
target (higher-is-better: result < min; lower-is-better, SOC-02: result > min). Each component counts as
one item.

## What the cells look like

Written the way provinces type them, so the import has real work to do: province as a Thai name (most
rows), with a \`จ.\` or \`จังหวัด\` prefix, as an ISO code (\`TH-15\`), a 2-digit code (\`15\`) or an English
name; indicator as a code (most rows) or its exact Thai name; result as a number, in Thai digits
(\`๔๔๙.๒๑\`), with thousands separators (\`1,234.50\`), with a unit (\`449.21 ล้านบาท\`, \`85.20%\`,
\`ระดับ 4\`), or a status word (\`ไม่รายงานผล\` / \`not reported\`, \`อยู่ระหว่างดำเนินการ\` / \`N/A\` /
\`pending\`). All spellings are valid; none is misspelled on purpose.

## The seed example province: อ่างทอง (TH-15)

The seed's filled-in status notice (FY2566, 6-month round) has no province name. The demo gives it to
อ่างทอง because it is the only province that fits every fact of the notice and the national table:

- it is in the seed's Thai-visitor tourism list (ECO-05) of provinces below minimum, the indicator the
  notice shows;
- it is below minimum on exactly 4 items of the national table: ECO-05 tourism, SOC-01 drug-free
  villages, SOC-03 e-Service satisfaction and one water source (แม่น้ำน้อย, ENV-02), matching the
  notice's "below minimum: 4"; tourism is its first below-minimum item in catalog order, as in the notice;
- it is a small province, so 449.21 million baht of Thai-visitor revenue in half a year against a
  full-year minimum of 707.14 is plausible;
- it has two water sources (แม่น้ำน้อย, แม่น้ำเจ้าพระยาตอนกลาง) as the notice's "10 indicators
  (including 2 components)".

Its FY2566 6-month items are therefore exactly 10: below minimum 4 (ECO-05 = 449.21 against
707.14 / 744.34 / 802.25, SOC-01, SOC-03, ENV-02 แม่น้ำน้อย), met minimum 3 (ECO-01, ENV-01, ENV-02
แม่น้ำเจ้าพระยาตอนกลาง), pending 3 (ECO-07, ENV-04 and the example Potential Base indicator PB-01),
not reported 0. Its FY2565 tourism values (401.37 at 6 months, 712.58 at 12 months, against 650 / 690 /
740) are made up for the year-on-year comparison.

## Seed-derived facts (everything else is synthetic)

- FY2566 6-month round: for each of the 13 indicators of the seed's national table, the provinces (and,
  for ENV-02 and ENV-03, the water sources and areas) below minimum are exactly the seed's lists
  (\`data/reference/fy2566-r6-national-table.seed.json\`); every other assigned item is met, pending or not
  reported. Indicators not in that table (ECO-01, ECO-07, ECO-09 and the examples) have no item below
  minimum; the Potential Base group has none below minimum and none not reported; more than 65% of the
  ENV-01 provinces are at the standard or advanced target.
  The seed prints 37 for the OTOP-online row but lists 54 names (a copy error); the demo follows the names.
- The 10 provinces the seed says had no e-Service users yet (สุพรรณบุรี สมุทรสงคราม กระบี่ พังงา ปัตตานี
  ปราจีนบุรี ลำปาง ลำพูน แพร่ พิจิตร) report 0% satisfaction at 6 months, with a note.
- อ่างทอง's notice as above.
- Indicator names, groups and province counts: \`data/catalog/fy2566.json\` (see its \`source\` fields;
  the 8 example indicators are flagged \`example: true\` and named \`[ตัวอย่าง] …\`).

Demo choices in the FY2566 6-month round (not from the seed, placed where the seed allows them):
not reported: ${list(notReported2566r6)}; pending: ${list(pending2566r6)} (the first three are
อ่างทอง's, from the seed's notice).

Synthetic: all targets and results other than อ่างทอง's 449.21 / 707.14 / 744.34 / 802.25; which
non-failing items are met, pending or not reported; the whole of FY2565 (its catalog is a copy of the
FY2566 one, a demo assumption) and of the FY2566 12-month round. Accumulating indicators (revenues, trade)
are compared at 6 months with full-year targets, as the seed does, so many of them are below minimum at
6 months and fewer at 12. Their year-ends follow a seasonal process, not the outlook's formula: each
province has its own first-half share of each indicator's year (about one in ten earns most of it in the
first half), kept from year to year and moved ±12 % by noise every year, so the outlook can be wrong and
the backtest (\`npm run bench\`, section "Backtest") measures how often.

## Regenerate

\`\`\`sh
npm run demo:generate                      # data/demo/* (checks the seed facts, prints a summary)
npx tsx scripts/demo/build-reference.ts    # data/provinces.json, data/catalog/fy2565.json, fy2566.json
\`\`\`

Both are deterministic (seeded PRNG, fixed timestamps): running them again gives byte-identical files.
`;
}
