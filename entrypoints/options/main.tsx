// Options page entry: mounts the settings view.
import { mountPage } from '../../components/mountPage.js';
import { OptionsApp } from '../../components/OptionsApp.js';

void mountPage(OptionsApp, document.getElementById('app')!);
