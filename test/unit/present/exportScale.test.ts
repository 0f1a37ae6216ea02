import { describe, expect, it } from 'vitest';
import { roundScaleLengthM } from '../../../src/map/exportImageDecorations.ts';

describe('scale bar of an exported image', () => {
  it('picks the longest round length (1, 2 or 5 × 10ⁿ m) that fits', () => {
    expect(roundScaleLengthM(1234)).toBe(1000);
    expect(roundScaleLengthM(2500)).toBe(2000);
    expect(roundScaleLengthM(999)).toBe(500);
    expect(roundScaleLengthM(5000)).toBe(5000);
    expect(roundScaleLengthM(37)).toBe(20);
    expect(roundScaleLengthM(0.8)).toBe(0.5);
  });
});
