/**
 * The one client script of content pages, loaded by every page: the offline status (and the
 * service worker behind it) and the print buttons. One shared, cached file rather than one per feature.
 */
import './offline-status.ts';
import './print.ts';
