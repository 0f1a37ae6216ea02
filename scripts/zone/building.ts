/**
 * Buildings on a plot: floor area, footprint, green and admin land, floors and height,
 * consistent with the plot area (容积率 0.5–2.5, 建筑系数 25–70 %, 绿地率 5–25 %, admin ≤ 10 %).
 */
import type { PlotStatus } from '../../src/domain/plot.ts';
import type { Random } from './random.ts';

export type BuildingProfile = 'industrial' | 'standard-factory' | 'logistics' | 'commercial' | 'residential' | 'public' | 'utility';

interface Ranges {
  floorAreaRatio: [number, number];
  coverageRatio: [number, number];
  greenRatio: [number, number];
  adminRatio: [number, number];
  /** storey height, m */
  storeyM: [number, number];
}

const RANGES: Readonly<Record<BuildingProfile, Ranges>> = {
  industrial: { floorAreaRatio: [0.6, 1.7], coverageRatio: [0.32, 0.68], greenRatio: [0.06, 0.23], adminRatio: [0.02, 0.1], storeyM: [5, 6.5] },
  'standard-factory': { floorAreaRatio: [1.3, 2.4], coverageRatio: [0.4, 0.6], greenRatio: [0.08, 0.18], adminRatio: [0.02, 0.06], storeyM: [4.5, 5.5] },
  logistics: { floorAreaRatio: [0.5, 1.2], coverageRatio: [0.4, 0.7], greenRatio: [0.05, 0.15], adminRatio: [0.02, 0.08], storeyM: [9, 12] },
  commercial: { floorAreaRatio: [1.2, 2.5], coverageRatio: [0.25, 0.45], greenRatio: [0.1, 0.25], adminRatio: [0.03, 0.1], storeyM: [3.9, 4.5] },
  residential: { floorAreaRatio: [1.5, 2.5], coverageRatio: [0.25, 0.32], greenRatio: [0.18, 0.25], adminRatio: [0.01, 0.04], storeyM: [2.9, 3.1] },
  public: { floorAreaRatio: [0.6, 1.5], coverageRatio: [0.25, 0.4], greenRatio: [0.15, 0.25], adminRatio: [0.05, 0.1], storeyM: [3.9, 4.2] },
  utility: { floorAreaRatio: [0.5, 0.8], coverageRatio: [0.3, 0.5], greenRatio: [0.1, 0.2], adminRatio: [0.02, 0.06], storeyM: [6, 9] },
};

export interface Building {
  floorAreaM2: number;
  footprintAreaM2: number;
  greenAreaM2: number;
  adminAreaM2: number;
  floors: number;
  heightM: number;
}

const draw = (random: Random, [min, max]: [number, number]): number => random.range(min, max);

/** Buildings of built and under-construction plots; an under-used one on idle land; nothing otherwise. */
export function drawBuilding(profile: BuildingProfile, status: PlotStatus, areaM2: number, random: Random): Building | undefined {
  if (status === 'idle') return idleBuilding(areaM2, random);
  if (status !== 'built' && status !== 'under-construction') return undefined;
  const ranges = RANGES[profile];
  const outlier = profile === 'industrial' && random.chance(0.08);
  const floorAreaRatio = outlier ? random.range(0.5, 2.2) : draw(random, ranges.floorAreaRatio);
  const coverageRatio = draw(random, ranges.coverageRatio);
  const greenRatio = Math.min(draw(random, ranges.greenRatio), 0.95 - coverageRatio);
  const floors = floorsFor(profile, floorAreaRatio / coverageRatio, random);
  const storeyM = draw(random, ranges.storeyM);
  const heightM = floors === 1 && (profile === 'industrial' || profile === 'logistics') ? random.range(9, 14) : floors * storeyM + 1.5;
  return {
    floorAreaM2: Math.round(floorAreaRatio * areaM2),
    footprintAreaM2: Math.round(coverageRatio * areaM2),
    greenAreaM2: Math.round(greenRatio * areaM2),
    adminAreaM2: Math.round(draw(random, ranges.adminRatio) * areaM2),
    floors,
    heightM: Math.round(heightM * 10) / 10,
  };
}

const MAX_FLOORS: Readonly<Record<BuildingProfile, number>> = {
  industrial: 6, 'standard-factory': 6, logistics: 3, commercial: 24, residential: 33, public: 8, utility: 2,
};

/** Buildings cover part of the footprint (yards and stores the rest), so floors exceed FAR ÷ coverage. */
function floorsFor(profile: BuildingProfile, floorsOverCoverage: number, random: Random): number {
  if (profile === 'standard-factory') return random.int(3, 6);
  const floors = Math.round(floorsOverCoverage * random.range(1.1, 1.6));
  return Math.min(MAX_FLOORS[profile], Math.max(1, floors));
}

/** Idle land carries an under-used building: low floor-area ratio and coverage. */
function idleBuilding(areaM2: number, random: Random): Building {
  const coverageRatio = random.range(0.25, 0.36);
  return {
    floorAreaM2: Math.round(random.range(0.5, 0.72) * areaM2),
    footprintAreaM2: Math.round(coverageRatio * areaM2),
    greenAreaM2: Math.round(random.range(0.05, 0.1) * areaM2),
    adminAreaM2: Math.round(random.range(0.01, 0.03) * areaM2),
    floors: 1,
    heightM: Math.round(random.range(6, 10) * 10) / 10,
  };
}
