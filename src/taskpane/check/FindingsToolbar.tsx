/** Above the list, kept in view while it scrolls: the severity filter and 上一个 / 下一个 with the position. */
import * as React from 'react';
import { Button, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_LABEL, type Severity } from '../../core/finding';
import { SEVERITIES, type Counts } from '../findings';
import { ArrowDown16Regular, ArrowUp16Regular } from '../icons';
import { SeverityIcon } from '../SeverityIcon';

const useStyles = makeStyles({
  sticky: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  nav: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  navPos: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

export interface FindingsToolbarProps {
  filter: ReadonlySet<Severity>;
  /** The workbook's counts (whatever the filter), shown on the filter buttons. */
  total: Counts;
  onToggle: (sev: Severity) => void;
  /** How many findings 上一个 / 下一个 walk, and where the current one is (-1: none). */
  count: number;
  currentIndex: number;
  onStep: (delta: 1 | -1) => void;
}

export function FindingsToolbar(props: FindingsToolbarProps) {
  const s = useStyles();
  const { total, count, currentIndex } = props;
  const countFor: Record<Severity, number> = { error: total.errors, warning: total.warnings, info: total.infos };
  return (
    <div className={s.sticky}>
      <div className={s.filters} role="group" aria-label="按严重程度筛选">
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={props.filter.has(sev)}
            aria-pressed={props.filter.has(sev)}
            icon={<SeverityIcon severity={sev} />}
            onClick={() => props.onToggle(sev)}
          >
            {SEVERITY_LABEL[sev]} {countFor[sev]}
          </ToggleButton>
        ))}
      </div>

      <div className={s.nav}>
        <Button size="small" icon={<ArrowUp16Regular />} disabled={count === 0} onClick={() => props.onStep(-1)}>
          上一个
        </Button>
        <Button size="small" icon={<ArrowDown16Regular />} disabled={count === 0} onClick={() => props.onStep(1)}>
          下一个
        </Button>
        <Text size={200} className={s.navPos} aria-label="当前位置">
          {currentIndex >= 0 ? `${currentIndex + 1} / ${count}` : `共 ${count} 个`}
        </Text>
      </div>
    </div>
  );
}
