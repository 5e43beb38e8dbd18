// Appends every ID the content defines and the registry lacks to
// content/id-registry.json. Run it when you add an entry; never edit or remove
// a registered line (see src/lib/id-registry.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { currentIds, scanContent } from '../src/lib/content-index.ts';
import { registerNew, type RegistryEntry } from '../src/lib/id-registry.ts';

const file = 'content/id-registry.json';
const registry = JSON.parse(readFileSync(file, 'utf8')) as RegistryEntry[];
const next = registerNew(registry, currentIds(scanContent()));
writeFileSync(file, `[\n${next.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`);
console.log(`register-ids: ${next.length - registry.length} added, ${next.length} registered`);
