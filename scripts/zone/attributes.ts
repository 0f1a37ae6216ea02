/**
 * The property bag of a plot, in the key order of DESIGN.md §2 followed by the unknown keys
 * (备注, source, tags) that exercise verbatim keeping. A value with no data is absent, never 0.
 */
import { landUseClass } from '../../src/domain/landUse.ts';
import type { IndustryCluster, PlotStatus } from '../../src/domain/plot.ts';
import { SUPPLIED_STATUSES } from '../../src/domain/plot.ts';
import { m2ToMu } from '../../src/domain/units.ts';
import type { DistrictId } from '../../src/domain/zone.ts';
import type { BuildingProfile } from './building.ts';
import { drawBuilding } from './building.ts';
import type { EconomicProfile } from './economics.ts';
import { drawEconomics } from './economics.ts';
import type { NameBook } from './names.ts';
import { chooseIndustry, chooseLandUse, chooseStatus } from './planning.ts';
import type { PlotDraft } from './plotDrafts.ts';
import { plotNote } from './notes.ts';
import type { Random } from './random.ts';

export interface PlotContext {
  id: string;
  draft: PlotDraft;
  districtId: DistrictId;
  areaM2: number;
  /** plot sizes are scaled by gridScale²; size rules compare unscaled areas */
  gridScale: number;
  straddles: boolean;
}

export type PlotProperties = Record<string, string | number | boolean | string[]>;

function profiles(landUse: string, industry: IndustryCluster | undefined, standardFactory: boolean): { building?: BuildingProfile; economic?: EconomicProfile } {
  switch (landUseClass(landUse)?.category) {
    case 'industrial': return { building: standardFactory ? 'standard-factory' : 'industrial', economic: industry ?? 'other' };
    case 'logistics': return { building: 'logistics', economic: 'logistics' };
    case 'commercial':
    case 'business': return { building: 'commercial', economic: 'modern-services' };
    case 'residential': return { building: 'residential', economic: 'residential' };
    case 'public-service': return { building: 'public' };
    case 'utility': return { building: 'utility' };
    default: return {};
  }
}

function enterpriseName(landUse: string, industry: IndustryCluster | undefined, standardFactory: boolean, names: NameBook): string | undefined {
  const category = landUseClass(landUse)?.category;
  if (standardFactory) return names.company('standard-factory');
  switch (category) {
    case 'industrial': return names.company(industry ?? 'other');
    case 'logistics': return names.company('logistics');
    case 'business': return names.company('business');
    case 'commercial': return names.company('commercial');
    case 'residential': return names.company('residential');
    case 'public-service': return names.institution(landUse);
    default: return undefined;
  }
}

export function plotProperties(plot: PlotContext, names: NameBook, random: Random): PlotProperties {
  const { draft, districtId, areaM2 } = plot;
  const landUse = chooseLandUse(draft, m2ToMu(areaM2) / plot.gridScale ** 2, random);
  const status: PlotStatus = chooseStatus(landUse, districtId, draft, random);
  const industry = chooseIndustry(landUse, status, districtId, draft, random);
  const inFactoryPark = draft.park?.info.id === 'standard-factory-park' && landUse === '1001';
  const standardFactory = inFactoryPark && (status === 'built' || status === 'under-construction') && random.chance(0.8);
  const supplied = SUPPLIED_STATUSES.has(status);
  const profile = profiles(landUse, industry, standardFactory);
  const properties: PlotProperties = { id: plot.id, landUse };
  if (industry) properties['industry'] = industry;
  properties['status'] = status;
  const enterprise = supplied ? enterpriseName(landUse, industry, standardFactory, names) : undefined;
  if (enterprise) properties['enterprise'] = enterprise;
  if (profile.economic && enterprise) {
    const economics = drawEconomics(profile.economic, status, districtId, areaM2, random);
    if (economics.investmentWanYuan !== undefined) properties['investment'] = economics.investmentWanYuan;
    if (economics.outputWanYuanPerYear !== undefined) properties['output'] = economics.outputWanYuanPerYear;
    if (economics.taxWanYuanPerYear !== undefined) properties['tax'] = economics.taxWanYuanPerYear;
  }
  const building = profile.building ? drawBuilding(profile.building, status, areaM2, random) : undefined;
  if (building) {
    Object.assign(properties, {
      floorArea: building.floorAreaM2, footprintArea: building.footprintAreaM2, greenArea: building.greenAreaM2,
      adminArea: building.adminAreaM2, floors: building.floors, heightM: building.heightM,
    });
  }
  if (standardFactory) properties['standardFactory'] = true;
  if (standardFactory && status === 'built' && building) {
    properties['leasedFloorArea'] = Math.round(building.floorAreaM2 * random.range(0.35, 1));
  }
  Object.assign(properties, plotNote({ form: draft.form, status, straddles: plot.straddles }, random));
  return properties;
}
