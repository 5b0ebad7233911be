import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchResult, TargetResult } from './harness.js';
import { median } from './measure.js';
import type { BaselinePass } from './measure-benchmarks.js';

/** One run's figures: a JSON file per run plus latest.json, and a table for the terminal. */

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  loadAverageAtEnd: number[];
  filter: string[];
  environment: BenchEnvironment;
  baselinePasses: BaselinePass[];
  results: BenchResult[];
}

function commit(root: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Outside a git checkout (or without git) the run is still worth recording, just without its commit.
    return null;
  }
}

export const loadAverage = (): number[] => os.loadavg().map((load) => Math.round(load * 100) / 100);

/** What makes two runs comparable or not; the load average says how busy the shared machine was. */
export interface BenchEnvironment {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
  commit: string | null;
}

export function describeEnvironment(root: string): BenchEnvironment {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: loadAverage(),
    commit: commit(root),
  };
}

export async function writeReport(root: string, report: BenchReport): Promise<string[]> {
  const folder = path.join(root, 'bench-results');
  await fs.mkdir(folder, { recursive: true });
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const files = [path.join(folder, `${report.startedAt.replace(/[:.]/g, '-')}.json`), path.join(folder, 'latest.json')];
  for (const file of files) await fs.writeFile(file, text);
  return files;
}

export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const OP_SYMBOL: Record<TargetResult['op'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}

function resultRows(result: BenchResult): string[][] {
  const status = `${result.status.toUpperCase()} (${formatNumber(result.wallMs / 1000)} s)`;
  if (result.status === 'error') return [[result.name, '(see below)', '', '', '', status]];
  return result.metrics.map((metric, index) => {
    const target = result.targets.find((candidate) => candidate.metric === metric.name);
    const drift = metric.baseline?.driftPercent;
    const moved = drift === undefined ? '' : ` (moved ${signed(drift)}%)`;
    const ratio = metric.ratio === undefined ? '' : `${formatNumber(metric.ratio)}× ${metric.relativeTo ?? ''}${moved}`;
    const judged = target ? `${OP_SYMBOL[target.op]} ${formatNumber(target.value)} ${target.unit}: ${target.pass ? 'pass' : 'FAIL'}` : '';
    return [index === 0 ? result.name : '', metric.name, `${formatNumber(metric.value)} ${metric.unit}`, ratio, judged, index === 0 ? status : ''];
  });
}

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${formatNumber(value)}`;

/** How much each baseline moved over the run: a wide spread means a busy machine and ratios to trust over raw figures. */
function baselineRows(passes: readonly BaselinePass[]): string[][] {
  const names = Object.keys(passes[0]?.metrics ?? {});
  return names.map((name) => {
    const values = passes.flatMap((pass) => pass.metrics[name]?.value ?? []);
    const unit = passes[0]!.metrics[name]!.unit;
    const middle = median(values);
    const low = Math.min(...values);
    const high = Math.max(...values);
    return [name, String(values.length), `${formatNumber(low)} ${unit}`, `${formatNumber(middle)} ${unit}`, `${formatNumber(high)} ${unit}`, `${formatNumber(((high - low) / middle) * 100)}%`];
  });
}

export function formatReport(report: BenchReport, files: readonly string[]): string {
  const { environment } = report;
  return [
    `Node ${environment.node}, ${environment.cpus} × ${environment.cpuModel}, load ${environment.loadAverageAtStart.join(' ')} at the start, ${report.loadAverageAtEnd.join(' ')} at the end${environment.commit ? `, commit ${environment.commit}` : ''}`,
    '',
    table(['baseline', 'passes', 'min', 'median', 'max', 'spread'], baselineRows(report.baselinePasses)),
    '',
    table(['benchmark', 'metric', 'value', '× baseline (mean of the passes before and after)', 'target', 'status'], report.results.flatMap(resultRows)),
    ...report.results.filter((result) => result.error).map((result) => `\n✘ ${result.name}: ${result.error ?? ''}`),
    '',
    `Written to ${files.join(' and ')}`,
  ].join('\n');
}
