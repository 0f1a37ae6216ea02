/**
 * Plan mode's plot operations on the page the drawing tests opened: a plot split along a drawn
 * line and merged back (the user choosing whose attributes stay), a vertex dragged and the plot
 * moved, and every edit undone with Ctrl+Z back to the file and redone with Ctrl+Y, the district
 * figures checked against an engine rebuilt in Node from the page's plots.
 */
import { resolve } from 'node:path';
import type { Position } from '../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../src/geo/area.ts';
import { arealBBox } from '../../src/geo/bbox.ts';
import { arealCentroid } from '../../src/geo/centroid.ts';
import { waitForMapIdle } from './appPage.ts';
import { chooseTool, clickAt, command, dragOnMap, editState, type PageEditState } from './editPage.ts';
import { plainPlot } from './editFixtures.ts';
import { statsForPlots } from './editOracle.ts';
import { dataValue, focusOn, plotOf, settle, type EditSession } from './editSteps.ts';
import { assert, assertClose, assertEqual, type Suite } from './harness.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

const DATA = resolve(import.meta.dirname, '../../data');

export function registerPlotEditTests(suite: Suite, ctx: WorkspaceContext, session: EditSession): void {
  const { expected } = ctx;
  const target = plainPlot(expected, 20_000);

  suite.test('splits a plot in two along a drawn line, then merges the halves back keeping the chosen attributes', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    const centroid = arealCentroid(target.geometry);
    await focusOn(page, centroid, 8);
    await clickAt(page, centroid);
    const before = await editState(page);
    assertEqual(before.selectedPlotIds.join(), target.id, 'picked plot');
    await chooseTool(page, 'split');
    const box = arealBBox(target.geometry);
    const reach = (box[2] - box[0]) * 0.3;
    const from: Position = [box[0] - reach, centroid[1]];
    const to: Position = [box[2] + reach, centroid[1]];
    await clickAt(page, from);
    await clickAt(page, to);
    await clickAt(page, to);
    const split = await settle(page, before.dataVersion);
    assertEqual(split.plots.length, before.plots.length + 1, 'plots after the split');
    const halves = split.selectedPlotIds.map((id) => plotOf(split, id));
    assertEqual(halves.length, 2, 'pieces');
    const originalM2 = arealAreaM2(target.geometry);
    assertClose(halves.reduce((sum, h) => sum + arealAreaM2(h.geometry), 0), originalM2, 'area of the pieces', 1e-6);
    await chooseTool(page, 'select');
    const [first, second] = halves as [PageEditState['plots'][number], PageEditState['plots'][number]];
    await clickAt(page, arealCentroid(second.geometry));
    await page.keyboard.down('Shift');
    await clickAt(page, arealCentroid(first.geometry));
    await page.keyboard.up('Shift');
    await command(page, 'merge');
    await page.locator(`[data-testid="merge-choice"] input[value="${first.id}"]`).check();
    await page.locator('[data-testid="merge-confirm"]').click();
    const merged = await settle(page, split.dataVersion);
    assertEqual(merged.plots.length, before.plots.length, 'plots after the merge');
    const plot = plotOf(merged, merged.selectedPlotIds[0] ?? '');
    assertClose(arealAreaM2(plot.geometry), originalM2, 'merged area', 1e-6);
    assertEqual(plot.properties['landUse'], first.properties['landUse'], 'kept land use');
    session.edits += 2;
  });

  suite.test('drags a vertex of a plot and then moves the plot, each an edit the engine follows', async () => {
    const { page } = session;
    const before = await editState(page);
    const id = before.selectedPlotIds[0] ?? '';
    const original = plotOf(before, id).geometry;
    const ring = (original.type === 'Polygon' ? original.coordinates[0] : original.coordinates[0]?.[0]) ?? [];
    const vertex = ring[0] as Position;
    await chooseTool(page, 'vertices');
    await page.keyboard.down('Alt');
    await dragOnMap(page, vertex, [(vertex[0] as number) - 0.0002, (vertex[1] as number) + 0.0001]);
    await page.keyboard.up('Alt');
    const reshaped = await settle(page, before.dataVersion);
    const outline = plotOf(reshaped, id).geometry;
    assert(JSON.stringify(outline) !== JSON.stringify(original), 'the outline did not change');
    assertEqual(JSON.stringify(outline).includes(JSON.stringify(vertex)), false, 'the dragged vertex is still there');
    await page.locator('[data-testid="area-m2"]').waitFor({ timeout: 10_000 });
    assertClose(await dataValue(page, '[data-testid="area-m2"]'), arealAreaM2(outline), 'the engine\'s area after the drag');
    await chooseTool(page, 'move');
    const centre = arealCentroid(outline);
    await dragOnMap(page, centre, [(centre[0] as number) + 0.0003, centre[1] as number]);
    const moved = await settle(page, reshaped.dataVersion);
    const shifted = plotOf(moved, id).geometry;
    const [x0, y0] = (shifted.type === 'Polygon' ? shifted.coordinates[0]?.[0] : shifted.coordinates[0]?.[0]?.[0]) ?? [];
    const [u0, v0] = (outline.type === 'Polygon' ? outline.coordinates[0]?.[0] : outline.coordinates[0]?.[0]?.[0]) ?? [];
    assert(Math.abs((x0 as number) - (u0 as number) - 0.0003) < 0.00005 && Math.abs((y0 as number) - (v0 as number)) < 0.00005, `moved by ${(x0 as number) - (u0 as number)}, ${(y0 as number) - (v0 as number)}`);
    assertClose(arealAreaM2(shifted), arealAreaM2(outline), 'area after the move', 1e-6);
    await chooseTool(page, 'select');
    session.edits += 2;
  });

  suite.test('undoes every edit with Ctrl+Z back to the file, and redoes them with Ctrl+Y, the district figures following', async () => {
    const { page } = session;
    const done = await editState(page);
    let version = done.dataVersion;
    for (let i = 0; i < session.edits; i++) {
      await page.keyboard.press('Control+z');
      version = (await settle(page, version)).dataVersion;
    }
    const undone = await editState(page);
    assertEqual(undone.plots.length, expected.plots.length, 'plots after undoing everything');
    const original = new Map(expected.plots.map((p) => [p.id, JSON.stringify(p.geometry)]));
    assert(undone.plots.every((p) => original.get(p.id) === JSON.stringify(p.geometry)), 'the plots are not the file\'s again');
    for (const occupancy of expected.stats.districts) {
      const shown = await dataValue(page, `pz-district-list button[data-district="${occupancy.areaId}"] .occupancy`);
      assertClose(shown, occupancy.occupancyRatio ?? NaN, `${occupancy.areaId} occupancy after undoing`);
    }
    assert(await page.locator('pz-toolbar button[data-command="undo"]').isDisabled(), 'undo is still enabled');
    for (let i = 0; i < session.edits; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'Control+y' : 'Control+Shift+z');
      version = (await settle(page, version)).dataVersion;
    }
    const redone = await editState(page);
    assertEqual(JSON.stringify(redone.plots.map((p) => p.id).sort()), JSON.stringify(done.plots.map((p) => p.id).sort()), 'plots after redoing');
    const rebuilt = await statsForPlots(DATA, redone.plots);
    for (const occupancy of rebuilt.districts) {
      const shown = await dataValue(page, `pz-district-list button[data-district="${occupancy.areaId}"] .occupancy`);
      assertClose(shown, occupancy.occupancyRatio ?? NaN, `${occupancy.areaId} occupancy after redoing`, 1e-9);
    }
    await waitForMapIdle(page);
    await page.screenshot({ path: resolve(ctx.screenshotPath, '../edit.png') });
  });
}
