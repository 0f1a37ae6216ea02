/** One visible string of the UI, in Chinese and English. */
export interface Message {
  zh: string;
  en: string;
}
