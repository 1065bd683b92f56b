// `npm run serve`: serves the built site on http://localhost:4321 (or --port N).
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';
import { paths } from '../src/paths.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } } });
const root = paths.outDir;
if (!existsSync(root)) {
  console.error(`There is no ${relative(paths.root, root)}/ yet: run \`npm run build\` first (or \`npm start\`, which does both).`);
  process.exit(1);
}
const { url } = await serveStatic({ root, port: Number(values.port), host: values.host });
console.log(`Serving ${root} on ${url.replace('127.0.0.1', 'localhost')}/  (Ctrl+C to stop)`);
