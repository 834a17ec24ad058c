// The composer page: the library's elements (for the live preview) and the composer itself.
import '../src/index.js';
import './src/composer-app.js';
