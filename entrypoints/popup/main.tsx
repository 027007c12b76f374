// Toolbar popup entry. The first script (entrypoints/popup-start.ts) has begun reading the tab's stored answer;
// the popup is mounted with it, so its first render is the answer itself (no skeleton that jumps to content).
import { mountPage } from '../../components/mountPage.js';
import { PopupApp } from '../../components/PopupApp.js';
import { startedFirstAnswer } from '../../lib/ui/first-answer.js';

performance.mark('popup-modules');
void mountPage(PopupApp, document.getElementById('app')!, startedFirstAnswer.take()).then(() => performance.mark('popup-app'));
