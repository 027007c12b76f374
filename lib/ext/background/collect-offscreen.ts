// The offscreen document's one job: read a page the background fetched for the reader's own collection. It answers
// only the background (a message with no tab, from this extension), and sends back text and metadata, never HTML.
import { browser } from 'wxt/browser';
import { onMessage } from '../protocol.js';
import { extractHtml } from './collect-extract.js';
import { SenderRefused } from './guard.js';

export function setupOffscreen(): void {
  onMessage('bgExtractHtml', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || sender.tab) throw new SenderRefused('bgExtractHtml');
    if (typeof data?.html !== 'string' || typeof data.url !== 'string') throw new Error('bgExtractHtml: html and url expected');
    return extractHtml(data.html, data.url);
  });
}
