/** The findings by sheet (one accordion section each, with its form and counts), and in each sheet by rule. */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { FORM_LABELS } from '../../core/check';
import type { SheetGroup, ShownFinding } from '../findings';
import { RuleGroupView } from './RuleGroupView';

const useStyles = makeStyles({
  sheetHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  sheetName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  form: { flexShrink: 0 },
});

export interface FindingsListProps {
  groups: readonly SheetGroup[];
  openSheets: string[];
  onOpenSheets: (sheets: string[]) => void;
  current: ShownFinding | null;
  onSelect: (f: ShownFinding) => void;
  onKeyNav: (e: React.KeyboardEvent<HTMLButtonElement>) => void;
  /** The element holding every finding button (arrow keys, scrolling the current one into view). */
  listRef: React.Ref<HTMLDivElement>;
}

function SheetHeading(props: { group: SheetGroup }) {
  const s = useStyles();
  const { group: g } = props;
  return (
    <span className={s.sheetHeader}>
      <span className={s.sheetName} title={g.sheet}>
        {g.sheet}
      </span>
      {g.form && (
        <Badge size="small" appearance="tint" color="subtle" shape="rounded" className={s.form} data-form={g.form}>
          {FORM_LABELS[g.form]}
        </Badge>
      )}
      {g.counts.errors > 0 && <CounterBadge count={g.counts.errors} size="small" color="danger" aria-label={`${g.counts.errors} 个错误`} />}
      {g.counts.warnings > 0 && (
        <CounterBadge count={g.counts.warnings} size="small" color="important" appearance="ghost" aria-label={`${g.counts.warnings} 个警告`} />
      )}
      {g.counts.infos > 0 && (
        <CounterBadge count={g.counts.infos} size="small" color="informative" appearance="ghost" aria-label={`${g.counts.infos} 个提示`} />
      )}
    </span>
  );
}

export function FindingsList(props: FindingsListProps) {
  const { current } = props;
  return (
    <div ref={props.listRef} aria-label="问题列表">
      <Accordion multiple collapsible openItems={props.openSheets} onToggle={(_, data) => props.onOpenSheets(data.openItems as string[])}>
        {props.groups
          .filter((g) => g.rules.length > 0)
          .map((g) => (
            <AccordionItem key={g.sheet} value={g.sheet}>
              <AccordionHeader size="small">
                <SheetHeading group={g} />
              </AccordionHeader>
              <AccordionPanel>
                {g.rules.map((r) => (
                  <RuleGroupView
                    key={r.rule}
                    group={r}
                    sheet={g.sheet}
                    currentId={current && r.findings.some((f) => f.id === current.id) ? current.id : null}
                    onSelect={props.onSelect}
                    onKeyNav={props.onKeyNav}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          ))}
      </Accordion>
    </div>
  );
}
