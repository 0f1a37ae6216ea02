/**
 * After the first save of a visit: ask the browser to keep our data (persistent storage), and,
 * once ever, tell the planner that the browser is not a backup and an export is.
 */
import type { SketchSession } from './sketchSession.ts';

const TIP_KEY = 'parkzone.backupTipShown';
const TIP_SHOWN_MS = 20_000;

function tipShownBefore(): boolean {
  try {
    return localStorage.getItem(TIP_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberTipShown(): void {
  try {
    localStorage.setItem(TIP_KEY, '1');
  } catch (error) {
    console.warn('ParkZone: the backup tip will show again next time', error);
  }
}

export async function showBackupTipOnce(session: SketchSession): Promise<void> {
  const repo = session.repo;
  if (repo === null || !repo.persistent) return;
  const result = await repo.requestPersistence();
  if (tipShownBefore()) return;
  rememberTipShown();
  session.store.dispatch({ type: 'sketch-backup-tip', tip: { persisted: result.kind === 'persisted' } });
  setTimeout(() => session.store.dispatch({ type: 'sketch-backup-tip', tip: null }), TIP_SHOWN_MS);
}
