/**
 * The 设置 view: framework, thresholds, notes. Every valid change is saved at once (localStorage,
 * "jixiao.settings") and used by the next check; an invalid entry is shown with what to type instead and
 * not saved.
 */
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Framework } from '../core/profile';
import type { Capabilities } from '../host/contract';
import { AboutSection } from './AboutSection';
import {
  DEFAULT_SETTINGS,
  FRAMEWORK_INFO,
  SATISFACTION_RANGE,
  UNIT_COST_TOLERANCE_RANGE,
  parsePercent,
  type Settings,
} from './settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  radioHint: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  number: { maxWidth: '140px' },
  footer: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  saved: { color: tokens.colorNeutralForeground3 },
  switchBlock: { display: 'flex', flexDirection: 'column' },
  switchHint: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXXL },
});

export interface SettingsViewProps {
  settings: Settings;
  /** Saves the settings; returns a Chinese message when they could not be stored. */
  onChange: (settings: Settings) => string | null;
  /** false: this Excel cannot write notes (ExcelApi 1.18 missing). */
  notesSupported?: boolean;
  /** What this Excel can do, for the 关于 section. */
  capabilities?: Capabilities;
}

type PercentField = 'satisfactionMin' | 'unitCostTolerance';

const RANGES: Record<PercentField, { min: number; max: number }> = {
  satisfactionMin: SATISFACTION_RANGE,
  unitCostTolerance: UNIT_COST_TOLERANCE_RANGE,
};

export function SettingsView(props: SettingsViewProps) {
  const s = useStyles();
  const { settings, onChange } = props;
  const [draft, setDraft] = React.useState<Record<PercentField, string>>({
    satisfactionMin: String(settings.satisfactionMin),
    unitCostTolerance: String(settings.unitCostTolerance),
  });
  const [errors, setErrors] = React.useState<Partial<Record<PercentField, string>>>({});
  const [status, setStatus] = React.useState('');
  const [saveError, setSaveError] = React.useState<string | null>(null);
  const notesHintId = React.useId();
  const detectHintId = React.useId();

  const commit = (next: Settings) => {
    const problem = onChange(next);
    setSaveError(problem);
    setStatus(problem ? '' : '设置已保存，下次检查时生效。');
  };

  const onPercent = (field: PercentField, text: string) => {
    setDraft((d) => ({ ...d, [field]: text }));
    const r = parsePercent(text, RANGES[field]);
    if ('error' in r) {
      setErrors((e) => ({ ...e, [field]: r.error }));
      setStatus('');
      return;
    }
    setErrors((e) => ({ ...e, [field]: undefined }));
    if (r.value !== settings[field]) commit({ ...settings, [field]: r.value });
  };

  const reset = () => {
    setDraft({
      satisfactionMin: String(DEFAULT_SETTINGS.satisfactionMin),
      unitCostTolerance: String(DEFAULT_SETTINGS.unitCostTolerance),
    });
    setErrors({});
    commit({ ...DEFAULT_SETTINGS });
  };

  return (
    <section className={s.root} aria-label="设置">
      <Field label="指标体系">
        <RadioGroup
          value={settings.framework}
          onChange={(_, data) => commit({ ...settings, framework: data.value as Framework })}
        >
          {(['2024', 'classic'] as const).map((fw) => (
            <Radio
              key={fw}
              value={fw}
              label={
                <>
                  {FRAMEWORK_INFO[fw].label}
                  <span className={s.radioHint}>{FRAMEWORK_INFO[fw].hint}</span>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>

      <div className={s.switchBlock}>
        <Switch
          label="按每张表所填的框架检查"
          checked={settings.detectFramework}
          aria-describedby={detectHintId}
          onChange={(_, data) => commit({ ...settings, detectFramework: data.checked })}
        />
        <Text id={detectHintId} size={200} className={s.switchHint}>
          {settings.detectFramework
            ? '看成本指标填在哪里：填在产出指标下的表按经典框架检查，单列为一级指标的按 2024 框架检查，并提示一次；看不出的按上面选择的框架。'
            : '每张表都按上面选择的框架检查，不符合该框架的表会报出缺少一级指标、二级指标位置不对等问题。'}
        </Text>
      </div>

      <Field
        label="满意度指标的最低值（%）"
        hint="满意度目标低于此值时提示（默认 80）。"
        validationState={errors.satisfactionMin ? 'error' : 'none'}
        validationMessage={errors.satisfactionMin}
      >
        <Input
          className={s.number}
          inputMode="decimal"
          value={draft.satisfactionMin}
          contentAfter="%"
          onChange={(_, data) => onPercent('satisfactionMin', data.value)}
        />
      </Field>

      <Field
        label="单位成本容差（%）"
        hint="单位成本 × 数量与总成本相差超过此比例时提示（默认 10）。"
        validationState={errors.unitCostTolerance ? 'error' : 'none'}
        validationMessage={errors.unitCostTolerance}
      >
        <Input
          className={s.number}
          inputMode="decimal"
          value={draft.unitCostTolerance}
          contentAfter="%"
          onChange={(_, data) => onPercent('unitCostTolerance', data.value)}
        />
      </Field>

      <div className={s.switchBlock}>
        <Switch
          label="在标记的单元格上写批注"
          checked={settings.writeNotes}
          aria-describedby={notesHintId}
          onChange={(_, data) => commit({ ...settings, writeNotes: data.checked })}
        />
        <Text id={notesHintId} size={200} className={s.switchHint}>
          {props.notesSupported === false
            ? '此版本的 Excel 不支持批注（需要 ExcelApi 1.18）：问题说明只显示在任务窗格中。'
            : '在标记的单元格上写一条批注说明问题；清除标记时一并删除，并恢复原有批注。'}
        </Text>
      </div>

      {saveError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}

      <div className={s.footer}>
        <Button onClick={reset}>恢复默认设置</Button>
        <Text size={200} className={s.saved} role="status" aria-live="polite">
          {status}
        </Text>
      </div>

      <AboutSection capabilities={props.capabilities} />
    </section>
  );
}
