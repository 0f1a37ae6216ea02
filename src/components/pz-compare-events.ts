/**
 * The events the comparison panel sends up, with their typed details.
 */
export interface PzCompareEventDetails {
  'pz-compare-changed': { beforeId: string; afterId: string; areaId: string };
}

export function emitCompare<T extends keyof PzCompareEventDetails>(source: EventTarget, type: T, detail: PzCompareEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-compare-changed': CustomEvent<PzCompareEventDetails['pz-compare-changed']>;
  }
}
