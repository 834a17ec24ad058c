import { createApp } from 'vue';
import 'ms-evidence-elements';
import App from './App.vue';

createApp(App).mount('#app');
