/**
 * The parsed model of a workbook: what recognition makes of each sheet. zod schemas are the source of
 * truth; the TypeScript types are inferred from them. Cells are 0-based {row, col} (see grid.ts).
 *
 * Glossary (used everywhere): 一级/二级/三级指标 = level1/level2/indicator (name), 指标值 = target value,
 * 项目总成本 = total cost, 年度预算资金总额 = annual budget (funds.total).
 */
import { z } from 'zod';
import { LEVEL1, LEVEL2 } from './levels';

export { LEVEL1, LEVEL2 };

export const CellRefSchema = z.object({ row: z.number().int().min(0), col: z.number().int().min(0) });

export const OperatorSchema = z.enum(['>=', '<=', '=', '>', '<']);
export type Operator = z.infer<typeof OperatorSchema>;

/** What a unit measures. `money` covers 元/万元/亿元 (and 千元); a compound unit takes its base's kind. */
export const UnitKindSchema = z.enum(['money', 'percent', 'count', 'length', 'area', 'volume', 'weight', 'time', 'other']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A parsed unit: "万元/年/人" → base 万元, per [年, 人], kind money. "%" → base %, kind percent. */
export const UnitSchema = z.object({
  text: z.string(),
  base: z.string(),
  per: z.array(z.string()),
  kind: UnitKindSchema,
  /** The kind's canonical unit (万平方米 → 平方米, 公里 → 米, 万元 → 元, 个月 → 天; a count is its own). */
  canonical: z.string().optional(),
  /** One of `base` is `scale` canonical units (万平方米 → 10000, 公里 → 1000, 个月 → 30 天). */
  scale: z.number().optional(),
  /** What a classifier counts: "94个村" → base 个, noun 村; "1座加压站" → noun 加压站. */
  noun: z.string().optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const TargetValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  /** 待定, XX, *, -, null … */
  z.object({ kind: z.literal('placeholder'), text: z.string() }),
  z.object({
    kind: z.literal('quantity'),
    text: z.string(),
    operator: OperatorSchema,
    /** false when the value had no operator at all (read as "="). */
    operatorExplicit: z.boolean(),
    number: z.number(),
    /** null when the value carries no unit ("≥95" with no %). */
    unit: UnitSchema.nullable(),
  }),
  /** A date such as 2023年12月31日, 2024年6月底, 12月底前. */
  z.object({
    kind: z.literal('date'),
    text: z.string(),
    operator: OperatorSchema,
    year: z.number().nullable(),
    month: z.number().nullable(),
    day: z.number().nullable(),
  }),
  /** 定性: 明显提高, 有效降低, 健全, 保障 … */
  z.object({ kind: z.literal('qualitative'), text: z.string() }),
  z.object({ kind: z.literal('unparseable'), text: z.string() }),
]);
export type TargetValue = z.infer<typeof TargetValueSchema>;

export const Level1Schema = z.enum(LEVEL1);
export type Level1 = z.infer<typeof Level1Schema>;

export const Level2Schema = z.enum(LEVEL2);
export type Level2 = z.infer<typeof Level2Schema>;

/** A label as written, its canonical form after alias normalisation (null: not a known label), its cell. */
export const LabelSchema = z.object({
  text: z.string(),
  cell: CellRefSchema,
});

export const Level1LabelSchema = LabelSchema.extend({ canonical: Level1Schema.nullable() });
export const Level2LabelSchema = LabelSchema.extend({ canonical: Level2Schema.nullable() });

export const IndicatorSchema = z.object({
  /** 0-based sheet row of this indicator. */
  row: z.number().int(),
  /** The 一级 in force on this row (stated here, or carried down from a merged or blank continuation cell). */
  level1: Level1LabelSchema.nullable(),
  level2: Level2LabelSchema.nullable(),
  /** The 三级指标 name; null when the row has a value but no name. */
  name: LabelSchema.nullable(),
  value: z.object({
    /** The value as one text ("≥15826 米"); for a split layout, 符号 + 值 + 单位 joined. */
    text: z.string(),
    /** The cell a person must look at: the 指标值 cell (in a split layout the number's cell). */
    cell: CellRefSchema,
    parsed: TargetValueSchema,
  }),
  /** 权重 / 分值 where the table has such a column. */
  weight: z.object({ text: z.string(), value: z.number().nullable(), cell: CellRefSchema }).nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A header field: its label's cell and the value next to it ('' when the value cell is empty). */
export const FieldSchema = z.object({ text: z.string(), cell: CellRefSchema, labelCell: CellRefSchema });
export type Field = z.infer<typeof FieldSchema>;

export const MoneyUnitSchema = z.enum(['元', '千元', '万元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnitSchema>;

export const FundFieldSchema = z.object({
  /** The cell's text as shown ('' when empty). */
  text: z.string(),
  /** The amount converted to 万元; null when the cell is empty or not an amount. */
  amount: z.number().nullable(),
  /** true when the cell holds something (non-empty) that is not an amount. */
  invalid: z.boolean(),
  cell: CellRefSchema,
  labelCell: CellRefSchema,
});
export type FundField = z.infer<typeof FundFieldSchema>;

export const TargetTableSchema = z.object({
  kind: z.literal('target-table'),
  sheet: z.string(),
  /** The form (see SheetForm in check.ts); absent = a plain 目标表. */
  form: z.enum(['target', 'application', 'approval', 'self-evaluation']).optional(),
  title: LabelSchema.nullable(),
  year: z.number().int().nullable(),
  /** The unit the funds are written in (from "项目资金（万元）" or a label); amounts below are in 万元. */
  moneyUnit: MoneyUnitSchema,
  projectName: FieldSchema.nullable(),
  category: FieldSchema.nullable(),
  department: FieldSchema.nullable(),
  implementingUnit: FieldSchema.nullable(),
  funds: z.object({
    total: FundFieldSchema.nullable(),
    fiscal: FundFieldSchema.nullable(),
    carryover: FundFieldSchema.nullable(),
    other: FundFieldSchema.nullable(),
    /**
     * Amounts (万元) on rows among the sources whose labels name no known source (自筹资金, 专项债券 …, or
     * a breakdown line: 中央, 省级): what they are is unknown, so the sources are checked with and without them.
     */
    unlisted: z.array(z.number()).optional(),
  }),
  goal: FieldSchema.nullable(),
  /** The row of the 一级指标 | 二级指标 | 三级指标 | 指标值 header; null when none was found. */
  indicatorHeaderRow: z.number().int().nullable(),
  /** The layout as recognised: merged labels, labels repeated on every row, blank continuation (pasted). */
  layout: z.object({
    splitValue: z.boolean(),
    hasWeights: z.boolean(),
  }),
  indicators: z.array(IndicatorSchema),
  /**
   * A self-evaluation's or approval form's score for budget execution (预算执行率 | 分值 10 in the funds
   * block): part of the 100 the indicator weights share.
   */
  budgetScore: z.object({ value: z.number(), cell: CellRefSchema }).nullable().optional(),
  /**
   * Side tables of the cost's make-up (项目预算成本构成 | 金额 | … with a 合计 row) beside the indicator block:
   * their numeric columns, item rows and total row, as written.
   */
  costTables: z
    .array(
      z.object({
        heading: LabelSchema,
        columns: z.array(z.object({ text: z.string(), col: z.number().int() })),
        rows: z.array(z.object({ row: z.number().int(), label: z.string(), total: z.boolean(), amounts: z.array(z.number().nullable()) })),
      }),
    )
    .optional(),
  /** Formula cells whose file holds no computed result (their value is unknown, not empty). */
  uncalculated: z.array(CellRefSchema).optional(),
  /** Indicator rows whose cells did not fit the header's columns: read by guess, checked for nothing structural. */
  uncertainRows: z.array(z.number().int()).optional(),
  /** Why: the rows do not fit the header's columns, or the header has no value column at all. */
  uncertainWhy: z.enum(['misfit', 'no-value-column']).optional(),
  /** The first cell of another table below this one on the same sheet (not read: one table a sheet). */
  nextTable: CellRefSchema.optional(),
  /** Where to point a finding about the table as a whole (the title, or the first label). */
  anchor: CellRefSchema,
});
export type TargetTable = z.infer<typeof TargetTableSchema>;

export const SummaryRowSchema = z.object({
  row: z.number().int(),
  index: z.string(),
  department: LabelSchema.nullable(),
  name: LabelSchema.nullable(),
  amount: z.object({ text: z.string(), amount: z.number().nullable(), cell: CellRefSchema }).nullable(),
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export const SummaryTableSchema = z.object({
  kind: z.literal('summary'),
  sheet: z.string(),
  title: LabelSchema.nullable(),
  headerRow: z.number().int(),
  moneyUnit: MoneyUnitSchema,
  /** true when no heading or title states the unit (万元 assumed). */
  moneyUnitAssumed: z.boolean().optional(),
  rows: z.array(SummaryRowSchema),
  /** The 合计 / 总计 row, when there is one. */
  totalRow: SummaryRowSchema.nullable(),
  /** Formula cells whose file holds no computed result. */
  uncalculated: z.array(CellRefSchema).optional(),
});
export type SummaryTable = z.infer<typeof SummaryTableSchema>;

export const OtherSheetSchema = z.object({ kind: z.literal('other'), sheet: z.string() });
export type OtherSheet = z.infer<typeof OtherSheetSchema>;

export const SheetModelSchema = z.discriminatedUnion('kind', [TargetTableSchema, SummaryTableSchema, OtherSheetSchema]);
export type SheetModel = z.infer<typeof SheetModelSchema>;

export const WorkbookModelSchema = z.object({ sheets: z.array(SheetModelSchema) });
export type WorkbookModel = z.infer<typeof WorkbookModelSchema>;

export type SheetKind = SheetModel['kind'];
