/**
 * The inputs of the attribute form, one per kind of field: the land-use picker, a choice of
 * cluster, status or yes/no, and text inputs for names and numbers (numbers are typed as text
 * and checked by the model, so a bad value gets a sentence, not a silently emptied box).
 */
import { html, type TemplateResult } from 'lit';
import type { AttributeField } from '../domain/edit/attributeFields.ts';
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from '../domain/plot.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SourceFeature } from '../state/types.ts';
import type { PzLandUsePicker } from './pz-land-use-picker.ts';

/** The value the plots share for a key, as text ('' for none); null when they disagree. */
export function sharedValue(plots: readonly SourceFeature[], key: string): string | null {
  const texts = new Set(plots.map((p) => {
    const value = Object.hasOwn(p.properties, key) ? p.properties[key] : undefined;
    return value === undefined || value === null ? '' : String(value);
  }));
  return texts.size === 1 ? ([...texts][0] ?? '') : null;
}

function choices(lang: Lang, f: AttributeField): [string, string][] {
  if (f.kind === 'industry') return INDUSTRY_CLUSTERS.map((c) => [c, msg(lang, `industry.${c}`)]);
  if (f.kind === 'status') return PLOT_STATUSES.map((s) => [s, msg(lang, `status.${s}`)]);
  return [['true', msg(lang, 'form.yes')], ['false', msg(lang, 'form.no')]];
}

export function fieldInput(lang: Lang, f: AttributeField, typed: string | undefined, shared: string | null, invalid: boolean, set: (value: string) => void): TemplateResult {
  const value = typed ?? shared ?? '';
  const placeholder = shared === null && typed === undefined ? msg(lang, 'form.mixed') : '';
  const id = `pz-${f.key}`;
  if (f.kind === 'land-use') {
    return html`<pz-land-use-picker id=${id} .lang=${lang} .value=${value} .placeholder=${placeholder}
      @change=${(e: Event) => set((e.target as PzLandUsePicker).value)}></pz-land-use-picker>`;
  }
  if (f.kind === 'industry' || f.kind === 'status' || f.kind === 'flag') {
    return html`<select id=${id} data-key=${f.key} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${placeholder || msg(lang, 'form.none')}</option>
      ${choices(lang, f).map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`)}
    </select>`;
  }
  const numeric = f.kind === 'amount' || f.kind === 'count';
  return html`<input id=${id} data-key=${f.key} inputmode=${numeric ? 'decimal' : 'text'} .value=${value} placeholder=${placeholder}
    aria-invalid=${invalid ? 'true' : 'false'} @input=${(e: Event) => set((e.target as HTMLInputElement).value)}>`;
}
