import type { District, Park } from '../domain/zone.ts';
import type { IndustryCluster } from '../domain/plot.ts';
import type { Language } from './main.ts';

const CLUSTER_NAMES: Record<IndustryCluster, readonly [string, string]> = {
  'white-goods': ['白色家电', 'white goods'],
  leather: ['皮革皮具', 'leather'],
  'modern-services': ['现代服务', 'modern services'],
  logistics: ['物流', 'logistics'],
  other: ['其他', 'other'],
};

export function clusterName(cluster: IndustryCluster, lang: Language): string {
  return CLUSTER_NAMES[cluster][lang === 'zh' ? 0 : 1];
}

/** Display names of districts and parks by id, in the chosen language; the zone is 'zone'. */
export function areaNamer(districts: readonly District[], parks: readonly Park[], lang: Language): (id: string) => string {
  const names = new Map<string, string>();
  for (const area of [...districts, ...parks]) names.set(area.id, lang === 'zh' ? area.name || area.id : area.nameEn || area.id);
  names.set('zone', lang === 'zh' ? '全区' : 'Zone');
  return (id) => names.get(id) ?? id;
}
