/**
 * Keys that are public by design when they appear in a browser-side configuration: the client is
 * meant to ship them, and the provider restricts them by referrer, app or security rules instead.
 *
 * Sources: firebase.google.com/docs/projects/api-keys ("API keys for Firebase services are not
 * secret"), developers.google.com/maps/documentation/javascript/get-api-key (browser keys
 * restricted by HTTP referrer), docs.mapbox.com/help/glossary/access-token (public `pk.` tokens,
 * secret `sk.` tokens).
 */

/** Catalogue formats that may be a public browser key, by format id. */
export const BROWSER_KEY_FORMATS: ReadonlySet<string> = new Set(["google-api-key"]);

/** Keys of a Firebase web app configuration (`firebaseConfig`), next to its `apiKey`. */
export const FIREBASE_CONFIG_KEYS: ReadonlySet<string> = new Set([
  "authDomain", "projectId", "storageBucket", "messagingSenderId", "appId", "measurementId", "databaseURL",
]);

/** How many Firebase configuration keys beside `apiKey` make an object a Firebase web configuration. */
export const MIN_FIREBASE_CONFIG_KEYS = 2;

/** Option and prop names that hold a Google Maps JavaScript API (browser) key whatever the module. */
export const MAPS_BROWSER_KEY_NAMES: ReadonlySet<string> = new Set(["googleMapsApiKey"]);

/** Modules that load the Google Maps JavaScript API in a browser: their `apiKey` is a browser key. */
export const MAPS_BROWSER_MODULES: readonly string[] = [
  "@googlemaps/js-api-loader",
  "@vis.gl/react-google-maps",
  "@react-google-maps/api",
  "google-map-react",
];

/** Names of the key in those modules' options and props. */
export const MAPS_BROWSER_KEY_OPTIONS: ReadonlySet<string> = new Set(["apiKey", "key"]);
