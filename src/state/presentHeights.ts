/**
 * How tall a plot's buildings are drawn in 3D (issue 7): its `heightM` when given, else its
 * `floors` × 3.8 m, else floors derived from its 容积率 and 建筑系数 — floorArea ÷ plot area ÷
 * (footprintArea ÷ plot area), i.e. floorArea ÷ footprintArea, rounded, at least one — and then
 * flagged as derived so the legend can say so. A plot with none of these is drawn flat.
 */

/** Storey height used to turn floors into metres. */
export const FLOOR_HEIGHT_M = 3.8;

export type HeightSource = 'height' | 'floors' | 'derived' | 'none';

export interface BuildingHeight {
  heightM: number;
  source: HeightSource;
}

function positive(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : null;
}

/** Floors from floor area and footprint (容积率 ÷ 建筑系数); null when either is missing. */
export function derivedFloors(floorAreaM2: unknown, footprintAreaM2: unknown): number | null {
  const floorArea = positive(floorAreaM2);
  const footprint = positive(footprintAreaM2);
  if (floorArea === null || footprint === null) return null;
  return Math.max(1, Math.round(floorArea / footprint));
}

/** The height a plot is drawn at, and where it came from. */
export function buildingHeightOf(properties: Readonly<Record<string, unknown>>): BuildingHeight {
  const heightM = positive(properties['heightM']);
  if (heightM !== null) return { heightM, source: 'height' };
  const floors = positive(properties['floors']);
  if (floors !== null) return { heightM: floors * FLOOR_HEIGHT_M, source: 'floors' };
  const derived = derivedFloors(properties['floorArea'], properties['footprintArea']);
  if (derived !== null) return { heightM: derived * FLOOR_HEIGHT_M, source: 'derived' };
  return { heightM: 0, source: 'none' };
}
