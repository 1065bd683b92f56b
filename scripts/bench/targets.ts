// The project's speed and size goals, in one place (kB = 1,000 bytes, MB = 10^6, GB = 10^9):
// `npm run bench` and `npm run bench:search` judge their measurements against these.
export const TARGETS = {
  /** 1,000 concepts × 3 languages: cold build with search index, wall time. */
  buildWallMs: 25_000,
  /** 1,000 concepts × 3 languages: the largest process of the build, peak RSS. */
  peakBytes: 1.5e9,
  /** Time per article at 3,000 articles, over time per article at 300. */
  perArticleRatio: 1.2,
  /** An article page's HTML and CSS, gzip. */
  htmlCssGzipBytes: 10_000,
  /** What a first search transfers, headers included. */
  firstSearchBytes: 100_000,
  /** A keystroke to the results painted, once search is loaded (median). */
  keystrokeMs: 100,
} as const;
