import { describe, expect, it } from 'vitest';
import { reduce } from '../../../src/state/actions.ts';
import { initialState } from '../../../src/state/initialState.ts';

const START = initialState('zh', '');

describe('sketch actions', () => {
  it('shows the opened sketch in the header, saved', () => {
    const opened = reduce(START, { type: 'sketch-opened', id: 's1', name: '草案 1' });
    expect(opened.sketch.phase).toBe('ready');
    expect(opened.sketch.current).toEqual({ id: 's1', name: '草案 1' });
  });

  it('says "not saved" after a failed write, with the reason, until a save succeeds', () => {
    const failed = reduce(START, { type: 'sketch-save-status', status: 'failed', failure: 'quota' });
    expect(failed.sketch).toMatchObject({ saveStatus: 'failed', saveFailure: 'quota' });
    const saving = reduce(failed, { type: 'sketch-save-status', status: 'saving' });
    expect(saving.sketch.saveFailure).toBe('quota');
    const saved = reduce(saving, { type: 'sketch-save-status', status: 'saved' });
    expect(saved.sketch).toMatchObject({ saveStatus: 'saved', saveFailure: null });
  });

  it('stays "not saved" for good when storage is unavailable', () => {
    const off = reduce(START, { type: 'sketch-storage-unavailable', reason: { messageZh: '无', messageEn: 'none' } });
    expect(off.sketch.saveStatus).toBe('off');
    expect(reduce(off, { type: 'sketch-save-status', status: 'saved' }).sketch.saveStatus).toBe('off');
  });

  it('stops saving when another tab needs this one reloaded, and drops a pending conflict', () => {
    const conflict = reduce(START, { type: 'sketch-conflict-found', conflict: true });
    const stopped = reduce(conflict, { type: 'sketch-reload-needed' });
    expect(stopped.sketch).toMatchObject({ reloadNeeded: true, saveStatus: 'off', conflict: false });
  });

  it('renames the header only for the open sketch', () => {
    const opened = reduce(START, { type: 'sketch-opened', id: 's1', name: 'A' });
    expect(reduce(opened, { type: 'sketch-renamed', id: 's2', name: 'B' })).toBe(opened);
    expect(reduce(opened, { type: 'sketch-renamed', id: 's1', name: 'B' }).sketch.current?.name).toBe('B');
  });

  it('leaves the plots and the undo history alone', () => {
    const next = reduce(START, { type: 'sketch-panel-toggled', panel: 'versions' });
    expect(next.data).toBe(START.data);
    expect(next.edit).toBe(START.edit);
  });
});
