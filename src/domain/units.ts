/**
 * Area units of Chinese land planning.
 * 1 亩 (mu) = 10000/15 m²; 1 公顷 (hectare) = 15 亩 = 10 000 m²; 1 km² = 1 500 亩.
 */
export const M2_PER_MU = 10_000 / 15;
export const M2_PER_HECTARE = 10_000;
export const M2_PER_KM2 = 1_000_000;

export function m2ToMu(areaM2: number): number {
  return areaM2 / M2_PER_MU;
}

export function muToM2(areaMu: number): number {
  return areaMu * M2_PER_MU;
}

export function m2ToHectare(areaM2: number): number {
  return areaM2 / M2_PER_HECTARE;
}

export function m2ToKm2(areaM2: number): number {
  return areaM2 / M2_PER_KM2;
}

/** An area in every unit the UI and the CLI show. */
export interface AreaInUnits {
  areaM2: number;
  areaMu: number;
  areaHectare: number;
  areaKm2: number;
}

export function areaInUnits(areaM2: number): AreaInUnits {
  return {
    areaM2,
    areaMu: m2ToMu(areaM2),
    areaHectare: m2ToHectare(areaM2),
    areaKm2: m2ToKm2(areaM2),
  };
}
