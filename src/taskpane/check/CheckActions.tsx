/** The 检查 view's toolbar: 检查工作簿 / 重新检查, 清除标记, the 实时检查 switch, and what is running now. */
import * as React from 'react';
import { Button, ProgressBar, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSync20Regular, DocumentSearch20Regular, Eraser20Regular } from '../icons';
import type { Busy } from './useCheckSession';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  live: { display: 'flex', flexDirection: 'column' },
  liveHint: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXXL },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface CheckActionsProps {
  supported: boolean;
  /** A result is shown: the check button reads 重新检查. */
  hasResult: boolean;
  busy: Busy;
  live: boolean;
  onCheck: () => void;
  onClear: () => void;
  onLiveChange: (on: boolean) => void;
}

function busyLabel(busy: NonNullable<Busy>): string {
  if (busy.kind === 'check') return '正在读取并检查工作簿…（工作表多时需要几秒钟）';
  if (busy.kind === 'recheck') return `正在重新检查“${busy.sheet}”…`;
  return '正在清除标记…';
}

export function CheckActions(props: CheckActionsProps) {
  const s = useStyles();
  const { supported, busy } = props;
  return (
    <>
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={props.hasResult ? <ArrowSync20Regular /> : <DocumentSearch20Regular />}
          disabled={!supported || busy !== null}
          onClick={props.onCheck}
        >
          {props.hasResult ? '重新检查' : '检查工作簿'}
        </Button>
        <Button icon={<Eraser20Regular />} disabled={!supported || busy !== null} onClick={props.onClear}>
          清除标记
        </Button>
      </div>

      <div className={s.live}>
        <Switch label="实时检查" checked={props.live} disabled={!supported} onChange={(_, data) => props.onLiveChange(data.checked)} />
        <Text size={200} className={s.liveHint}>
          修改单元格后，自动重新检查该工作表
        </Text>
      </div>

      {busy && (
        <div className={s.progress}>
          <Spinner size="tiny" labelPosition="after" label={busyLabel(busy)} />
          {busy.kind === 'check' && <ProgressBar thickness="medium" aria-label="正在检查工作簿" />}
        </div>
      )}
    </>
  );
}
