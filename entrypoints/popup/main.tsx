// Toolbar popup entry: marks the moment it opened (for the benchmark) and mounts the popup.
import { mountPage } from '../../components/mountPage.js';
import { PopupApp } from '../../components/PopupApp.js';

// Marked once the bundle is evaluated (modules run after their imports); time before that is page loading,
// which the suite can read from performance.timeOrigin.
performance.mark('popup-open');
void mountPage(PopupApp, document.getElementById('app')!);
