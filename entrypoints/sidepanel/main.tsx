// Side panel entry (Chrome side_panel, Firefox sidebar_action): mounts the side panel view.
import { mountPage } from '../../components/mountPage.js';
import { SidePanelApp } from '../../components/SidePanelApp.js';

void mountPage(SidePanelApp, document.getElementById('app')!);
