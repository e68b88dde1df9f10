/**
 * 设置 → 关于: what this Excel can do and the support statement, both from src/excel/support.ts (the same
 * source as docs/support.md). `capabilities` comes from the gateway (absent in tests or before it answered).
 */
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Capabilities } from '../host/contract';
import { FEATURES, HOSTS, SUPPORTED_SUMMARY, cellText, type FeatureId } from '../excel/support';

declare const __JIXIAO_VERSION__: string | undefined;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What this Excel has, per feature (undefined: not known). */
export function featuresHere(caps: Capabilities | undefined): Record<FeatureId, boolean | undefined> {
  return {
    pane: caps ? caps.excelApi17 : undefined,
    patterns: caps?.rangeAreas,
    merges: caps?.mergedAreas,
    changeSource: caps?.changeSource,
    notes: caps?.notes,
    undo: caps?.undo,
  };
}

export function AboutSection(props: { capabilities?: Capabilities }) {
  const s = useStyles();
  const here = featuresHere(props.capabilities);
  const version = typeof __JIXIAO_VERSION__ === 'string' ? __JIXIAO_VERSION__ : '';
  const hostName = props.capabilities?.host === 'wps' ? 'WPS 表格' : 'Excel';
  return (
    <section className={s.root} aria-label="关于">
      <Text className={s.heading}>关于{version ? ` · 版本 ${version}` : ''}</Text>
      <Text size={200}>{SUPPORTED_SUMMARY}</Text>
      {props.capabilities && (
        <>
          <Text size={200} className={s.heading}>本机 {hostName}</Text>
          <ul className={s.list} aria-label={`本机 ${hostName} 支持的功能`}>
            {FEATURES.map((f) => (
              <li key={f.id}>
                <Text size={200}>
                  {f.label}：{here[f.id] === undefined ? '未知' : here[f.id] ? '支持' : `不支持（${f.without}）`}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>
          <Text size={200}>各版本 Excel 的支持情况</Text>
        </summary>
        <ul className={s.list} aria-label="各版本 Excel 的支持情况">
          {HOSTS.map((h) => (
            <li key={h.id}>
              <Text size={200}>
                <strong>{h.label}</strong>：{h.webview}。{FEATURES.map((f) => `${f.label}：${cellText(h.features[f.id])}`).join('；')}。
              </Text>
            </li>
          ))}
        </ul>
      </details>
      <Text size={100} className={s.muted}>
        详见 docs/support.md。
      </Text>
    </section>
  );
}
