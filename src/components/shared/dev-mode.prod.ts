/** Production builds: no console warnings (see dev-mode.ts). */
export const DEV_MODE: boolean = false;
