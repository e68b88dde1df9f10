/**
 * A rule's repeated findings on one sheet as one row: the cells as small chips (a click selects the cell,
 * as a row does), one message as the example (the current finding's once one of them is current), and an
 * expander that shows every finding as its own row.
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITY_LABEL, type Severity } from '../../core/finding';
import type { ShownFinding } from '../findings';
import { ChevronDown16Regular, ChevronRight16Regular } from '../icons';
import { SeverityIcon } from '../SeverityIcon';
import { FindingRow, findingLabel } from './FindingRow';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  icon: { marginTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, flexGrow: 1, minWidth: 0 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  chip: {
    minWidth: '36px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chipCurrent: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  },
  example: { color: tokens.colorNeutralForeground1, wordBreak: 'break-word' },
  exampleLabel: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  exampleCell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  toggle: { alignSelf: 'flex-start', minWidth: 0, padding: 0, height: 'auto', fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface RepeatedRowProps {
  severity: Severity;
  findings: readonly ShownFinding[];
  /** The rule's title, for the labels a screen reader hears. */
  title: string;
  currentId: string | null;
  onSelect: (f: ShownFinding) => void;
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
}

export function RepeatedRow(props: RepeatedRowProps) {
  const s = useStyles();
  const { findings, currentId } = props;
  const [expanded, setExpanded] = React.useState(false);
  const id = React.useId();
  // The toggle sits in another place once the row unfolds: keep the keyboard focus on it across the switch.
  const toggleRef = React.useRef<HTMLButtonElement>(null);
  const toggledByUser = React.useRef(false);
  React.useEffect(() => {
    if (toggledByUser.current) toggleRef.current?.focus();
  }, [expanded]);
  const n = findings.length;
  const current = findings.find((f) => f.id === currentId);
  const shown = current ?? findings[0];

  const toggle = (
    <Button
      size="small"
      appearance="transparent"
      className={s.toggle}
      icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
      aria-expanded={expanded}
      aria-controls={id}
      aria-label={expanded ? `收起为一行：${props.title}` : `逐条查看全部 ${n} 条说明：${props.title}`}
      ref={toggleRef}
      onClick={() => {
        toggledByUser.current = true;
        setExpanded((e) => !e);
      }}
    >
      {expanded ? '收起为一行' : `逐条查看全部 ${n} 条`}
    </Button>
  );

  if (expanded) {
    return (
      <div id={id}>
        <ul className={s.list} aria-label={`${props.title}：${n} 处${SEVERITY_LABEL[props.severity]}`}>
          {findings.map((f) => (
            <li key={f.id}>
              <FindingRow finding={f} current={f.id === currentId} onSelect={props.onSelect} onKeyNav={props.onKeyNav} />
            </li>
          ))}
        </ul>
        <div className={s.row}>{toggle}</div>
      </div>
    );
  }

  return (
    <div className={s.row} id={id} data-repeated={n}>
      <SeverityIcon severity={props.severity} className={s.icon} />
      <div className={s.body}>
        <ul className={s.chips} aria-label={`${props.title}：${n} 处${SEVERITY_LABEL[props.severity]}的单元格`}>
          {findings.map((f) => {
            const isCurrent = f.id === currentId;
            return (
              <li key={f.id}>
                <button
                  type="button"
                  className={mergeClasses(s.chip, isCurrent && s.chipCurrent)}
                  data-finding-id={f.id}
                  aria-current={isCurrent ? 'true' : undefined}
                  aria-label={findingLabel(f)}
                  title={`${f.sheet}!${f.cell}`}
                  onClick={() => props.onSelect(f)}
                  onKeyDown={props.onKeyNav}
                >
                  {f.cell}
                </button>
              </li>
            );
          })}
        </ul>
        <div className={s.example}>
          <span className={s.exampleLabel}>{current ? '当前' : '例如'}</span>
          <span className={s.exampleCell}>{shown.cell}</span>：{shown.message}
        </div>
        {toggle}
      </div>
    </div>
  );
}
