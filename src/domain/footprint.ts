/** The part of a plot that lies inside one district or park, after clipping. */
export interface AreaShare {
  areaId: string;
  /** ellipsoidal area of plot ∩ area, m² */
  areaM2: number;
}

/**
 * Where a plot lies and how big it is: the geo layer's output, the stats layer's input.
 * Shares never overlap: their sum is at most `areaM2`, and equals it when the plot lies
 * wholly inside the districts.
 */
export interface PlotFootprint {
  plotId: string;
  /** ellipsoidal area of the whole plot, m² */
  areaM2: number;
  districtShares: AreaShare[];
  parkShares: AreaShare[];
  /** area-weighted centroid [lon, lat] */
  centroid: [number, number];
}
