/** Messages about the file as a whole: refusals and file-level repairs and warnings. */
import type { Message } from '../report.ts';
import type { FeatureKind } from '../types.ts';
import { about, kindNoun, shortText } from './labels.ts';

const KEEP = { zh: '当前数据保持不变。', en: 'Your current data is unchanged.' };

function refusal(zh: string, en: string): Message {
  return { zh: `${zh}${KEEP.zh}`, en: `${en} ${KEEP.en}` };
}

export type JsonProblem = { kind: 'truncated' } | { kind: 'unexpected'; character: string } | { kind: 'other' };

/** Not JSON: where the text breaks, in words, and what to do. */
export function notJsonMessage(problem: JsonProblem, line: number | null, column: number | null): Message {
  const whereZh = line === null ? '' : `第 ${line} 行第 ${column ?? 1} 列附近`;
  const whereEn = line === null ? '' : ` near line ${line}, column ${column ?? 1}`;
  const what: Message =
    problem.kind === 'truncated'
      ? { zh: '文件在结尾处中断，可能复制或下载不完整', en: 'the file stops in the middle; it may have been cut off while copying or downloading' }
      : problem.kind === 'unexpected'
        ? { zh: `出现了意外的字符“${shortText(problem.character, 8)}”，常见原因是缺少逗号、引号或括号`, en: `there is an unexpected character "${shortText(problem.character, 8)}", usually a missing comma, quote or bracket` }
        : { zh: '文本不符合 JSON 格式', en: 'the text does not follow the JSON format' };
  return refusal(
    `无法读取该文件：它不是有效的 GeoJSON 文本，${whereZh}${what.zh}。请用原软件重新导出 GeoJSON，或在文本编辑器中修正该处后再导入。`,
    `The file cannot be read: it is not valid GeoJSON text;${whereEn} ${what.en}. Export GeoJSON again from the original software, or fix that spot in a text editor, then import again.`,
  );
}

export function emptyFileMessage(): Message {
  return refusal('文件是空的，没有任何内容。请选择含有图形的 GeoJSON 文件。', 'The file is empty. Choose a GeoJSON file that contains outlines.');
}

export function emptyCollectionMessage(kind: FeatureKind): Message {
  const noun = kindNoun(kind);
  return refusal(
    `文件是有效的 GeoJSON，但其中没有任何要素（features 为空），无法导入${noun.zh}。请检查导出时是否选中了图层。`,
    `The file is valid GeoJSON but holds no features (the feature list is empty), so there is no ${noun.en.toLowerCase()} to import. Check that the layer was selected when exporting.`,
  );
}

export type NotGeoJsonShape = 'null' | 'array' | 'scalar' | 'no-type' | 'unknown-type' | 'topojson';

export function notGeoJsonMessage(shape: NotGeoJsonShape, typeName: string | null): Message {
  const what: Record<NotGeoJsonShape, Message> = {
    null: { zh: '文件内容只有 null，没有地图数据', en: 'the file contains only the value null, no map data' },
    array: { zh: '文件内容是一个列表，而不是 GeoJSON 对象', en: 'the file holds a list, not a GeoJSON object' },
    scalar: { zh: '文件内容只是一个数值或文字，而不是 GeoJSON 对象', en: 'the file holds a single number or text, not a GeoJSON object' },
    'no-type': { zh: '文件缺少 "type" 字段，看不出是哪种 GeoJSON', en: 'the file has no "type" member, so it is not recognisable as GeoJSON' },
    'unknown-type': { zh: `文件的类型“${shortText(typeName ?? '')}”不是 GeoJSON 类型`, en: `its type "${shortText(typeName ?? '')}" is not a GeoJSON type` },
    topojson: { zh: '这是 TopoJSON 文件，不是 GeoJSON', en: 'this is a TopoJSON file, not GeoJSON' },
  };
  const hint =
    shape === 'topojson'
      ? { zh: '请先转换为 GeoJSON（例如用 mapshaper 或 QGIS）。', en: 'Convert it to GeoJSON first (for example with mapshaper or QGIS).' }
      : { zh: '请选择 GeoJSON 格式（FeatureCollection）的文件。', en: 'Choose a file in GeoJSON format (a FeatureCollection).' };
  return refusal(`无法导入：${what[shape].zh}。${hint.zh}`, `Cannot import: ${what[shape].en}. ${hint.en}`);
}

export function featuresNotListMessage(): Message {
  return refusal(
    '无法导入：FeatureCollection 的 "features" 不是列表，文件结构已损坏。请重新导出。',
    'Cannot import: the "features" member of the FeatureCollection is not a list; the file structure is broken. Export it again.',
  );
}

export function duplicateMemberMessage(member: string, line: number): Message {
  return refusal(
    `无法导入：第 ${line} 行的对象中 "${member}" 写了两次，无法确定哪个才是真实内容。请删去多余的一项或重新导出。`,
    `Cannot import: the object at line ${line} gives "${member}" twice, so it is unclear which one is meant. Remove the extra one or export again.`,
  );
}

export function duplicatePropertyKeyMessage(member: string, line: number): Message {
  return {
    zh: `第 ${line} 行的属性中“${shortText(member)}”写了两次，已采用后一个值。请核对该属性。`,
    en: `The attributes at line ${line} give "${shortText(member)}" twice; the second value was used. Check that attribute.`,
  };
}

export function typeCaseMessage(): Message {
  return {
    zh: '文件中的类型名大小写不规范（如 "polygon"），已按 GeoJSON 规范改正（"Polygon"）。',
    en: 'Type names in the file were in the wrong case (such as "polygon"); they were read as the GeoJSON names ("Polygon").',
  };
}

export function bareGeometryMessage(label: Message, typeName: string): Message {
  return about(
    label,
    `是一个单独的 ${typeName} 图形，没有编号和属性；已作为要素导入，请补充编号和属性。`,
    `was a bare ${typeName} geometry with no id or attributes; it was imported as a feature. Add its id and attributes.`,
  );
}
