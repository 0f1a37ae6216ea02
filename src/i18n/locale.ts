import { MESSAGES, type MessageKey } from './messages.ts';

/** The two languages of the UI. */
export type Lang = 'zh' | 'en';

/**
 * The UI language for the browser's preferred languages: Chinese when the first language the
 * user ranks that we support is Chinese, English when it is English, Chinese otherwise.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'zh';
}

/** Values substituted into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The text of a message in a language, with `{name}` placeholders filled from `params`. */
export function msg(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = MESSAGES[key][lang];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The BCP 47 tag for number formatting and the document's `lang` attribute. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
