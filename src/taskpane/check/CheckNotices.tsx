/**
 * What the 检查 view has to say above the results: the host cannot run the pane, an operation failed, the
 * gateway's notices, the outcome of 清除标记; and the live region the screen reader announces.
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Capabilities } from '../../host/contract';
import type { ErrorText } from '../errors';
import { ErrorBar } from '../ErrorBar';

const useStyles = makeStyles({
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Above the toolbar: the host could not say what it supports, or it is too old. */
export function HostProblems(props: { caps: Capabilities | null; capsError: ErrorText | null }) {
  const { caps, capsError } = props;
  return (
    <>
      {capsError && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{capsError.title}</MessageBarTitle>
            {capsError.detail}。{capsError.action}
          </MessageBarBody>
        </MessageBar>
      )}
      {caps && !caps.excelApi17 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>此版本的 Excel 不受支持</MessageBarTitle>
            绩效目标表助手需要 ExcelApi 1.7：Microsoft 365、Office 2019 及以上版本，或 Excel 网页版（Excel 2016 不能使用）。请升级 Office，或在浏览器中用 Excel 网页版打开此工作簿。
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Below the toolbar: the last failure, the gateway's notices, what 清除标记 did, the live region. */
export function CheckNotices(props: {
  error: ErrorText | null;
  notices: readonly string[];
  cleared: string | null;
  hasResult: boolean;
  announcement: string;
}) {
  const s = useStyles();
  return (
    <>
      {props.error && <ErrorBar error={props.error} />}
      {props.notices.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {props.cleared && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {props.cleared}
            {props.hasResult ? ' 问题列表仍保留，点击“重新检查”可重新标记。' : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className={s.srOnly}>
        {props.announcement}
      </div>
    </>
  );
}
