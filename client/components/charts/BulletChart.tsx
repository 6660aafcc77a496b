/**
 * One result against its three targets: light bands for the target ranges, ticks at minimum,
 * standard and advanced, and a dot for the result (better is to the right whatever the direction).
 */
import type { Direction, Targets } from '../../../shared/classification/types';
import { bulletScale } from './bullet';

const W = 200;
const H = 26;
const bandFill = { belowMin: '#f6d2d2', min: '#fbe8b4', std: '#cfe8cf', adv: '#a9d4b3' } as const;

/** The year-end outlook on the same scale: a hollow diamond at the projection, a line across its band. */
export interface BulletProjection {
  value: number;
  low: number | null;
  high: number | null;
}

export function BulletChart({ targets, direction, value, label, projection = null }: { targets: Targets; direction: Direction; value: number | null; label: string; projection?: BulletProjection | null }) {
  const s = bulletScale(targets, direction, value, projection ? [projection.value, projection.low ?? projection.value, projection.high ?? projection.value] : []);
  const px = projection ? s.pos(projection.value) * W : 0;
  return (
    <svg className="bullet" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {s.bands.map((b) => (
        <rect key={b.band} x={b.from * W} y={5} width={Math.max(0, (b.to - b.from) * W)} height={H - 10} fill={bandFill[b.band]} />
      ))}
      {(['min', 'std', 'adv'] as const).map((k) => (
        <line key={k} className={`bullet-tick bullet-${k}`} x1={s.pos(targets[k]) * W} x2={s.pos(targets[k]) * W} y1={2} y2={H - 2} />
      ))}
      {projection && projection.low !== null && projection.high !== null && (
        <line className="bullet-band" x1={s.pos(projection.low) * W} x2={s.pos(projection.high) * W} y1={H - 4} y2={H - 4} />
      )}
      {value !== null && <rect className="bullet-value" x={s.pos(value) * W - 3} y={7} width={6} height={H - 14} rx={1} />}
      {projection && <path className="bullet-projected" d={`M${px} 3 L${px + 5} ${H / 2} L${px} ${H - 3} L${px - 5} ${H / 2} Z`} />}
    </svg>
  );
}
