import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('swimlane gap', () => {
  it('reports the example as-is map against its reference, with file positions', async () => {
    // given Acme's as-is Detect map
    // when its gap report is asked for
    const run = await runCli(['gap', 'model-library/examples/acme/D-as-is.yaml'], { cwd: ROOT });
    // then it names the weak handoff at its line, and the deliberate removal with its reason
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gap report: acme-D-as-is against reference D (0 errors, 1 warning, 16 notes)');
    expect(run.stdout).toMatch(/warning handoff D-to-T .* crosses organisation units \(it-ops → infosec\) without a written procedure {2}\(model-library\/examples\/acme\/D-as-is\.yaml:\d+:7\)/);
    expect(run.stdout).toContain('flow from-PI1-D2 (from-PI1 → D2) of the reference is missing: Acme has no infrastructure evaluation');
  });

  it('fails with --strict on warnings, and speaks JSON and Markdown', async () => {
    // given the as-is and to-be maps
    const strict = await runCli(['gap', '--strict', 'model-library/examples/acme/D-as-is.yaml'], { cwd: ROOT });
    const toBe = await runCli(['gap', '--strict', 'model-library/examples/acme/D-to-be.yaml'], { cwd: ROOT });
    const json = await runCli(['gap', '--format', 'json', 'model-library/examples/acme/D-to-be.yaml'], { cwd: ROOT });
    const markdown = await runCli(['gap', '--format', 'markdown', 'model-library/examples/acme/D-as-is.yaml'], { cwd: ROOT });
    // then only the as-is map fails, and the other formats carry the same items
    expect(strict.code).toBe(1);
    expect(toBe.code).toBe(0);
    const report = JSON.parse(json.stdout) as { map: string; items: Array<{ kind: string; location?: string }> };
    expect(report.map).toBe('acme-D-to-be');
    expect(report.items.some((item) => item.kind === 'handoff-without-procedure')).toBe(false);
    expect(report.items.find((item) => item.kind === 'added')?.location).toMatch(/^model-library\/examples\/acme\/D-to-be\.yaml:\d+:3$/);
    expect(markdown.stdout).toContain('#### Handoffs across organisation units without a written procedure (1)');
  });

  it('refuses a map that does not derive from a reference', async () => {
    // given a reference map / when asked for its gaps / then it is a usage error
    const run = await runCli(['gap', path.join('model-library', 'cert', 'D.yaml')], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no derivedFrom');
  });
});
