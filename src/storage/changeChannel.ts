/**
 * Tells other tabs of the same database that a sketch changed (BroadcastChannel, when the
 * browser has it). The message only names what changed; the receiver reads the record again,
 * so a message can never carry stale data. Messages are checked: another page could post any.
 */
import type { ExternalChange } from './types.ts';

export interface ChangeChannel {
  post(change: ExternalChange): void;
  subscribe(callback: (change: ExternalChange) => void): () => void;
  close(): void;
}

const MESSAGE_KIND = 'parkzone-sketch-change';
const CHANGES: ReadonlySet<string> = new Set(['created', 'saved', 'renamed', 'deleted', 'restored', 'version-saved', 'meta']);

function readChange(data: unknown): ExternalChange | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, sketchId, change, revision } = data as Record<string, unknown>;
  if (kind !== MESSAGE_KIND || typeof change !== 'string' || !CHANGES.has(change)) return null;
  if (sketchId !== null && typeof sketchId !== 'string') return null;
  if (revision !== null && typeof revision !== 'number') return null;
  return { sketchId, change: change as ExternalChange['change'], revision };
}

const SILENT: ChangeChannel = { post: () => undefined, subscribe: () => () => undefined, close: () => undefined };

/** A channel named after the database; silent when BroadcastChannel is missing or disabled. */
export function openChangeChannel(databaseName: string, enabled: boolean): ChangeChannel {
  if (!enabled || typeof BroadcastChannel === 'undefined') return SILENT;
  const channel = new BroadcastChannel(`parkzone-storage:${databaseName}`);
  const listeners = new Set<(change: ExternalChange) => void>();
  let open = true;
  channel.onmessage = (event: MessageEvent) => {
    const change = readChange(event.data);
    if (change !== null) for (const listener of listeners) listener(change);
  };
  return {
    post(change) {
      if (open) channel.postMessage({ kind: MESSAGE_KIND, ...change });
    },
    subscribe(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    close() {
      open = false;
      listeners.clear();
      channel.close();
    },
  };
}
