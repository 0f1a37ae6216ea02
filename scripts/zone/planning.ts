/**
 * The planning attributes of a plot: land-use code, supply status and industry cluster,
 * drawn from its block theme, its park and its district (DESIGN.md §1–2).
 */
import { landUseClass } from '../../src/domain/landUse.ts';
import type { IndustryCluster, PlotStatus } from '../../src/domain/plot.ts';
import type { DistrictId } from '../../src/domain/zone.ts';
import type { PlotDraft } from './plotDrafts.ts';
import type { BlockTheme } from './profiles.ts';
import { DISTRICT_INDUSTRIES, DISTRICT_STATUSES, PARK_STATUSES } from './profiles.ts';
import type { Random } from './random.ts';

const THEME_LAND_USES: Readonly<Record<BlockTheme, Partial<Record<string, number>>>> = {
  industrial: { '1001': 0.92, '1402': 0.03, '1301': 0.02, '1303': 0.01, '1601': 0.02 },
  logistics: { '1101': 0.88, '1102': 0.02, '1001': 0.06, '1402': 0.04 },
  commercial: { '0901': 0.62, '0902': 0.18, '0903': 0.05, '0904': 0.05, '1401': 0.05, '1403': 0.05 },
  business: { '0902': 0.7, '0901': 0.25, '1403': 0.05 },
  residential: { '0701': 0.82, '0702': 0.08, '0804': 0.06, '1401': 0.04 },
  public: { '0801': 0.2, '0802': 0.15, '0803': 0.1, '0804': 0.2, '0805': 0.1, '0806': 0.15, '0807': 0.1 },
  green: { '1401': 0.65, '1402': 0.3, '1403': 0.05 },
};

/** Utility plots (water works, substations) are small; a large plot drawn as utility stays industrial. */
const MAX_UTILITY_AREA_MU = 40;

export function chooseLandUse(draft: PlotDraft, areaMu: number, random: Random): string {
  if (draft.form === 'enclave') return random.chance(0.6) ? '1303' : '1301';
  const landUse = themeLandUse(draft, random);
  return landUseClass(landUse)?.category === 'utility' && areaMu > MAX_UTILITY_AREA_MU ? '1001' : landUse;
}

function themeLandUse(draft: PlotDraft, random: Random): string {
  if (draft.park?.info.id === 'standard-factory-park' && draft.theme === 'industrial') return '1001';
  if (draft.riverside && !draft.park && random.chance(0.3)) return random.chance(0.7) ? '1401' : '1402';
  if (draft.form !== 'plain') return draft.theme === 'logistics' ? '1101' : '1001';
  return random.weighted(THEME_LAND_USES[draft.theme]);
}

const OWN_STATUSES: Readonly<Record<string, Partial<Record<PlotStatus, number>>>> = {
  'public-service': { built: 0.75, 'under-construction': 0.1, allocated: 0.05, vacant: 0.1 },
  green: { built: 0.8, vacant: 0.2 },
  utility: { built: 0.88, 'under-construction': 0.12 },
  reserve: { reserved: 1 },
};

export function chooseStatus(landUse: string, districtId: DistrictId, draft: PlotDraft, random: Random): PlotStatus {
  const category = landUseClass(landUse)?.category ?? 'other';
  const own = OWN_STATUSES[category];
  if (own) return random.weighted(own);
  return random.weighted(draft.park ? PARK_STATUSES[draft.park.info.id] : DISTRICT_STATUSES[districtId]);
}

/** The cluster a plot serves; vacant and reserved land keeps a planned cluster only in a park or in the south. */
export function chooseIndustry(
  landUse: string, status: PlotStatus, districtId: DistrictId, draft: PlotDraft, random: Random,
): IndustryCluster | undefined {
  const category = landUseClass(landUse)?.category;
  const planned = status === 'vacant' || status === 'reserved';
  if (planned && !draft.park && districtId !== 'south') return undefined;
  const park = draft.park?.info;
  switch (category) {
    case 'industrial':
      if (park && park.cluster !== 'logistics' && park.cluster !== 'modern-services' && random.chance(0.95)) return park.cluster;
      return random.weighted(DISTRICT_INDUSTRIES[districtId]);
    case 'logistics':
      return 'logistics';
    case 'commercial':
    case 'business':
      if (districtId === 'west' || park?.cluster === 'modern-services') return 'modern-services';
      return random.chance(0.5) ? 'modern-services' : undefined;
    default:
      return undefined;
  }
}
