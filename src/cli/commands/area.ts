import { arealAreaM2 } from '../../geo/area.ts';
import { m2ToMu } from '../../domain/units.ts';
import { EXIT_OK } from '../cliError.ts';
import type { ParsedCommand } from '../main.ts';
import type { Output } from '../output.ts';
import { loadFeatures } from '../loadFeatures.ts';
import { renderTable } from '../format/textTable.ts';
import { formatNumber } from '../format/numbers.ts';
import { label } from '../labels.ts';

/** `parkzone area <file>`: each feature's id and ellipsoidal area in m² and 亩. */
export async function runArea(parsed: ParsedCommand, output: Output): Promise<number> {
  const [file = ''] = parsed.files;
  const { features } = await loadFeatures(file, 'plots', parsed.lang, output);
  const rows = features.map((feature) => {
    const areaM2 = arealAreaM2(feature.geometry);
    return { id: feature.id, areaM2, areaMu: m2ToMu(areaM2) };
  });
  if (parsed.json) {
    output.out(JSON.stringify(rows, null, 2));
    return EXIT_OK;
  }
  const totalM2 = rows.reduce((sum, row) => sum + row.areaM2, 0);
  const t = (key: Parameters<typeof label>[1]): string => label(parsed.lang, key);
  output.out(renderTable(
    [{ header: t('id'), align: 'left' }, { header: t('areaM2'), align: 'right' }, { header: t('areaMu'), align: 'right' }],
    [
      ...rows.map((row) => [row.id, formatNumber(row.areaM2, 1), formatNumber(row.areaMu, 2)]),
      [t('total'), formatNumber(totalM2, 1), formatNumber(m2ToMu(totalM2), 2)],
    ],
  ));
  return EXIT_OK;
}
