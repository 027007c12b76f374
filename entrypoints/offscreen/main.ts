// Offscreen document entry (Chrome): answers the background's requests to read a collected page; wiring only.
import { setupOffscreen } from '../../lib/ext/background/collect-offscreen.js';

setupOffscreen();
