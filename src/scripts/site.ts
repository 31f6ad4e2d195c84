/**
 * The enhancements every page shares, as one file: the language switch keeps the fragment, the
 * display settings work, and (on the article) the annotation layers are remembered.
 */
import { rememberLayers } from './annotation-layers';
import { enhanceLanguageSwitch } from './language-switch';
import { enhanceReadingSettings } from './reading-settings';

enhanceLanguageSwitch();
enhanceReadingSettings();
rememberLayers();
