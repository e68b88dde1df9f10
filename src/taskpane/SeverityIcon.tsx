import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITY_LABEL, type Severity } from '../core/finding';
import {
  ErrorCircle16Filled,
  ErrorCircle20Filled,
  Info16Filled,
  Info20Filled,
  Warning16Filled,
  Warning20Filled,
} from './icons';

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: 'middle' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const ICONS = {
  16: { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled },
  20: { error: ErrorCircle20Filled, warning: Warning20Filled, info: Info20Filled },
} as const;

/** The severity's icon in its colour. `labelled`: the icon carries the severity's name for screen readers. */
export function SeverityIcon(props: { severity: Severity; size?: 16 | 20; labelled?: boolean; className?: string }) {
  const s = useStyles();
  const Icon = ICONS[props.size ?? 16][props.severity];
  const a11y = props.labelled
    ? { 'aria-label': SEVERITY_LABEL[props.severity], role: 'img' as const }
    : { 'aria-hidden': true as const };
  return <Icon className={mergeClasses(s.icon, s[props.severity], props.className)} {...a11y} />;
}
