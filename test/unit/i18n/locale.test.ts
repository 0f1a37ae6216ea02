import { describe, expect, it } from 'vitest';
import { msg, preferredLang } from '../../../src/i18n/locale.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';

describe('preferredLang', () => {
  it('chooses Chinese when the browser ranks a Chinese variant first', () => {
    expect(preferredLang(['zh-TW', 'en-US'])).toBe('zh');
  });
  it('chooses English when the browser ranks English above Chinese', () => {
    expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('skips languages the UI does not have', () => {
    expect(preferredLang(['fr-FR', 'en'])).toBe('en');
  });
  it('falls back to Chinese when no preference matches', () => {
    expect(preferredLang([])).toBe('zh');
    expect(preferredLang(['de'])).toBe('zh');
  });
});

describe('msg', () => {
  it('fills named placeholders', () => {
    expect(msg('zh', 'plot.title', { id: 'N-01' })).toBe('地块 N-01');
    expect(msg('en', 'plot.title', { id: 'N-01' })).toBe('Plot N-01');
  });
  it('leaves placeholders without a value as written', () => {
    expect(msg('en', 'settings.basemapHelp')).toContain('{z}/{x}/{y}');
  });
  it('has a non-empty text in both languages for every key', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect(message.zh, key).not.toBe('');
      expect(message.en, key).not.toBe('');
    }
  });
});
