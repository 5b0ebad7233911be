import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../../api/src/contracts/skills-audit';
import { levelRank } from './report-format';

export interface ChartRow {
  key: string;
  title: string;
  level: Level;
}

const ROW_HEIGHT = 52;
const LABEL_BASELINE = 16;
const BAR_TOP = 24;
const BAR_HEIGHT = 18;
const BAR_TEXT_BASELINE = BAR_TOP + 13;
/** A generous estimate of a level name's width, so it never spills past the chart's edge. */
const CHARACTER_WIDTH = 8;
const TEXT_GAP = 6;

const useStyles = makeStyles({
  root: { width: '100%' },
  svg: { display: 'block', width: '100%', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300, fontFamily: tokens.fontFamilyBase },
  levelText: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase, fontWeight: tokens.fontWeightSemibold },
  levelTextOnBar: { fill: tokens.colorNeutralForegroundInverted },
  track: { fill: tokens.colorNeutralBackground3, stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  // The compound brand colour keeps 3:1 against the track in light and dark themes alike (WCAG 1.4.11).
  bar: { fill: tokens.colorCompoundBrandBackground },
  grid: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, strokeDasharray: '3 3' },
});

/** The chart follows its container's width so that its text stays the same size on a phone. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * A bar per area, as long as its level (none for Not yet, the full width for Confident):
 * a picture of the table next to it. The table carries the same facts for screen readers,
 * so the picture is hidden from them. Each bar is labelled with its level in words, so
 * nothing depends on telling colours apart.
 */
export default function LevelChart({ rows }: { rows: readonly ChartRow[] }) {
  const styles = useStyles();
  const { ref, width } = useWidth();
  const height = rows.length * ROW_HEIGHT;
  // Not yet draws no bar; each level above it adds a third of the width.
  const step = width / (LEVELS.length - 1);

  return (
    <div ref={ref} className={styles.root} aria-hidden="true" data-testid="level-chart">
      <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="presentation" focusable="false">
        {rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          const barWidth = step * levelRank(row.level);
          const name = LEVEL_LABELS[row.level];
          const textWidth = name.length * CHARACTER_WIDTH;
          const fitsAfter = barWidth + TEXT_GAP + textWidth <= width;
          return (
            <g key={row.key} transform={`translate(0 ${top})`}>
              <text className={styles.label} x={0} y={LABEL_BASELINE}>
                {row.title}
              </text>
              <rect className={styles.track} x={0} y={BAR_TOP} width={width} height={BAR_HEIGHT} rx={2} />
              {LEVELS.slice(1, -1).map((level, gridIndex) => (
                <line key={level} className={styles.grid} x1={step * (gridIndex + 1)} x2={step * (gridIndex + 1)} y1={BAR_TOP} y2={BAR_TOP + BAR_HEIGHT} />
              ))}
              {barWidth > 0 ? <rect className={styles.bar} x={0} y={BAR_TOP} width={barWidth} height={BAR_HEIGHT} rx={2} /> : null}
              <text
                className={mergeClasses(styles.levelText, !fitsAfter && styles.levelTextOnBar)}
                x={fitsAfter ? barWidth + TEXT_GAP : barWidth - TEXT_GAP}
                y={BAR_TEXT_BASELINE}
                textAnchor={fitsAfter ? 'start' : 'end'}
              >
                {name}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
