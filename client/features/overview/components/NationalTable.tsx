/**
 * The seed's national table, derived from data: for each indicator with provinces below the minimum
 * target, the provinces (and components) and their count.
 */
import { toThaiDigits } from '../../../../shared/thai';
import type { getRoundSummary } from '../api/get-round-summary';

type Summary = Awaited<ReturnType<typeof getRoundSummary>>;

export function NationalTable({ summary }: { summary: Summary }) {
  const failing = summary.indicators.filter((i) => i.belowMin.length > 0);
  if (failing.length === 0) return <p>ไม่มีตัวชี้วัดที่มีจังหวัดไม่ผ่านค่าเป้าหมายขั้นต้นในรอบนี้</p>;
  return (
    <table className="national">
      <caption>ตัวชี้วัดที่ไม่ผ่านค่าเป้าหมายขั้นต่ำ จำนวน {toThaiDigits(String(failing.length))} ตัวชี้วัด</caption>
      <thead>
        <tr>
          <th scope="col">ตัวชี้วัด</th>
          <th scope="col">จังหวัดที่ไม่ผ่านค่าเป้าหมายขั้นต่ำ</th>
        </tr>
      </thead>
      <tbody>
        {failing.map((ind, n) => {
          const byProvince = new Map<string, string[]>();
          for (const b of ind.belowMin) byProvince.set(b.nameTh, [...(byProvince.get(b.nameTh) ?? []), ...(b.component ? [b.component] : [])]);
          const count = ind.hasComponents
            ? `${ind.belowMinProvinces} จังหวัด ${ind.belowMin.length} ${ind.componentLabelTh ?? 'องค์ประกอบ'}`
            : `${ind.belowMinProvinces} จังหวัด`;
          return (
            <tr key={ind.code}>
              <td>
                {n + 1}. {ind.nameTh} {ind.example && <em>(ตัวอย่าง)</em>}
              </td>
              <td>
                {[...byProvince].map(([name, comps]) => (comps.length ? `${name} (${comps.join(', ')})` : name)).join(' ')} ({toThaiDigits(count)})
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
