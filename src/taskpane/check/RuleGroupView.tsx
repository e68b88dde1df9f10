/**
 * One rule's findings on one sheet: the rule's title, count and short doc (说明), then its rows: a row per
 * finding, or one row of cells for the rule's repeated hints (see REPEATED_FROM in ../findings).
 */
import * as React from 'react';
import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleGroup, ShownFinding } from '../findings';
import { SeverityIcon } from '../SeverityIcon';
import { FindingRow } from './FindingRow';
import { RepeatedRow } from './RepeatedRow';

const useStyles = makeStyles({
  ruleGroup: { marginBottom: tokens.spacingVerticalS },
  ruleHeader: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  ruleTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, flexGrow: 1, minWidth: 0 },
  ruleDoc: {
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  ruleId: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface RuleGroupViewProps {
  group: RuleGroup;
  sheet: string;
  /** The current finding's id when it is in this group, else null. */
  currentId: string | null;
  onSelect: (f: ShownFinding) => void;
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
}

/** Memoised: stepping through findings re-renders only the groups the current finding leaves or enters. */
export const RuleGroupView = React.memo(function RuleGroupView(props: RuleGroupViewProps) {
  const s = useStyles();
  const { group } = props;
  const [docOpen, setDocOpen] = React.useState(false);
  const docId = React.useId();
  const doc = group.description || '（此规则没有说明）';
  return (
    <div className={s.ruleGroup} data-rule={group.rule}>
      <div className={s.ruleHeader}>
        <SeverityIcon severity={group.severity} />
        {/* The doc on hover (a native tooltip: no positioning library in the initial bundle) and on 说明. */}
        <span className={s.ruleTitle} title={doc}>
          {group.title}
        </span>
        <CounterBadge count={group.findings.length} size="small" appearance="ghost" color="informative" aria-label={`${group.findings.length} 处`} />
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={docOpen}
          aria-controls={docId}
          aria-label={`${docOpen ? '收起' : '展开'}规则说明：${group.title}`}
          onClick={() => setDocOpen((o) => !o)}
        >
          {docOpen ? '收起' : '说明'}
        </Button>
      </div>
      {docOpen && (
        <div id={docId} className={s.ruleDoc} role="note">
          {doc}
          <span className={s.ruleId}>规则 {group.rule}</span>
        </div>
      )}
      <ul className={s.list} aria-label={`${props.sheet}：${group.title}`}>
        {group.rows.map((row) =>
          row.kind === 'single' ? (
            <li key={row.finding.id}>
              <FindingRow finding={row.finding} current={props.currentId === row.finding.id} onSelect={props.onSelect} onKeyNav={props.onKeyNav} />
            </li>
          ) : (
            <li key={`repeated-${row.severity}`}>
              <RepeatedRow
                severity={row.severity}
                findings={row.findings}
                title={group.title}
                currentId={props.currentId}
                onSelect={props.onSelect}
                onKeyNav={props.onKeyNav}
              />
            </li>
          ),
        )}
      </ul>
    </div>
  );
});
