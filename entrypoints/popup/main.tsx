// Toolbar popup entry: marks the moment it opened (for the benchmark) and mounts the popup.
import { mountPage } from '../../components/mountPage.js';
import { PopupApp } from '../../components/PopupApp.js';

performance.mark('popup-open');
void mountPage(PopupApp, document.getElementById('app')!);
