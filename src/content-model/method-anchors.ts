/**
 * Fragments of the method page: one per verdict and per source kind, which the labels link to
 * (`/en/method/#verdict-needs-context`, `/en/method/#source-state`).
 */
export const verdictAnchor = (verdict: string): string => `verdict-${verdict}`;
export const sourceKindAnchor = (kind: string): string => `source-${kind}`;
