import type { Preview } from '@storybook/web-components-vite';
import '../src/index.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
};
export default preview;
