// The project's speed, size and search-quality goals, in one place (kB = 1,000 bytes, GB = 10^9):
// `npm run bench` and `npm run bench:search` judge their measurements against these.
export const TARGETS = {
  /** 1,000 concepts × 3 languages: cold build with search index, wall time, and its largest process's peak RSS. */
  buildWallMs: 25_000,
  peakBytes: 1.5e9,
  /** A cold build over Starlight's on the same articles (`npm run bench -- --starlight DIR`). */
  starlightRatio: 1,
  /** An article page's HTML and CSS, gzip. */
  htmlCssGzipBytes: 10_000,
  /** Typed first searches from an article page: bytes received until results are painted, each and the median. */
  firstSearchBytes: 100_000,
  firstSearchMedianBytes: 70_000,
  /** A keystroke to the results painted, once search is loaded (median). */
  keystrokeMs: 100,
  /** The name index of one language, Brotli as served, at 150 articles. */
  nameIndexBytes: 15_000,
  /** Search quality on bench/search-queries.json, per language: shares of queries found first / in the top three. */
  top1: 0.95,
  top3: 0.99,
  crossLanguageTop3: 0.95,
  misspellingTop3: 0.95,
  /** Lighthouse (mobile) on every page kind. */
  lighthousePerformance: 95,
  lighthouseCls: 0.05,
  /** Embedding: dist/embed.js, and the three auto-link names files together at 150 articles (gzip); tagging a 5,000-word page. */
  embedScriptGzipBytes: 5_000,
  namesFilesGzipBytes: 15_000,
  taggingMs: 30,
} as const;
