/**
 * The enhancements every page shares, as one file: the language switch keeps the fragment, the
 * display settings work, (on the article) the annotation layers are remembered, and (on the
 * article and side by side) a segment lights its counterpart in the other language. One file
 * rather than a script per page: the article and side-by-side pages share it, without a third.
 */
import { rememberLayers } from './annotation-layers';
import { enhanceLanguageSwitch } from './language-switch';
import { enhanceReadingSettings } from './reading-settings';
import { lightCounterparts } from './segment-counterparts';

enhanceLanguageSwitch();
enhanceReadingSettings();
rememberLayers();
lightCounterparts(document.querySelector('.parallel, .article-body'));
