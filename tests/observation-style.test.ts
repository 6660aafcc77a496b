/**
 * How the drafted observations read over all 76 demo notices of FY2566 round 6 (issue 12, section 4):
 * how many distinct texts there are with the numbers masked, how many items end on the same sentence,
 * and how long the sentences are (Intl.Segmenter('th') words). Targets: no closing sentence ends more
 * than 20 % of the items; the median sentence is at most 40 words. The figures are printed.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { loadRoundContext } from '../server/modules/notices/context';
import { draftObservation, type ObservationFacts } from '../server/modules/notices/drafting';
import { createTestDb, type TestDb } from './helpers/test-db';

let t: TestDb;
beforeAll(async () => {
  t = createTestDb();
  await loadDemoData(t.db, join(dataDir, 'demo'));
});
afterAll(() => t.close());

const mask = (s: string) => s.replace(/[0-9๐-๙][0-9๐-๙.,]*/g, '#');
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const wordCount = (s: string) => [...segmenter.segment(s)].filter((x) => x.isWordLike).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('observation style over the 76 demo notices (FY2566, 6 months)', () => {
  it('varied closing sentences, short sentences', () => {
    const ctx = loadRoundContext(t.db, 2566, 6, { drafts: 'all' })!;
    expect(ctx.provinces.size).toBe(76);
    // The drafts as every notice shows them (computed on the fly: reads store nothing).
    const rows = [...ctx.observations.values()].map((o) => ({ factsJson: o.factsJson, text: o.draftText }));
    expect(rows.length).toBe(ctx.items.length);
    const lastCounts = new Map<string, number>();
    const belowLast = new Map<string, number>();
    const sentenceWords: number[] = [];
    let below = 0;
    const belowTexts = new Set<string>();
    for (const r of rows) {
      const facts = JSON.parse(r.factsJson) as ObservationFacts;
      const d = draftObservation(facts);
      expect(d.text).toBe(r.text); // the stored draft is what we measure
      for (const s of d.sentences) {
        sentenceWords.push(wordCount(s));
        expect(s, 'no double or edge spaces').toBe(s.replace(/\s{2,}/g, ' ').trim());
      }
      const last = mask(d.sentences.at(-1)!);
      lastCounts.set(last, (lastCounts.get(last) ?? 0) + 1);
      if (facts.status === 'belowMin') {
        below++;
        belowTexts.add(mask(d.text));
        belowLast.set(last, (belowLast.get(last) ?? 0) + 1);
      }
    }
    const [topLast, topCount] = [...lastCounts].sort((a, b) => b[1] - a[1])[0]!;
    const topBelow = Math.max(...belowLast.values());
    const figures = {
      items: rows.length,
      distinctMaskedTexts: new Set(rows.map((r) => mask(r.text))).size,
      belowMinItems: below,
      belowMinDistinctMaskedTexts: belowTexts.size,
      mostCommonLastSentenceShare: `${((100 * topCount) / rows.length).toFixed(1)} % (${topCount} items): ${topLast}`,
      belowMinMostCommonLastSentence: `${topBelow} of ${below}`,
      sentences: sentenceWords.length,
      medianSentenceWords: median(sentenceWords),
      maxSentenceWords: Math.max(...sentenceWords),
    };
    console.log('observation style figures', JSON.stringify(figures, null, 1));
    expect(topCount / rows.length).toBeLessThanOrEqual(0.2);
    expect(median(sentenceWords)).toBeLessThanOrEqual(40);
    expect(rows.map((r) => r.text).join('\n')).not.toMatch(/ปี พ\.ศ\. \d{4} \(|ซึ่งควรเฝ้าระวัง.*ซึ่งควรเฝ้าระวัง/);
  });
});
