/** The JSON report: exactly the contract of RULES.md (plus a rule title per finding, and a few summary fields). */
import type { CliReport } from '../run';

export function renderJson(report: CliReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
