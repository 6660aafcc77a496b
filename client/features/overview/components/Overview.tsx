/** A minimal national overview until the dashboard issue lands: pick a round, see counts and the national table. */
import { useState } from 'react';
import { statusLabels, statuses } from '../../../../shared/classification/types';
import { groupLabels } from '../../../../shared/reference';
import { toThaiDigits } from '../../../../shared/thai';
import { useRoundSummary } from '../api/get-round-summary';
import { useRounds } from '../api/get-rounds';
import { NationalTable } from './NationalTable';

const th = (n: number | string) => toThaiDigits(String(n));

export function Overview() {
  const rounds = useRounds();
  // Newest first: staff open the dashboard for the round they are reviewing now.
  const withData = (rounds.data?.rounds.filter((r) => r.results > 0) ?? []).reverse();
  const [picked, setPicked] = useState<string | null>(null);
  const current = picked ?? (withData[0] ? `${withData[0].year}-${withData[0].round}` : null);
  const [year, round] = current ? current.split('-').map(Number) : [0, 0];
  const summary = useRoundSummary(year!, round!, current !== null);

  if (rounds.isPending) return <p role="status">กำลังโหลดรายการรอบการประเมิน…</p>;
  if (rounds.isError) return <p role="alert">โหลดข้อมูลไม่สำเร็จ กรุณาตรวจสอบว่าเซิร์ฟเวอร์ทำงานอยู่ แล้วโหลดหน้านี้ใหม่</p>;
  if (withData.length === 0) return <p>ยังไม่มีผลการดำเนินงานในระบบ กรุณานำเข้าไฟล์ผลการดำเนินงาน (npm run import -- &lt;ไฟล์&gt;)</p>;

  return (
    <>
      <label>
        รอบการประเมิน{' '}
        <select value={current ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {withData.map((r) => (
            <option key={`${r.year}-${r.round}`} value={`${r.year}-${r.round}`}>
              ปีงบประมาณ พ.ศ. {th(r.year)} รอบ {th(r.round)} เดือน
            </option>
          ))}
        </select>
      </label>
      {summary.isPending && <p role="status">กำลังโหลดสรุปผล…</p>}
      {summary.isError && <p role="alert">โหลดสรุปผลไม่สำเร็จ: {(summary.error as Error).message}</p>}
      {summary.data && (
        <>
          <section aria-label="ภาพรวม">
            <p>
              จังหวัดที่ประเมิน {th(summary.data.totals.provinces)} จังหวัด · {th(summary.data.totals.items)} รายการ
            </p>
            <ul className="counts">
              {statuses.map((s) => (
                <li key={s}>
                  {statusLabels[s].th}: <strong>{th(summary.data.totals.counts[s])}</strong>
                </li>
              ))}
            </ul>
          </section>
          <table>
            <caption>สรุปรายตัวชี้วัด จำนวน {th(summary.data.indicators.length)} ตัวชี้วัด</caption>
            <thead>
              <tr>
                <th scope="col">ตัวชี้วัด</th>
                <th scope="col">ด้าน</th>
                {statuses.map((s) => (
                  <th scope="col" key={s}>{statusLabels[s].th}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.data.indicators.map((i) => (
                <tr key={i.code}>
                  <td>
                    {i.code} {i.nameTh} {i.example && <em>(ตัวชี้วัดตัวอย่าง ไม่ใช่ของ ก.พ.ร.)</em>}
                  </td>
                  <td>{groupLabels[i.group].th}</td>
                  {statuses.map((s) => (
                    <td key={s}>{i.counts[s] ? th(i.counts[s]) : '-'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <NationalTable summary={summary.data} />
        </>
      )}
    </>
  );
}
