/**
 * The choropleth: one focusable path per province (an accessible name carries the status in words),
 * a tooltip on hover and on keyboard focus, and a label for provinces outside the measure.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, navigate } from '../../lib/router';
import { useI18n } from '../../app/i18n';
import { markMapReady, measureSwitchAfterPaint } from '../../lib/perf';
import type { MapCategory } from './categories';
import { categoryFill } from './fills';
import { MAP_HEIGHT, MAP_WIDTH, type ProvinceShape } from './geo';

export interface MapEntryView {
  category: MapCategory;
  /** The category in words, e.g. ไม่ผ่านค่าเป้าหมายขั้นต้น. */
  statusText: string;
  /** Detail lines: result with unit, targets, components. */
  lines: string[];
}

export interface ProvinceMapProps {
  shapes: readonly ProvinceShape[];
  entries: ReadonlyMap<string, MapEntryView>;
  /** The map's accessible name, saying what it is coloured by. */
  label: string;
  /** Identifies the colouring (an indicator code or "overall"); exposed as data-colour-key. */
  colourKey: string;
  nameOf(shape: ProvinceShape): string;
  /** The province page, or null for a province that has none (outside the measure). */
  hrefFor(iso: string): string | null;
  outsideLabel: string;
  openHint: string;
}

export function ProvinceMap({ shapes, entries, label, colourKey, nameOf, hrefFor, outsideLabel, openHint }: ProvinceMapProps) {
  const [active, setActive] = useState<string | null>(null);
  // On a touch screen there is no hover: the first tap on a province shows its tooltip (with a link),
  // a second tap on the same province opens it. A mouse click still opens at once.
  const pointer = useRef('mouse');
  const [tapped, setTapped] = useState<string | null>(null);
  const activeShape = active ? shapes.find((s) => s.iso === active) : undefined;
  const activeEntry = active ? entries.get(active) : undefined;

  // `data-ready` is set here, not rendered: the server draws the same SVG (first-screen-render.ts), and
  // the attribute must say the handlers are attached, which is true only once the browser has hydrated it.
  const svg = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    svg.current?.setAttribute('data-ready', 'true');
    markMapReady();
    measureSwitchAfterPaint();
  }, [colourKey, entries]);

  const open = (iso: string) => {
    const href = hrefFor(iso);
    if (href) navigate(href);
  };
  const onKey = (e: KeyboardEvent<SVGPathElement>, iso: string) => {
    if (e.key === 'Enter') open(iso);
    if (e.key === 'Escape') setActive(null);
  };

  const outside = shapes.filter((s) => entries.get(s.iso)?.category === 'outside');

  return (
    // After a tap Chromium sends a synthetic mouseover elsewhere; a tapped tooltip stays until the next tap.
    <div className="map" onMouseLeave={() => pointer.current !== 'touch' && setActive(null)}>
      <svg ref={svg} viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={label} data-colour-key={colourKey}>
        <g className="map-provinces">
          {shapes.map((s) => {
            const e = entries.get(s.iso);
            const category = e?.category ?? 'notAssigned';
            const href = hrefFor(s.iso);
            const name = nameOf(s);
            const text = [`${name}: ${e?.statusText ?? ''}`, ...(e?.lines ?? [])].join('. ');
            return (
              <path
                key={s.iso}
                d={s.d}
                fill={categoryFill[category]}
                data-iso={s.iso}
                data-category={category}
                role={href ? 'link' : 'img'}
                tabIndex={href ? 0 : undefined}
                aria-label={text}
                onMouseEnter={() => setActive(s.iso)}
                onFocus={() => setActive(s.iso)}
                onBlur={() => setActive((a) => (a === s.iso ? null : a))}
                onPointerDown={(ev) => {
                  pointer.current = ev.pointerType;
                  if (ev.pointerType !== 'touch') setTapped(null);
                }}
                onClick={() => {
                  if (pointer.current === 'touch' && tapped !== s.iso) {
                    setActive(s.iso);
                    setTapped(s.iso);
                    return;
                  }
                  open(s.iso);
                }}
                onKeyDown={(ev) => onKey(ev, s.iso)}
                className={href ? 'map-link' : undefined}
              />
            );
          })}
        </g>
        {activeShape && <path d={activeShape.d} className="map-highlight" aria-hidden="true" />}
        {outside.map((s) => (
          <g key={s.iso} className="map-outside-label" aria-hidden="true">
            {/* Bangkok is tiny at this scale: the label sits in the Gulf of Thailand with a leader line. */}
            <line x1={s.centroid[0]} y1={s.centroid[1]} x2={s.centroid[0] + 28} y2={s.centroid[1] + 92} />
            <text x={s.centroid[0] + 28} y={s.centroid[1] + 104} textAnchor="middle">
              {outsideLabel}
            </text>
          </g>
        ))}
      </svg>
      {activeShape && activeEntry && (
        <MapTooltip shape={activeShape} entry={activeEntry} name={nameOf(activeShape)} hint={hrefFor(activeShape.iso) ? openHint : null} href={tapped === activeShape.iso ? hrefFor(activeShape.iso) : null} />
      )}
    </div>
  );
}

/** `href`: after a tap, the tooltip carries a link to the province (a finger cannot hover to read, then click). */
function MapTooltip({ shape, entry, name, hint, href }: { shape: ProvinceShape; entry: MapEntryView; name: string; hint: string | null; href: string | null }) {
  const { t } = useI18n();
  const x = shape.centroid[0] / MAP_WIDTH;
  const y = shape.centroid[1] / MAP_HEIGHT;
  // Keep the box inside the map: anchor it away from the nearer edge.
  const tx = x < 0.35 ? '-10%' : x > 0.65 ? '-90%' : '-50%';
  const ty = y < 0.22 ? '14px' : 'calc(-100% - 14px)';
  return (
    <div className={href ? 'map-tooltip map-tooltip-tapped' : 'map-tooltip'} role={href ? 'dialog' : 'tooltip'} aria-label={href ? name : undefined} style={{ left: `${x * 100}%`, top: `${y * 100}%`, transform: `translate(${tx}, ${ty})` }}>
      <strong>{name}</strong>
      <span className="map-tooltip-status">{entry.statusText}</span>
      {entry.lines.map((l, i) => (
        <span key={i}>{l}</span>
      ))}
      {href ? (
        <Link to={href} className="map-tooltip-link">
          {t.importPreview.openProvince(name)}
        </Link>
      ) : (
        hint && <span className="map-tooltip-hint">{hint}</span>
      )}
    </div>
  );
}
