/**
 * Edit distance over code points (callers pass arrays from `[...str]`), so a Thai vowel or tone
 * mark counts as one edit, as it is one keystroke.
 *
 * @example
 * levenshtein([...'ตรวด'], [...'ตราด']) // 1
 */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Two rows are enough; province names are short, so this is cheap for 77 candidates.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}
