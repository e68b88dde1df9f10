/** The 检查 view when there is no list to show: before the first check, no target table, nothing wrong. */
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle48Regular, DocumentSearch32Regular } from '../icons';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  emptyIcon: { color: tokens.colorNeutralForeground3, fontSize: '32px' },
  successIcon: { color: tokens.colorStatusSuccessForeground1, fontSize: '48px' },
});

export type EmptyState = 'not-checked' | 'no-tables' | { passed: number };

export function CheckEmpty(props: { state: EmptyState }) {
  const s = useStyles();
  const { state } = props;
  if (state === 'not-checked') {
    return (
      <div className={s.empty}>
        <DocumentSearch32Regular className={s.emptyIcon} aria-hidden />
        <Text weight="semibold">点击“检查工作簿”开始</Text>
        <Text size={200}>助手会读取所有工作表，找出绩效目标表中的错误并在单元格上标记；不会修改任何单元格的内容。</Text>
      </div>
    );
  }
  if (state === 'no-tables') {
    return (
      <div className={s.empty}>
        <DocumentSearch32Regular className={s.emptyIcon} aria-hidden />
        <Text weight="semibold">此工作簿中没有识别到绩效目标表</Text>
        <Text size={200}>请打开包含“项目支出绩效目标表”或绩效目标申报表的工作簿后再检查；也可以在“模板”中插入一张标准表。</Text>
      </div>
    );
  }
  return (
    <div className={s.empty}>
      <CheckmarkCircle48Regular className={s.successIcon} aria-hidden />
      <Text weight="semibold">未发现问题</Text>
      <Text size={200}>已检查 {state.passed} 张表，全部通过。</Text>
    </div>
  );
}
