/** A failure said in words: what happened, Excel's own message, and what to do (see ./errors). */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ErrorText } from './errors';

export function ErrorBar({ error }: { error: ErrorText }): React.JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        <div>{error.detail}</div>
        <div>{error.action}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
