/** One finding as a row: severity, cell, message; a click selects the cell in the workbook. */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITY_LABEL } from '../../core/finding';
import type { ShownFinding } from '../findings';
import { SeverityIcon } from '../SeverityIcon';

const useStyles = makeStyles({
  finding: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  cell: {
    flexShrink: 0,
    minWidth: '36px',
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  message: { flexGrow: 1, minWidth: 0, wordBreak: 'break-word' },
});

/** What a screen reader says for a finding's button (a row or a cell chip): severity, where, message. */
export function findingLabel(f: ShownFinding): string {
  return `${SEVERITY_LABEL[f.severity]}，${f.sheet}!${f.cell}：${f.message}`;
}

export function FindingRow(props: {
  finding: ShownFinding;
  current: boolean;
  onSelect: (f: ShownFinding) => void;
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const s = useStyles();
  const f = props.finding;
  return (
    <button
      type="button"
      className={mergeClasses(s.finding, props.current && s.current)}
      data-finding-id={f.id}
      aria-current={props.current ? 'true' : undefined}
      aria-label={findingLabel(f)}
      title={`${f.sheet}!${f.cell}`}
      onClick={() => props.onSelect(f)}
      onKeyDown={props.onKeyNav}
    >
      <SeverityIcon severity={f.severity} />
      <span className={s.cell}>{f.cell}</span>
      <span className={s.message}>{f.message}</span>
    </button>
  );
}
