/**
 * The values the page must show after edits, computed in Node from scratch: the page's plots
 * as they now are go through the same validator and a freshly built engine, so the page's
 * incrementally updated engine is checked against a rebuild.
 */
import { readFile } from 'node:fs/promises';
import { createEngineSession } from '../../src/state/engineSession.ts';
import type { ZoneStats } from '../../src/stats/types.ts';
import type { PageEditState } from './editPage.ts';

export async function statsForPlots(folder: string, plots: PageEditState['plots']): Promise<ZoneStats> {
  const session = createEngineSession();
  for (const kind of ['districts', 'parks'] as const) {
    const { importId } = session.handle({ op: 'validate', kind, text: await readFile(`${folder}/${kind}.geojson`, 'utf8') });
    session.handle({ op: 'commit', importId });
  }
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: plots.map((p) => ({ type: 'Feature', id: p.id, properties: p.properties, geometry: p.geometry })),
  });
  const { importId, report } = session.handle({ op: 'validate', kind: 'plots', text });
  if (report.verdict === 'refused') throw new Error(`the page's plots were refused: ${report.refused?.messageEn}`);
  session.handle({ op: 'commit', importId });
  return session.handle({ op: 'stats' }).stats;
}
