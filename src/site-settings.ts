/**
 * Settings of this deployment of the site, set here and nowhere else.
 */

/**
 * "Suggest a correction": the base URL each article's source path (`content/nb/factoring.md`)
 * is appended to, e.g. `https://github.com/ORG/REPO/edit/main/` (GitHub then offers a fork
 * and pull request to anyone signed in). Empty: the articles show no such link, and the
 * footer no line about reporting errors.
 */
export const CORRECTION_BASE_URL: string = '';
