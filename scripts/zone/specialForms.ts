/**
 * The irregular plots every importer and statistic must handle: plots with an enclave hole
 * (the enclave is its own small utility plot) and plots in two parts.
 */
import { M2_PER_MU } from '../../src/domain/units.ts';
import type { ZoneFrame } from './frame.ts';
import { rectRing } from './plane.ts';
import type { PlotDraft } from './plotDrafts.ts';
import { densify, holedPlot, twoPartPlot } from './plotShapes.ts';
import type { Random } from './random.ts';

export interface SpecialCounts {
  holed: number;
  twoPart: number;
}

function isEligible(draft: PlotDraft, frame: ZoneFrame): boolean {
  const { box } = draft;
  const areaM2 = (box.maxX - box.minX) * (box.maxY - box.minY);
  return draft.form === 'plain' && !draft.clipped
    && (draft.theme === 'industrial' || draft.theme === 'logistics')
    && draft.park?.info.id !== 'standard-factory-park'
    && areaM2 >= 45 * M2_PER_MU * frame.gridScale ** 2;
}

/** Indices 0..n-1 in a seeded random order. */
export function shuffledIndices(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const k = random.int(0, i);
    [order[i], order[k]] = [order[k] as number, order[i] as number];
  }
  return order;
}

export function addSpecialForms(drafts: readonly PlotDraft[], counts: SpecialCounts, frame: ZoneFrame, random: Random): PlotDraft[] {
  const g = frame.gridScale;
  const eligible = drafts.map((d, i) => (isEligible(d, frame) ? i : -1)).filter((i) => i >= 0);
  const chosen = shuffledIndices(eligible.length, random).map((k) => eligible[k] as number);
  const holed = new Set(chosen.slice(0, counts.holed));
  const twoPart = new Set(chosen.slice(counts.holed, counts.holed + counts.twoPart));
  const result: PlotDraft[] = [];
  drafts.forEach((draft, index) => {
    if (holed.has(index)) {
      const { shape, enclave } = holedPlot(draft.box, Math.max(2, 6 * g), 95 * g, random);
      result.push({ ...draft, shape, form: 'holed' });
      const ring = densify(rectRing(enclave.minX, enclave.minY, enclave.maxX, enclave.maxY), 95 * g);
      result.push({ ...draft, shape: [[ring]], box: enclave, form: 'enclave' });
    } else if (twoPart.has(index)) {
      result.push({ ...draft, shape: twoPartPlot(draft.box, Math.max(4, 10 * g), 95 * g, random), form: 'two-part' });
    } else {
      result.push(draft);
    }
  });
  return result;
}
