import { mount } from 'svelte';
import 'ms-evidence-elements';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
