/** Messages about one feature's envelope: its type, attributes, id and coordinate lists. */
import type { Message } from '../report.ts';
import { about, formatRawPair, shortText } from './labels.ts';

const SKIPPED = { zh: '已跳过，', en: 'was skipped;' };

export function featureNotObjectMessage(label: Message, found: Message): Message {
  return about(label, `不是一个要素，而是 ${found.zh}；${SKIPPED.zh}请删除该项或重新导出。`, `is not a feature but ${found.en}; it ${SKIPPED.en} remove that entry or export again.`);
}

export function featureBadTypeMessage(label: Message, typeName: string | null): Message {
  const t = typeName === null ? '没有 "type"' : `类型为“${shortText(typeName)}”`;
  const tEn = typeName === null ? 'has no "type"' : `has type "${shortText(typeName)}"`;
  return about(label, `${t}，不是 GeoJSON 要素（Feature）；${SKIPPED.zh}请重新导出。`, `${tEn}, which is not a GeoJSON Feature; it ${SKIPPED.en} export it again.`);
}

export function geometryBadTypeMessage(label: Message, typeName: string | null): Message {
  const t = typeName === null ? '的图形没有 "type"' : `的图形类型“${shortText(typeName)}”`;
  const tEn = typeName === null ? 'has a geometry without "type"' : `has a geometry of type "${shortText(typeName)}"`;
  return about(label, `${t}不是 GeoJSON 图形类型，${SKIPPED.zh}请重新导出。`, `${tEn}, which is not a GeoJSON geometry; it ${SKIPPED.en} export it again.`);
}

export function nullGeometryMessage(label: Message, missing: boolean): Message {
  const zh = missing ? '没有图形（缺少 geometry）' : '图形为空（geometry 为 null）';
  const en = missing ? 'has no geometry member' : 'has an empty geometry (null)';
  return about(label, `${zh}，无法在地图上定位，${SKIPPED.zh}请在原软件中补画范围。`, `${en}, so it has no place on the map and ${SKIPPED.en} draw its outline in the original software.`);
}

export function nonPolygonMessage(label: Message, typeName: string): Message {
  return about(
    label,
    `是 ${typeName}（点、线或集合），不是面，不能表示用地范围，${SKIPPED.zh}如需导入请先转为面。`,
    `is a ${typeName} (a point, line or collection), not an area, so it cannot outline land and ${SKIPPED.en} convert it to a polygon to import it.`,
  );
}

export function missingPropertiesRepairMessage(label: Message, found: Message | null): Message {
  const what = found === null ? '缺少属性表（properties）' : `的属性表是 ${found.zh} 而不是对象`;
  const whatEn = found === null ? 'had no "properties" member' : `had "properties" that were ${found.en}, not an object`;
  return about(label, `${what}，已补上空属性表。`, `${whatEn}; an empty attribute table was added.`);
}

export function missingPropertiesWarningMessage(label: Message): Message {
  return about(label, '没有任何属性：用地性质、供地状态等均为“无数据”，请补充。', 'has no attributes: land use, status and the rest read as "no data". Fill them in.');
}

export function missingIdMessage(label: Message, noun: Message, generatedId: string, badValue: string | null): Message {
  const zh = badValue === null ? '没有编号' : `的编号 ${shortText(badValue)} 不是文字或数字`;
  const en = badValue === null ? 'has no id' : `has an id ${shortText(badValue)} that is neither text nor a number`;
  return about(label, `${zh}，已暂编为“${generatedId}”。请填写正式的${noun.zh}编号。`, `${en}; it was given the id "${generatedId}" for now. Enter its real ${noun.en.toLowerCase()} code.`);
}

export function duplicateIdMessage(label: Message, firstIndex: number, newId: string): Message {
  return about(
    label,
    `的编号与第 ${firstIndex + 1} 个要素重复，已改为“${newId}”（原编号保留在属性中）。请核对是否重复导入或编号有误。`,
    `repeats the id of feature no. ${firstIndex + 1}; it was renamed "${newId}" (the attribute keeps the original). Check for a double import or a wrong code.`,
  );
}

export type CoordinatesProblem =
  | { kind: 'not-list' }
  | { kind: 'missing-level' }
  | { kind: 'extra-level' }
  | { kind: 'no-rings' }
  | { kind: 'bad-number'; value: string }
  | { kind: 'short-position' };

export function badCoordinatesMessage(label: Message, problem: CoordinatesProblem): Message {
  const texts: Record<CoordinatesProblem['kind'], Message> = {
    'not-list': { zh: '的坐标不是列表', en: 'has coordinates that are not a list' },
    'missing-level': { zh: '的坐标少了一层方括号 [ ]：每条边界应是一组点的列表', en: 'has coordinates one level of brackets [ ] too shallow: each ring must be a list of points' },
    'extra-level': { zh: '的坐标多了一层方括号 [ ]，与声明的图形类型不符', en: 'has coordinates one level of brackets [ ] too deep for its geometry type' },
    'no-rings': { zh: '的坐标是空的，没有边界', en: 'has an empty coordinate list, with no outline' },
    'bad-number': { zh: `的坐标中有非数字的值“${shortText(problem.kind === 'bad-number' ? problem.value : '', 20)}”`, en: `has a value "${shortText(problem.kind === 'bad-number' ? problem.value : '', 20)}" among its coordinates that is not a number` },
    'short-position': { zh: '的某个点只有一个数值，缺少经度或纬度', en: 'has a point with a single number, missing its longitude or latitude' },
  };
  const t = texts[problem.kind];
  return about(label, `${t.zh}，${SKIPPED.zh}请在原软件中检查并重新导出。`, `${t.en}; it ${SKIPPED.en} check it in the original software and export again.`);
}

export function stringCoordinateMessage(label: Message, count: number): Message {
  return about(label, `有 ${count} 个坐标值写成了文字（带引号），已按数字读取。`, `had ${count} coordinate values written as text (in quotes); they were read as numbers.`);
}

export function thirdCoordinateMessage(label: Message): Message {
  return about(label, '的坐标带有高程（第三个数值），已去掉，只保留经纬度。', 'had a third coordinate (height); it was dropped, keeping longitude and latitude.');
}

export function outOfRangeMessage(label: Message, sample: readonly number[]): Message {
  return about(
    label,
    `的坐标（如 ${formatRawPair(sample)}）超出经度 ±180°、纬度 ±90° 的范围，不是有效的经纬度，${SKIPPED.zh}请检查坐标系后重新导出。`,
    `has coordinates (such as ${formatRawPair(sample)}) outside longitude ±180° / latitude ±90°, so they are not valid longitude/latitude and it ${SKIPPED.en} check the coordinate system and export again.`,
  );
}
