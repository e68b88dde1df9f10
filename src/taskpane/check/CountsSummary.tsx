/**
 * The counts after a check: one line for the workbook, and a table of errors / warnings / infos per
 * recognised sheet (folded at first on workbooks with many sheets: each sheet's header carries its counts).
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FORM_LABELS, type WorkbookResult } from '../../core/check';
import { checkedSheets, countsOf, formOf, formatCounts, type Counts } from '../findings';
import { ChevronDown16Regular, ChevronRight16Regular } from '../icons';

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground2 },
  summary: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, textAlign: 'right' },
    '& th:first-child, & td:first-child': { textAlign: 'left' },
    '& td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  },
  sheetCell: { maxWidth: '150px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  totalRow: { '& td': { fontWeight: tokens.fontWeightSemibold, borderBottom: 'none' } },
  nonZeroError: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  zero: { color: tokens.colorNeutralForeground4 },
  tableToggle: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
});

/** Workbooks with many sheets start with the table folded: the counts are on each sheet's header too. */
const TABLE_OPEN_UP_TO = 6;

function CountCell(props: { n: number; error?: boolean }) {
  const s = useStyles();
  return <td className={props.n === 0 ? s.zero : props.error ? s.nonZeroError : undefined}>{props.n}</td>;
}

function SummaryTable(props: { result: WorkbookResult; total: Counts }) {
  const s = useStyles();
  const sheets = checkedSheets(props.result);
  return (
    <table className={s.summary} aria-label="各工作表的问题数">
      <thead>
        <tr>
          <th scope="col">工作表</th>
          <th scope="col">错误</th>
          <th scope="col">警告</th>
          <th scope="col">提示</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((sh) => {
          const c = countsOf(sh.findings);
          const form = formOf(sh);
          // The target table is the usual form: only the others are named here (each sheet heading names all).
          const label = `${sh.name}${form && form !== 'target' ? `（${FORM_LABELS[form]}）` : ''}`;
          return (
            <tr key={sh.name}>
              <td className={s.sheetCell} title={label}>
                {label}
              </td>
              <CountCell n={c.errors} error />
              <CountCell n={c.warnings} />
              <CountCell n={c.infos} />
            </tr>
          );
        })}
        {sheets.length > 1 && (
          <tr className={s.totalRow}>
            <td>合计</td>
            <CountCell n={props.total.errors} error />
            <CountCell n={props.total.warnings} />
            <CountCell n={props.total.infos} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function CountsSummary(props: { result: WorkbookResult; total: Counts }) {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const recognised = checkedSheets(props.result).length;
  const foldable = recognised > TABLE_OPEN_UP_TO;
  return (
    <>
      <Text size={200} className={s.status}>
        已检查 {recognised} 张表：{formatCounts(props.total)}
      </Text>
      {foldable && (
        <Button
          size="small"
          appearance="transparent"
          className={s.tableToggle}
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          各工作表的问题数（{recognised} 张表）
        </Button>
      )}
      {(!foldable || open) && <SummaryTable result={props.result} total={props.total} />}
    </>
  );
}
