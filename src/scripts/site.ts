/**
 * The one client script of content pages, loaded by every page: the offline status (and the
 * service worker behind it), the print buttons and the copy buttons. One shared, cached file rather than one per feature.
 */
import './offline-status.ts';
import './print.ts';
import './copy.ts';
