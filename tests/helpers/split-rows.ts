/**
 * Compares a printed notice's text with its HTML's text nodes when table rows may split across pages.
 * A split row is painted cell by cell on each page (the first lines of every cell, then on the next
 * page the rest of every cell), so the PDF's order is no longer the HTML's. What must still hold:
 * the same characters, each exactly as often (nothing lost, doubled or reordered inside a cluster),
 * and every text node present whole or in two pieces (the two sides of one page break).
 */
const count = (s: string) => {
  const m = new Map<string, number>();
  for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
};

/**
 * Empty when `printed` holds exactly the characters of `nodes`, each node whole or split once. `extras`
 * (page footers and numbers, repeated table headers) are taken out of both sides before counting.
 */
export function splitRowMismatches(printed: string, nodes: string[], extras: RegExp[] = []): string[] {
  const problems: string[] = [];
  const without = (text: string) => extras.reduce((acc, re) => acc.replace(re, ''), text);
  const want = count(without(nodes.join('')));
  const got = count(without(printed));
  for (const [ch, n] of want) if (got.get(ch) !== n) problems.push(`"${ch}" ${n} times in the HTML, ${got.get(ch) ?? 0} in the PDF`);
  for (const [ch, n] of got) if (!want.has(ch)) problems.push(`"${ch}" ${n} times in the PDF only`);
  for (const s of nodes) if (!wholeOrSplitOnce(printed, s)) problems.push(`not found whole or in two pieces: ${s.slice(0, 60)}`);
  return problems;
}

/**
 * True when `s` is in `printed` whole, or as exactly two consecutive pieces in order: a head
 * `s.slice(0, k)` and, somewhere after the head's end, the tail `s.slice(k)` (the two sides of one
 * page break; what the PDF paints between them, the rest of the row's first page, comes between).
 * A tail before its head, a piece missing, or a third piece is not a page break.
 *
 * @example
 * wholeOrSplitOnce('ab|x|cd', 'abcd') // true: "ab" then, later, "cd"
 * wholeOrSplitOnce('cd|x|ab', 'abcd') // false: the tail comes first
 */
export function wholeOrSplitOnce(printed: string, s: string): boolean {
  if (printed.includes(s)) return true;
  for (let k = 1; k < s.length; k++) {
    // The first place the head stands leaves the most text after it, so one look-up per split point suffices.
    const head = printed.indexOf(s.slice(0, k));
    if (head >= 0 && printed.indexOf(s.slice(k), head + k) >= 0) return true;
  }
  return false;
}
