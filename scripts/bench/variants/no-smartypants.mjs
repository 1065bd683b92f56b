// Benchmark variant (`npm run bench -- --config scripts/bench/variants/no-smartypants.mjs`): the
// site's own config with SmartyPants off in the Markdown processor (it is on by default, costs
// about half of the Markdown render time, and turns "…" into English “…” quotes in nb and sv).
import { unified } from '@astrojs/markdown-remark';
import config from '../../../astro.config.mjs';

export default {
  ...config,
  markdown: { ...config.markdown, processor: unified({ ...config.markdown.processor.options, smartypants: false }) },
};
