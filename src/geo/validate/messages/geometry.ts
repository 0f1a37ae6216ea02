/** Messages about the outline of one feature: rings, vertices, crossings, holes, parts. */
import type { Message } from '../report.ts';
import { about, formatArea, formatPosition } from './labels.ts';

export function ringNotClosedMessage(label: Message, count: number): Message {
  return about(label, `有 ${count} 条边界首尾未闭合，已自动连接终点与起点。`, `had ${count} outline ring(s) not closed; the last point was joined to the first.`);
}

export function duplicateVertexMessage(label: Message, count: number): Message {
  return about(label, `有 ${count} 个重复的连续顶点，已删除（面积不变）。`, `had ${count} repeated consecutive vertices; they were removed (the area is unchanged).`);
}

export function windingMessage(label: Message): Message {
  return about(label, '的边界绘制方向不符合 GeoJSON 规范（外边界应逆时针、内洞顺时针），已调整方向（面积不变）。', 'had rings drawn in the wrong direction (GeoJSON wants the outline anticlockwise, holes clockwise); they were turned round (the area is unchanged).');
}

export function spikeRepairMessage(label: Message, count: number, at: readonly number[]): Message {
  return about(label, `的边界有 ${count} 处来回折返的尖刺（宽度为零，如 ${formatPosition(at)} 处），已删除尖刺顶点（面积不变）。`, `had ${count} zero-width spike(s) where the outline goes out and back (such as at ${formatPosition(at)}); the spike vertices were removed (the area is unchanged).`);
}

export function spikeWarningMessage(label: Message, at: readonly number[]): Message {
  return about(label, `的边界曾有尖刺（${formatPosition(at)}），常因拖错顶点所致。请在地图上核对该处边界。`, `had a spike (at ${formatPosition(at)}), often a vertex dragged by mistake. Check the outline there on the map.`);
}

export function degenerateRingsDroppedMessage(label: Message, count: number): Message {
  return about(label, `有 ${count} 个不足三个顶点的空洞或部分（面积为零），已删除。`, `had ${count} hole(s) or part(s) with fewer than three distinct vertices (no area); they were removed.`);
}

export function tooFewVerticesMessage(label: Message): Message {
  return about(label, '的外边界不足三个不同的顶点，围不出面积，已跳过。请在原软件中补画范围。', 'has an outline with fewer than three distinct vertices, which encloses no area; it was skipped. Redraw its outline in the original software.');
}

export function selfIntersectionMessage(label: Message, count: number, at: readonly number[]): Message {
  return about(
    label,
    `的边界自相交 ${count} 处（如 ${formatPosition(at)}），形如“8”字，面积和叠加分析可能不准。已按原样导入，请在地图上修正边界。`,
    `has an outline that crosses itself ${count} time(s) (such as at ${formatPosition(at)}), like a figure 8; its area and overlays may be wrong. It was imported as is; correct the outline on the map.`,
  );
}

export function selfTouchMessage(label: Message, count: number, at: readonly number[]): Message {
  return about(
    label,
    `的边界在 ${count} 处与自身相接（如 ${formatPosition(at)}），面积不受影响，但部分 GIS 软件会视为无效图形。已导入，可按需拆分该边界。`,
    `has an outline that touches itself at ${count} point(s) (such as at ${formatPosition(at)}); the area is unaffected, but some GIS software calls this invalid. It was imported; split that ring if needed.`,
  );
}

export function holeOutsideShellMessage(label: Message, holeNumber: number): Message {
  return about(label, `的第 ${holeNumber} 个内洞不在外边界之内，面积可能算错。已按原样导入，请检查该内洞是否属于别的地块。`, `has hole no. ${holeNumber} lying outside its outline, so its area may be wrong. It was imported as is; check whether that hole belongs to another plot.`);
}

export function holeTouchesShellMessage(label: Message, points: number, at: readonly number[]): Message {
  return about(
    label,
    `的内洞与边界在 ${points} 处相接（如 ${formatPosition(at)}），把地块分割成互不相连的几块。面积仍正确，已导入；建议拆分为多个地块。`,
    `has a hole touching the outline at ${points} points (such as at ${formatPosition(at)}), cutting the land into pieces that do not connect. The area is still right and it was imported; consider splitting it into separate plots.`,
  );
}

export function partsOverlapMessage(label: Message, partA: number, partB: number, areaM2: number | null): Message {
  const area = areaM2 === null ? null : formatArea(areaM2);
  const zh = area === null ? '' : `，重叠约 ${area.zh}`;
  const en = area === null ? '' : ` by about ${area.en}`;
  return about(
    label,
    `的第 ${partA} 部分和第 ${partB} 部分相互重叠${zh}，重叠处面积会被重复计算。已导入，请合并或修正这两部分。`,
    `has parts no. ${partA} and no. ${partB} overlapping${en}; the overlap is counted twice in its area. It was imported; merge or correct the parts.`,
  );
}
