/**
 * <pz-property-table>: every property of a feature, known or not, as plain text. Lit text
 * bindings never interpret markup, so `<img onerror=…>` in a file shows as those characters.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { panelStyles } from './styles.ts';

/** A property value as text: strings as they are, everything else as JSON. */
export function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch (error) {
    return error instanceof Error ? `(${error.message})` : String(value);
  }
}

@customElement('pz-property-table')
export class PzPropertyTable extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) properties: Readonly<Record<string, unknown>> = {};

  override render() {
    // Object.entries reads own keys only, "__proto__" included, without touching prototypes.
    const entries = Object.entries(this.properties);
    return html`<table data-testid="properties">
      ${entries.map(([key, value]) => html`<tr><th>${key}</th><td>${propertyText(value)}</td></tr>`)}
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-property-table': PzPropertyTable;
  }
}
