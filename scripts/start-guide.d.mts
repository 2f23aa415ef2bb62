// Types for start-guide.mjs (plain JavaScript so that it runs before `npm ci`).
export declare const INSTALL_CHROMIUM: string;
export declare function loadByHand(root: string): string;
export declare function noDisplay(root: string, live: boolean): string;
export declare function chromiumPlan(facts: {
  chromium: string;
  explicitPath: boolean;
  noInstall: boolean;
  hasApt: boolean;
  isRoot: boolean;
  canSudo: boolean;
}): { install: 'root' | 'sudo'; problem?: undefined } | { problem: string; install?: undefined };
