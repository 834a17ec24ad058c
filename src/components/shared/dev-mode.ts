/**
 * True in development builds (sources, tests, Storybook, the `development` export condition and
 * the `.dev.js` CDN script): console warnings are compiled in. Production builds swap this module
 * for `dev-mode.prod.ts`, and the bundler drops every `if (DEV_MODE)` block with its messages.
 */
export const DEV_MODE: boolean = true;
