import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './runCli.ts';

describe('parkzone validate', () => {
  it('exits 1 and names the spot when the file is not JSON', () => {
    const run = runCli(['validate', join(FIXTURES, 'invalid/gjh-bad-json.geojson'), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[not-json]');
    expect(run.stdout).toContain('line 3');
    expect(run.stderr).toBe('');
  });

  it('exits 0 and lists the repair for a clockwise exterior ring', () => {
    const run = runCli(['validate', join(FIXTURES, 'edge/gjh-exterior-ring-clockwise.geojson'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[ring-winding]');
  });

  it('exits 2 with one line when the file does not exist', () => {
    const run = runCli(['validate', 'no/such/file.geojson']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no such file');
  });

  it('prints the report as JSON with stable reason codes', () => {
    const run = runCli(['validate', join(FIXTURES, 'invalid/gjh-root-null.geojson'), '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { verdict: string; refused: { code: string } };
    expect(report.verdict).toBe('refused');
    expect(report.refused.code).toBe('not-geojson');
  });

  it('gives a clear verdict on every public fixture without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-'));
    writeFileSync(join(dir, 'empty.geojson'), '');
    for (const file of ['invalid/gjh-multiple-problems.geojson', 'invalid/gjh-notype.geojson', 'edge/turf-bowtie-hourglass.geojson', 'real/osm-palling-bavaria.geojson']) {
      const run = runCli(['validate', join(FIXTURES, file)]);
      expect([0, 1]).toContain(run.status);
      expect(run.stdout + run.stderr).not.toMatch(/at .+\.ts:\d+|TypeError|SyntaxError/);
    }
    expect(runCli(['validate', join(dir, 'empty.geojson')]).status).toBe(1);
  });
});

describe('parkzone arguments', () => {
  it('rejects an unknown option in one line with exit 1', () => {
    const run = runCli(['area', '--bogus']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown command and names it', () => {
    const run = runCli(['frobnicate', 'x']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('frobnicate');
  });
});
