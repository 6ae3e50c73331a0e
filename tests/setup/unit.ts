// Unit tests get an in-memory IndexedDB; real IndexedDB is exercised in the e2e suite.
import 'fake-indexeddb/auto';
