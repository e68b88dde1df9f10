/**
 * The 检查 view: run a check, see counts per sheet, step through the findings grouped by sheet and rule,
 * click one to select its cell in Excel, filter by severity, clear the marks, re-check live.
 *
 * The parts live in ./check/: the session with the workbook (useCheckSession), where the reader is in the
 * findings (useFindingNavigation), the toolbar (CheckActions), messages (CheckNotices), the empty states
 * (CheckEmpty), the counts (CountsSummary), filter and 上一个 / 下一个 (FindingsToolbar), and the list
 * (FindingsList → RuleGroupView → FindingRow).
 */
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../host/contract';
import { checkedSheets, totalCounts } from './findings';
import type { Settings } from './settings';
import { CheckActions } from './check/CheckActions';
import { CheckEmpty } from './check/CheckEmpty';
import { CheckNotices, HostProblems } from './check/CheckNotices';
import { CountsSummary } from './check/CountsSummary';
import { FindingsList } from './check/FindingsList';
import { FindingsToolbar } from './check/FindingsToolbar';
import { useCheckSession } from './check/useCheckSession';
import { useFindingNavigation } from './check/useFindingNavigation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface CheckViewProps {
  gateway: WorkbookGateway;
  settings: Settings;
}

export function CheckView(props: CheckViewProps) {
  const s = useStyles();
  const { gateway } = props;
  const session = useCheckSession(gateway, props.settings);
  const nav = useFindingNavigation(gateway, session.checked, session.reportError);

  const result = session.checked?.result ?? null;
  const total = React.useMemo(() => (result ? totalCounts(result) : { errors: 0, warnings: 0, infos: 0 }), [result]);
  const recognised = result ? checkedSheets(result).length : 0;
  const anyFinding = total.errors + total.warnings + total.infos > 0;
  const checking = session.busy?.kind === 'check';

  return (
    <section className={s.root} aria-label="检查">
      <HostProblems caps={session.caps} capsError={session.capsError} />
      <CheckActions
        supported={session.supported}
        hasResult={!!result}
        busy={session.busy}
        live={session.live}
        onCheck={() => void session.runCheck()}
        onClear={() => void session.runClear()}
        onLiveChange={session.setLive}
      />
      <CheckNotices
        error={session.error}
        notices={session.notices}
        cleared={session.cleared}
        hasResult={!!result}
        announcement={session.announcement}
      />

      {!result && !checking && session.supported && <CheckEmpty state="not-checked" />}
      {result && recognised === 0 && <CheckEmpty state="no-tables" />}
      {result && recognised > 0 && !anyFinding && <CheckEmpty state={{ passed: recognised }} />}

      {result && recognised > 0 && anyFinding && (
        <>
          <CountsSummary result={result} total={total} />
          <FindingsToolbar
            filter={nav.filter}
            total={total}
            onToggle={nav.toggleSeverity}
            count={nav.flat.length}
            currentIndex={nav.currentIndex}
            onStep={nav.step}
          />
          {nav.flat.length === 0 ? (
            <Text size={200} className={s.status}>
              所有问题都被筛选隐藏了：请打开上方的“错误”“警告”或“提示”按钮。
            </Text>
          ) : (
            <FindingsList
              groups={nav.groups}
              openSheets={nav.openSheets}
              onOpenSheets={nav.setOpenSheets}
              current={nav.current}
              onSelect={nav.select}
              onKeyNav={nav.onKeyNav}
              listRef={nav.listRef}
            />
          )}
        </>
      )}
    </section>
  );
}
