// Which inline code names a standard library API, and where its
// documentation is: `errors.Is`, `http.Server.Shutdown`,
// `(*sync.WaitGroup).Go` or `net/http` link to pkg.go.dev. Names are checked
// against the API files of the Go toolchain that checks the examples
// ($GOROOT/api/go1*.txt), so a link is made only for a symbol that exists.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StdApi {
  /** Every package's import path. */
  packages: Set<string>;
  /** Import path by package name, for names only one std package has ("http" → "net/http"). */
  paths: Map<string, string>;
  /** Every exported symbol, as "net/http.Server" and "net/http.Server.Shutdown". */
  symbols: Set<string>;
}

const LINE = /^pkg ([^ ,]+)(?: \([^)]*\))?, (?:(?:func|type|var|const) (\w+)(?:\[[^\]]*\])?(?: (?:struct|interface), (?:embedded )?\*?(?:[\w.]+\.)?(\w+))?|method \(\*?(\w+)(?:\[[^\]]*\])?\) (\w+))/;

/** Reads the symbols of API file lines ("pkg net/http, method (*Server) Shutdown(context.Context) error"). */
export function parseApi(lines: Iterable<string>): StdApi {
  const symbols = new Set<string>();
  const packages = new Set<string>();
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, path = '', name, member, receiver, method] = m;
    if (path.split('/').some((part) => part === 'internal' || part === 'vendor')) continue;
    packages.add(path);
    if (name) symbols.add(`${path}.${name}`);
    if (name && member) symbols.add(`${path}.${name}.${member}`);
    if (receiver && method) symbols.add(`${path}.${receiver}.${method}`);
  }
  const byName = new Map<string, string[]>();
  for (const path of packages) {
    const parts = path.split('/');
    // math/rand/v2 is package rand.
    const name = /^v\d+$/.test(parts.at(-1) ?? '') && parts.length > 1 ? parts.at(-2) : parts.at(-1);
    byName.set(name ?? path, [...(byName.get(name ?? path) ?? []), path]);
  }
  const paths = new Map([...byName].filter(([, list]) => list.length === 1).map(([name, list]) => [name, list[0] ?? '']));
  return { packages, paths, symbols };
}

let api: StdApi | undefined;

/** The API of the Go toolchain in examples/, read once per build. */
export function stdApi(): StdApi {
  if (api === undefined) {
    const root = execFileSync('go', ['env', 'GOROOT'], { cwd: join(process.cwd(), 'examples'), encoding: 'utf8' }).trim();
    const dir = join(root, 'api');
    const files = readdirSync(dir).filter((name) => /^go1.*\.txt$/.test(name));
    api = parseApi(files.flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n')));
  }
  return api;
}

const PATH = /^[a-z0-9]+(?:\/[a-z0-9]+)+$/;
const SYMBOL = /^\(?\*?([a-z][a-z0-9]*)\.([A-Z]\w*)\)?(?:\.([A-Z]\w*))?(?:\(.*\))?$/;

/** The pkg.go.dev address of the API that inline code names, if it names one. */
export function stdDocUrl(code: string, { packages, paths, symbols }: StdApi): string | undefined {
  const text = code.trim();
  if (PATH.test(text)) {
    return packages.has(text) ? `https://pkg.go.dev/${text}` : undefined;
  }
  const m = SYMBOL.exec(text);
  if (!m) return undefined;
  const [, name = '', first = '', second] = m;
  const path = paths.get(name);
  if (path === undefined) return undefined;
  const anchor = second ? `${first}.${second}` : first;
  return symbols.has(`${path}.${anchor}`) ? `https://pkg.go.dev/${path}#${anchor}` : undefined;
}
