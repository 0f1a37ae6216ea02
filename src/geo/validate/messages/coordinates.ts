/** Messages about the coordinate system of the whole file, and refusals for lack of areas. */
import type { Message } from '../report.ts';
import type { FeatureKind } from '../types.ts';
import { formatRawPair, kindNoun, shortText } from './labels.ts';

const KEEP = { zh: '当前数据保持不变。', en: 'Your current data is unchanged.' };

export type CrsReading = 'lonlat' | 'gauss-kruger' | 'unknown';

export function legacyCrsMessage(name: string, reading: CrsReading): Message {
  const n = shortText(name, 60);
  const how: Record<CrsReading, Message> = {
    lonlat: { zh: '它表示经纬度，数据按经纬度读取', en: 'it means longitude/latitude, and the data was read as such' },
    'gauss-kruger': { zh: '它表示 CGCS2000 高斯–克吕格投影，坐标已换算为经纬度', en: 'it means CGCS2000 Gauss–Krüger metres, and the coordinates were converted to longitude/latitude' },
    unknown: { zh: '该坐标系无法识别，已忽略，按坐标数值判断', en: 'that system is not recognised and was ignored; the coordinate values decided' },
  };
  return {
    zh: `文件带有旧式的 "crs" 坐标系声明（${n}）；${how[reading].zh}。新版 GeoJSON 规定一律使用经纬度，建议重新导出时去掉该声明。`,
    en: `The file carries an old-style "crs" member (${n}); ${how[reading].en}. Current GeoJSON is always longitude/latitude; export without it next time.`,
  };
}

export function swappedMessage(sample: readonly number[]): Message {
  return {
    zh: `坐标的经度和纬度顺序颠倒了（如 ${formatRawPair(sample)} 中纬度在前），已交换为“经度, 纬度”。请在地图上核对位置。`,
    en: `Longitude and latitude were in the wrong order (as in ${formatRawPair(sample)}, latitude first); they were swapped to "longitude, latitude". Check the position on the map.`,
  };
}

export function projectedConvertedMessage(centralMeridiansDeg: readonly number[], axesSwapped: boolean): Message {
  const cms = centralMeridiansDeg.map((d) => `${Number(d.toFixed(4))}°E`).join('、');
  const cmsEn = centralMeridiansDeg.map((d) => `${Number(d.toFixed(4))}°E`).join(', ');
  const axisZh = axesSwapped ? '（坐标按测绘习惯 X 为北向，已调整顺序）' : '';
  const axisEn = axesSwapped ? ' (X was northing, as in survey practice; the order was adjusted)' : '';
  return {
    zh: `坐标是以米为单位的 CGCS2000 高斯–克吕格投影坐标，已按中央经线 ${cms} 换算为经纬度${axisZh}。请在地图上核对位置。`,
    en: `The coordinates are CGCS2000 Gauss–Krüger metres; they were converted to longitude/latitude with central meridian ${cmsEn}${axisEn}. Check the position on the map.`,
  };
}

export function projectedZoneUnknownMessage(sample: readonly number[]): Message {
  return {
    zh: `无法导入：坐标（如 ${formatRawPair(sample)}）是以米为单位的高斯–克吕格投影坐标，但文件中看不出所在投影带。请在导入设置中填写中央经线（如 117°E），或导出带带号的坐标（东坐标前两位为带号），或直接导出经纬度。${KEEP.zh}`,
    en: `Cannot import: the coordinates (such as ${formatRawPair(sample)}) are Gauss–Krüger metres, but the file does not tell which zone. Enter the central meridian (such as 117°E) in the import settings, export eastings with the zone prefix, or export longitude/latitude. ${KEEP.en}`,
  };
}

export function unknownProjectionMessage(sample: readonly number[]): Message {
  return {
    zh: `无法导入：坐标（如 ${formatRawPair(sample)}）既不是经纬度，也不是可识别的 CGCS2000 高斯–克吕格坐标。请在原软件中将坐标系设为 CGCS2000 经纬度（EPSG:4490）或 WGS 84（EPSG:4326）后重新导出。${KEEP.zh}`,
    en: `Cannot import: the coordinates (such as ${formatRawPair(sample)}) are neither longitude/latitude nor recognisable CGCS2000 Gauss–Krüger metres. Set the coordinate system to CGCS2000 geographic (EPSG:4490) or WGS 84 (EPSG:4326) in the original software and export again. ${KEEP.en}`,
  };
}

export function noPolygonsMessage(kind: FeatureKind, featureCount: number, typeNames: readonly string[], withoutGeometry: number): Message {
  const noun = kindNoun(kind);
  const types = typeNames.join(', ');
  const whatZh = types === '' ? '都没有图形' : withoutGeometry > 0 ? `是 ${types} 或没有图形` : `是 ${types}`;
  const whatEn = types === '' ? 'have no geometry' : withoutGeometry > 0 ? `are ${types} or have no geometry` : `are ${types}`;
  return {
    zh: `无法导入：文件中没有面（多边形），无法作为${noun.zh}范围；其中的 ${featureCount} 个要素${whatZh}。请导出面图层（Polygon / MultiPolygon）。${KEEP.zh}`,
    en: `Cannot import: the file holds no areas (polygons), which a ${noun.en.toLowerCase()} outline needs; its ${featureCount} feature(s) ${whatEn}. Export the polygon layer (Polygon / MultiPolygon). ${KEEP.en}`,
  };
}

export function nothingImportableMessage(kind: FeatureKind, featureCount: number): Message {
  const noun = kindNoun(kind);
  return {
    zh: `无法导入：文件中的 ${featureCount} 个要素没有一个能作为${noun.zh}导入，原因见“跳过”列表。请按列表修正后重新导入。${KEEP.zh}`,
    en: `Cannot import: not one of the ${featureCount} features in the file can be imported as a ${noun.en.toLowerCase()}; the reasons are in the list of skipped features. Fix them and import again. ${KEEP.en}`,
  };
}

/** The refusal of a file whose only feature was skipped: that feature's reason. */
export function onlyFeatureSkippedMessage(reason: Message): Message {
  return { zh: `无法导入：${reason.zh}${KEEP.zh}`, en: `Cannot import: ${reason.en} ${KEEP.en}` };
}
