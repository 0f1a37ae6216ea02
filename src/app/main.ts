/**
 * Entry point: registers <pz-app>, which wires the store, the engine worker and the map.
 */
import './rootFontSize.css';
import './pz-app.ts';
