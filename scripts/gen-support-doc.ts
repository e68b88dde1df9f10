/** `npm run docs:support`: writes docs/support.md from src/excel/support.ts (the one source of the support statement). */
import * as fs from 'fs';
import * as path from 'path';
import { supportMarkdown } from '../src/excel/support';

const file = path.join(__dirname, '..', 'docs', 'support.md');
fs.writeFileSync(file, supportMarkdown());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
