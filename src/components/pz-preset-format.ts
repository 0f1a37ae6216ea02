/**
 * Words shared by the preset components: a preset's name in the UI language (the example
 * marked as an example) and the unit of a field.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { PresetFieldUnit } from '../state/presetForm.ts';

export function presetName(lang: Lang, preset: ThresholdPreset): string {
  const name = lang === 'zh' ? preset.name : preset.nameEn;
  return preset.isExample ? `${name} ${msg(lang, 'preset.exampleTag')}` : name;
}

/** The unit shown after a value; a plain ratio (容积率) has none. */
export function unitText(lang: Lang, unit: PresetFieldUnit): string {
  return unit === 'ratio' ? '' : msg(lang, `preset.unit.${unit}`);
}
