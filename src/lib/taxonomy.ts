// The vocabularies content is classified by, with their display labels.

export const CATEGORIES = {
  concurrency: 'Concurrency',
  errors: 'Errors',
  'api-design': 'API design',
  language: 'Language',
  testing: 'Testing',
  performance: 'Performance',
  production: 'Production',
  tooling: 'Tooling and modules',
} as const;
export type Category = keyof typeof CATEGORIES;

/** The rubric phase or item that gives the rules behind each category: its "Start here" on the index pages. */
export const START_HERE: Record<Category, string> = {
  concurrency: 'R2',
  errors: 'R1.2',
  'api-design': 'R1.1',
  language: 'R1',
  testing: 'R3',
  performance: 'R4.1',
  production: 'R4',
  tooling: 'R0',
};

export const SEVERITIES = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
} as const;
export type Severity = keyof typeof SEVERITIES;

/** How a mistake is caught; "review" means no tool catches it, only a reader. */
export const DETECTORS = {
  vet: 'go vet',
  staticcheck: 'staticcheck',
  race: 'Race detector',
  runtime: 'Runtime panic or fatal error',
  test: 'A failing test',
  pprof: 'pprof profile',
  gocmd: 'The go command',
  linter: 'Linter',
  review: 'Code review only',
} as const;
export type Detector = keyof typeof DETECTORS;

export function keys<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
