/**
 * <pz-import-report>: the validator's report on a file, in the UI language: refused, or the
 * features imported with every repair, warning and skip naming its feature.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { ImportReport, ReportEntry } from '../state/engineProtocol.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-import-report')
export class PzImportReport extends LitElement {
  static override styles = [panelStyles, css`
    .refused { color: #b3261e; font-weight: 600; }
    ul { margin: 0.2rem 0 0.6rem; padding-left: 1.2rem; max-height: 12rem; overflow: auto; }
    li { margin: 0.15rem 0; }
    .where { font-weight: 600; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) report: ImportReport | null = null;

  override render() {
    const { lang, report } = this;
    if (report === null) return html``;
    if (report.verdict === 'refused') {
      return html`<div data-testid="import-report" data-verdict="refused">
        <p class="refused">${msg(lang, 'import.refused')}</p>
        ${report.refused === null ? '' : html`<p>${this.entryText(report.refused)}</p>`}
      </div>`;
    }
    const clean = report.repaired.length + report.warnings.length + report.skipped.length === 0;
    return html`<div data-testid="import-report" data-verdict="imported">
      <p>${msg(lang, 'import.summary', { imported: report.importedCount, skipped: report.skipped.length })}</p>
      ${clean ? html`<p class="muted">${msg(lang, 'import.clean')}</p>` : ''}
      ${this.section('import.skipped', report.skipped, 'skipped')}
      ${this.section('import.warnings', report.warnings, 'warnings')}
      ${this.section('import.repaired', report.repaired, 'repaired')}
    </div>`;
  }

  private section(title: MessageKey, entries: readonly ReportEntry[], testId: string) {
    if (entries.length === 0) return '';
    return html`<h2>${msg(this.lang, title)} (${entries.length})</h2>
      <ul data-testid=${`report-${testId}`}>${entries.map((entry) => html`<li>${this.entryLine(entry)}</li>`)}</ul>`;
  }

  private entryLine(entry: ReportEntry) {
    return html`<span class="where">${this.where(entry)}</span>: ${this.message(entry)}`;
  }

  private entryText(entry: ReportEntry): string {
    return entry.featureIndex === null ? this.message(entry) : `${this.where(entry)}: ${this.message(entry)}`;
  }

  private where(entry: ReportEntry): string {
    if (entry.featureIndex === null) return msg(this.lang, 'import.wholeFile');
    return msg(this.lang, 'import.feature', { index: entry.featureIndex, id: entry.featureId ?? '—' });
  }

  private message(entry: ReportEntry): string {
    return this.lang === 'zh' ? entry.messageZh : entry.messageEn;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-import-report': PzImportReport;
  }
}
