/**
 * The 模板 view (issue 4): insert a standard 项目支出绩效目标表 from a preset, generate project sheets from
 * a summary sheet, create or refresh the summary sheet. Rendered only when a TemplateGateway is given.
 */
import * as React from 'react';
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FrameworkSchema, type Framework } from '../core/profile';
import { describeError, type ErrorText } from './errors';
import { ErrorBar } from './ErrorBar';
import { TableAdd20Regular } from './icons';
import { FRAMEWORK_INFO } from './settings';
import type { TemplateGateway, TemplatePreset } from './template-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface TemplateViewProps {
  templates: TemplateGateway;
  /** The framework of the user's settings: the default for new sheets. */
  framework: Framework;
}

type Busy = null | 'presets' | 'insert' | 'generate' | 'summary';

/** 金额 in 万元: empty is fine, otherwise a non-negative number (full-width digits and commas accepted). */
export function parseAmountInput(text: string): { value: number | undefined } | { error: string } {
  const s = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '')
    .replace(/．/g, '.')
    .replace(/万元$/, '')
    .trim();
  if (s === '') return { value: undefined };
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return { error: '请输入金额（万元），例如 1000 或 12.5' };
  return { value: Number(s) };
}

export function TemplateView(props: TemplateViewProps) {
  const s = useStyles();
  const { templates } = props;
  const [presets, setPresets] = React.useState<TemplatePreset[] | null>(null);
  const [preset, setPreset] = React.useState('');
  const [framework, setFramework] = React.useState<Framework>(props.framework);
  const [projectName, setProjectName] = React.useState('');
  const [department, setDepartment] = React.useState('');
  const [unit, setUnit] = React.useState('');
  const [amountText, setAmountText] = React.useState('');
  const [busy, setBusy] = React.useState<Busy>('presets');
  const [error, setError] = React.useState<ErrorText | null>(null);
  const [done, setDone] = React.useState<{ text: string; notices: string[] } | null>(null);
  const [lastAction, setLastAction] = React.useState<Exclude<Busy, null>>('presets');
  const [announcement, setAnnouncement] = React.useState('');
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  React.useEffect(() => setFramework(props.framework), [props.framework]);

  React.useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const list = await templates.listPresets();
        if (cancelled) return;
        setPresets(list);
        setPreset((p) => p || list[0]?.id || '');
      } catch (e) {
        if (cancelled) return;
        setError(describeError(e, '读取模板列表', '请关闭并重新打开任务窗格。'));
        setPresets([]);
      } finally {
        if (!cancelled) setBusy(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [templates]);

  const amount = parseAmountInput(amountText);
  const amountError = 'error' in amount ? amount.error : undefined;
  const chosen = presets?.find((p) => p.id === preset);

  const run = async (kind: Exclude<Busy, null | 'presets'>, op: () => Promise<{ text: string; notices?: string[] }>, doing: string, action: string) => {
    setBusy(kind);
    setLastAction(kind);
    setError(null);
    setDone(null);
    setAnnouncement('');
    try {
      const r = await op();
      if (!mounted.current) return;
      setDone({ text: r.text, notices: r.notices ?? [] });
      setAnnouncement(r.text);
    } catch (e) {
      if (!mounted.current) return;
      const err = describeError(e, doing, action);
      setError(err);
      setAnnouncement(err.title);
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  const insert = () =>
    run(
      'insert',
      async () => {
        const r = await templates.insertTemplate({
          preset,
          framework,
          projectName: projectName.trim() || undefined,
          department: department.trim() || undefined,
          unit: unit.trim() || undefined,
          amount: 'value' in amount ? amount.value : undefined,
        });
        return { text: `已插入工作表“${r.sheetName}”。`, notices: r.notices };
      },
      '插入模板',
      '请确认 Excel 没有处于单元格编辑状态、工作簿未被保护，然后再点击“插入”。',
    );

  const generate = () =>
    run(
      'generate',
      async () => {
        const r = await templates.generateFromSummary({ framework });
        const text =
          r.sheetNames.length === 0
            ? `申报表中的每个项目都已有工作表，没有新建。${r.skipped ? `（跳过 ${r.skipped} 行）` : ''}`
            : `已新建 ${r.sheetNames.length} 张项目表：${r.sheetNames.join('、')}。${r.skipped ? `已有工作表的 ${r.skipped} 行未改动。` : ''}`;
        return { text, notices: r.notices };
      },
      '从申报表生成',
      '请先选中申报表所在的工作表（含“序号 / 预算部门（单位）名称 / 项目名称 / 项目金额”表头），然后再试。',
    );

  const summary = () =>
    run(
      'summary',
      async () => {
        const r = await templates.updateSummary();
        const rows = r.rows !== undefined ? `，共 ${r.rows} 个项目` : '';
        return { text: `${r.created === false ? '已更新' : '已生成'}申报表“${r.sheetName}”${rows}。`, notices: r.notices };
      },
      '生成/更新申报表',
      '请确认工作簿中至少有一张项目支出绩效目标表，且工作簿未被保护。',
    );

  const disabled = busy !== null;

  /** Progress and outcome of the last action, shown right under the buttons that started it. */
  const feedback = (
    <>
      {busy !== null && busy !== 'presets' && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={busy === 'insert' ? '正在插入工作表…' : busy === 'generate' ? '正在生成项目表…' : '正在生成申报表…'}
        />
      )}
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{done.text}</MessageBarBody>
        </MessageBar>
      )}
      {done?.notices.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {error && <ErrorBar error={error} />}
    </>
  );
  const feedbackAtInsert = lastAction === 'insert' || lastAction === 'presets';

  return (
    <section className={s.root} aria-label="模板">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>插入或生成工作表后能否用 Ctrl+Z 撤消取决于 Excel 的版本（较旧的版本会清空撤消记录，完成后会说明），建议先保存工作簿。</MessageBarBody>
      </MessageBar>

      <Text className={s.heading}>插入标准绩效目标表</Text>
      {busy === 'presets' ? (
        <Spinner size="tiny" labelPosition="after" label="正在读取模板列表…" />
      ) : (
        <Field label="项目类型" hint={chosen?.description ?? (chosen?.examples ? `如：${chosen.examples.join('、')}` : undefined)}>
          <Select value={preset} onChange={(_, data) => setPreset(data.value)} disabled={disabled || !presets?.length}>
            {(presets ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="指标体系" hint={FRAMEWORK_INFO[framework].hint}>
        <Select
          value={framework}
          onChange={(_, data) => {
            const f = FrameworkSchema.safeParse(data.value);
            if (f.success) setFramework(f.data);
          }}
          disabled={disabled}
        >
          <option value="2024">{FRAMEWORK_INFO['2024'].label}</option>
          <option value="classic">{FRAMEWORK_INFO.classic.label}</option>
        </Select>
      </Field>
      <Field label="项目名称（可选）">
        <Input value={projectName} onChange={(_, d) => setProjectName(d.value)} disabled={disabled} />
      </Field>
      <Field label="主管部门（可选）">
        <Input value={department} onChange={(_, d) => setDepartment(d.value)} disabled={disabled} />
      </Field>
      <Field label="实施单位（可选）">
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} disabled={disabled} />
      </Field>
      <Field
        label="年度预算资金总额（万元，可选）"
        validationState={amountError ? 'error' : 'none'}
        validationMessage={amountError}
      >
        <Input inputMode="decimal" value={amountText} onChange={(_, d) => setAmountText(d.value)} disabled={disabled} contentAfter="万元" />
      </Field>
      <div className={s.actions}>
        <Button appearance="primary" icon={<TableAdd20Regular />} disabled={disabled || !preset || !!amountError} onClick={() => void insert()}>
          插入
        </Button>
      </div>
      {feedbackAtInsert && feedback}

      <Divider />
      <Text className={s.heading}>申报表</Text>
      <Text size={200} className={s.muted}>
        “从申报表生成”为当前申报表中还没有工作表的每个项目新建一张绩效目标表；“生成/更新申报表”按工作簿中的项目表汇总，金额用公式引用各表。
      </Text>
      <div className={s.actions}>
        <Button disabled={disabled} onClick={() => void generate()}>
          从申报表生成
        </Button>
        <Button disabled={disabled} onClick={() => void summary()}>
          生成/更新申报表
        </Button>
      </div>
      {!feedbackAtInsert && feedback}
      <div role="status" aria-live="polite" className={s.srOnly}>
        {announcement}
      </div>

    </section>
  );
}
