/** Messages about how features relate: overlapping plots, plots outside the districts. */
import type { Message } from '../report.ts';
import type { FeatureKind } from '../types.ts';
import { about, formatArea, kindNoun } from './labels.ts';

export function overlapMessage(label: Message, other: Message, areaM2: number | null): Message {
  const area = areaM2 === null ? null : formatArea(areaM2);
  const zh = area === null ? '（重叠面积无法计算）' : `，重叠约 ${area.zh}`;
  const en = area === null ? ' (the overlap area could not be computed)' : ` by about ${area.en}`;
  return about(
    label,
    `与${other.zh}相互重叠${zh}，同一块地会被统计两次。已导入，请调整其中一个的边界。`,
    `overlaps ${other.en.replace(/^[A-Z]/, (c) => c.toLowerCase())}${en}; that land would be counted twice. Both were imported; adjust one of the outlines.`,
  );
}

export function outsideDistrictsMessage(label: Message, kind: FeatureKind): Message {
  const noun = kindNoun(kind);
  return about(
    label,
    `不在任何片区之内，不会计入片区统计。已导入，请检查坐标是否正确或该${noun.zh}是否属于本开发区。`,
    `lies outside every district, so it counts toward no district's figures. It was imported; check its coordinates and whether this ${noun.en.toLowerCase()} belongs to the zone.`,
  );
}
