/**
 * What the user is told when sketches cannot be kept in the browser: what happened, that
 * nothing is being saved, and what to do. Shown as text, as it is.
 */
import type { UnavailableKind, UnavailableReason } from './types.ts';

const MESSAGES: Readonly<Record<UnavailableKind, { zh: string; en: string }>> = {
  'no-indexeddb': {
    zh: '此浏览器不提供本地存储（IndexedDB），草案只保存在本页内存中，关闭或刷新即丢失。请用“导出”保存文件。',
    en: 'This browser offers no local storage (IndexedDB). Sketches are kept in this page only and are lost on close or reload. Use Export to keep a file.',
  },
  refused: {
    zh: '浏览器拒绝了本地存储（可能是隐私/无痕窗口或已禁用网站数据），草案不会被保存。请用“导出”保存文件，或在普通窗口中打开。',
    en: 'The browser refused local storage (a private window, or site data is disabled). Nothing is being saved. Use Export to keep a file, or open ParkZone in a normal window.',
  },
  blocked: {
    zh: '另一个标签页中打开着旧版 ParkZone，存储无法升级。请关闭其他 ParkZone 标签页后刷新本页；在此之前草案不会被保存。',
    en: 'Another tab holds an older ParkZone open, so storage cannot be upgraded. Close the other ParkZone tabs and reload this page; until then nothing is being saved.',
  },
  'newer-version': {
    zh: '本地数据已被更新版本的 ParkZone 升级，此页面是旧版本。请刷新页面；在此之前草案不会被保存。',
    en: 'Your data was upgraded by a newer ParkZone and this page is an older version. Reload the page; until then nothing is being saved.',
  },
  'open-timeout': {
    zh: '本地存储长时间没有响应，草案暂时只保存在内存中。请刷新页面再试，并用“导出”备份。',
    en: 'Local storage did not answer in time. Sketches are kept in memory only for now. Reload to try again, and use Export as a backup.',
  },
  'migration-failed': {
    zh: '本地数据升级失败，原有数据未被改动。草案暂时只保存在内存中；请刷新重试，并用“导出”备份。',
    en: 'Upgrading your stored data failed; the stored data was left as it was. Sketches are kept in memory only for now. Reload to try again, and use Export as a backup.',
  },
  'open-failed': {
    zh: '无法打开本地存储，草案不会被保存。请用“导出”保存文件。',
    en: 'Local storage could not be opened. Nothing is being saved. Use Export to keep a file.',
  },
};

export function unavailableReason(kind: UnavailableKind, cause?: unknown): UnavailableReason {
  const message = MESSAGES[kind];
  const reason: UnavailableReason = { kind, messageZh: message.zh, messageEn: message.en };
  if (cause !== undefined) reason.cause = cause;
  return reason;
}
