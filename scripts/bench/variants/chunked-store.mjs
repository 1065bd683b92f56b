// Benchmark variant (`npm run bench -- --config scripts/bench/variants/chunked-store.mjs`): the
// site's own config with Astro's content data store split into 1 MiB chunks instead of one
// data-store.json that the server bundle inlines as a single string.
import config from '../../../astro.config.mjs';

export default {
  ...config,
  experimental: { ...config.experimental, collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 } },
};
