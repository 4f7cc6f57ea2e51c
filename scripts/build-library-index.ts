/**
 * Generates the model library's derived files from its maps: `model-library/index.json` (machine-
 * readable list of maps), `model-library/README.md` (the same for people) and the candidate actor
 * catalogue `model-library/cert/actors.yaml`.
 *
 *   npx tsx scripts/build-library-index.ts           write the files
 *   npx tsx scripts/build-library-index.ts --check   write nothing; exit 1 if a committed file differs
 *
 * `buildLibraryIndex` is pure (texts in, texts out) so tests can compare it with the committed files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActorCatalogue } from '../shared/model/schema';
import type { Actor, ProcessMap } from '../shared/model/schema';
import { parseMap } from '../shared/yaml/parseMap';
import { renderCanonical } from '../shared/yaml/renderYaml';

export const INDEX_FORMAT = 'swimlane-library/1';

type ActorKind = Actor['kind'];

/** Folders whose maps feed a generated candidate actor catalogue (`<folder>/actors.yaml`). */
export const CATALOGUE_FOLDERS = ['cert'];

/** Headings of the README sections, by top-level folder; other folders use their own name. */
const FOLDER_TITLES: Record<string, string> = {
  cert: 'CERT incident-management reference model',
  examples: 'Examples',
};
const FOLDER_ORDER = ['cert', 'examples'];

/** One library file as read from disk: path relative to `model-library/` with `/` separators. */
export interface LibrarySource {
  readonly path: string;
  readonly text: string;
}

/** One generated file: path relative to `model-library/`, full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export interface LibraryIndexEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: ProcessMap['kind'];
  readonly path: string;
  readonly summary?: string;
  readonly source?: ProcessMap['source'];
  readonly tags?: readonly string[];
  readonly derivedFrom?: ProcessMap['derivedFrom'];
  readonly counts: {
    readonly activities: number;
    readonly groups: number;
    readonly flows: number;
    readonly initiations: number;
    readonly terminations: number;
    readonly triggers: number;
    readonly handoffs: number;
  };
}

export interface LibraryBuild {
  readonly files: readonly GeneratedFile[];
  /** Actor spellings that no entry of ACTOR_TABLE covers (they get a default id and kind "role"). */
  readonly unclassifiedActors: readonly string[];
}

/**
 * Curated classification of the key people and handoff actors of the CERT maps: each entry gives
 * the stable id and kind of one candidate actor and the spellings (lower-case, parenthetical
 * examples removed) that name it. Kinds: `role` for people by function, `team` for a whole team,
 * `unit` for an organisational unit, `technology` for tools, `external` for parties outside the
 * organisation (or, for the constituency, outside the CSIRT).
 */
const ACTOR_TABLE: ReadonlyArray<{ readonly id: string; readonly kind: ActorKind; readonly heads: readonly string[] }> = [
  { id: 'csirt', kind: 'team', heads: ['csirt'] },
  { id: 'csirt-manager', kind: 'role', heads: ['csirt manager'] },
  { id: 'csirt-staff', kind: 'role', heads: ['csirt staff'] },
  { id: 'selected-csirt-staff', kind: 'role', heads: ['selected members of the csirt staff'] },
  { id: 'csirt-hotline-staff', kind: 'role', heads: ['csirt hotline staff'] },
  { id: 'csirt-triage-staff', kind: 'role', heads: ['csirt triage staff'] },
  { id: 'incident-handlers', kind: 'role', heads: ['incident handlers'] },
  { id: 'incident-handling-staff', kind: 'role', heads: ['incident handling staff'] },
  { id: 'help-desk-staff', kind: 'role', heads: ['help desk staff'] },
  { id: 'information-security-officer', kind: 'role', heads: ['information security officer'] },
  { id: 'security-staff', kind: 'role', heads: ['security staff'] },
  { id: 'it-staff', kind: 'role', heads: ['it staff'] },
  { id: 'it-manager', kind: 'role', heads: ['it manager'] },
  { id: 'it-operations', kind: 'unit', heads: ['it operations'] },
  { id: 'system-and-network-administrators', kind: 'role', heads: ['system and network administrators'] },
  { id: 'csirt-development-project-team', kind: 'team', heads: ['organizational csirt development project team'] },
  { id: 'csirt-development-smes', kind: 'role', heads: ['csirt development smes', 'csirt development subject matter experts'] },
  { id: 'csirt-sponsor', kind: 'role', heads: ['csirt sponsor'] },
  { id: 'executive-managers', kind: 'role', heads: ['executive managers'] },
  { id: 'business-function-managers', kind: 'role', heads: ['business function managers'] },
  { id: 'upper-management', kind: 'role', heads: ['upper management of the csirt constituency, business and functional units, it management, etc.'] },
  { id: 'administrative-operations-representatives', kind: 'role', heads: ['representatives from administrative operations'] },
  { id: 'constituency-representatives', kind: 'role', heads: ['representatives from constituency'] },
  { id: 'policy-and-standards-development-staff', kind: 'role', heads: ['policy and standards development staff'] },
  { id: 'marketing-and-business-development-staff', kind: 'role', heads: ['marketing and business development staff'] },
  { id: 'technical-writers', kind: 'role', heads: ['technical writers'] },
  { id: 'auditors-risk-and-compliance-staff', kind: 'role', heads: ['auditors, risk management staff, compliance staff'] },
  { id: 'hr-staff', kind: 'role', heads: ['hr staff'] },
  { id: 'pr-staff', kind: 'role', heads: ['pr staff'] },
  { id: 'smes-trusted-experts', kind: 'role', heads: ['smes/trusted experts'] },
  { id: 'legal-counsel', kind: 'role', heads: ['legal counsel for constituency and csirt'] },
  { id: 'forensics-specialists', kind: 'role', heads: ['forensics specialists'] },
  { id: 'triage-automated-tools', kind: 'technology', heads: ['automated tools from t: triage events'] },
  { id: 'respond-automated-tools', kind: 'technology', heads: ['automated tools from r: respond'] },
  { id: 'csirt-constituency', kind: 'external', heads: ['csirt constituency'] },
  { id: 'victim-or-involved-sites', kind: 'external', heads: ['victim or involved sites'] },
  { id: 'people-from-involved-sites', kind: 'external', heads: ['people from all involved sites'] },
  { id: 'coordination-center', kind: 'external', heads: ['coordination center'] },
  { id: 'other-csirts', kind: 'external', heads: ['other csirts'] },
  { id: 'vendors', kind: 'external', heads: ['vendors'] },
  { id: 'network-service-providers', kind: 'external', heads: ['isps/network service providers'] },
  { id: 'third-parties', kind: 'external', heads: ['third parties'] },
  { id: 'third-party-mssp-personnel', kind: 'external', heads: ['third-party mssp personnel'] },
  { id: 'third-party-answering-service', kind: 'external', heads: ['third-party answering service'] },
  { id: 'independent-evaluators', kind: 'external', heads: ['third-party or independent evaluators'] },
  { id: 'trusted-external-groups', kind: 'external', heads: ['trusted external groups'] },
  { id: 'general-external-groups', kind: 'external', heads: ['general external groups'] },
  { id: 'external-response-participants', kind: 'external', heads: ['external people who might be involved in the response'] },
  { id: 'law-enforcement-representatives', kind: 'external', heads: ['representatives from law enforcement'] },
  { id: 'critical-infrastructure-representatives', kind: 'external', heads: ['representatives from critical infrastructures'] },
  { id: 'law-enforcement', kind: 'external', heads: ['law enforcement'] },
  { id: 'criminal-investigators', kind: 'external', heads: ['criminal investigators'] },
  { id: 'inspectors-general', kind: 'external', heads: ['inspectors general'] },
  { id: 'attorneys-general', kind: 'external', heads: ['attorneys general'] },
];

/** Entries that point at other people rather than naming a role; they are not offered as actors. */
const NOT_ACTORS = [/^key people involved in /i, /^any personnel involved in /i];

const KIND_ORDER: readonly ActorKind[] = ['role', 'person', 'team', 'unit', 'technology', 'external'];

/** An actor's name without its parenthetical examples: "IT staff (e.g., NOC staff)" → "IT staff". */
export function actorHead(spelling: string): string {
  let head = spelling;
  for (let previous = ''; previous !== head; ) {
    previous = head;
    head = head.replace(/\s*\[[^[\]]*\]/g, '').replace(/\s*\([^()]*\)/g, '');
  }
  return head.replace(/\s+/g, ' ').trim();
}

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Code-point order, except that runs of digits compare by value (PC2 before PC10). */
function compareNatural(a: string, b: string): number {
  const partsA = a.split(/(\d+)/);
  const partsB = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const [x, y] = [partsA[i]!, partsB[i]!];
    const order = i % 2 === 1 ? Number(x) - Number(y) || compareText(x, y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}

/** Maps in reading order: each top-level map followed, depth first, by the maps its activities expand into. */
function readingOrder(maps: ReadonlyArray<{ path: string; map: ProcessMap }>): Array<{ path: string; map: ProcessMap }> {
  const byId = new Map(maps.map((entry) => [entry.map.id, entry]));
  const expanded = new Set(maps.flatMap((entry) => Object.values(entry.map.activities).flatMap((activity) => (activity.expands ? [activity.expands] : []))));
  const ordered: Array<{ path: string; map: ProcessMap }> = [];
  const seen = new Set<string>();
  const visit = (entry: { path: string; map: ProcessMap }): void => {
    if (seen.has(entry.path)) return;
    seen.add(entry.path);
    ordered.push(entry);
    for (const activity of Object.values(entry.map.activities)) {
      const child = activity.expands !== undefined ? byId.get(activity.expands) : undefined;
      if (child) visit(child);
    }
  };
  const byPath = [...maps].sort((a, b) => compareText(a.path, b.path));
  for (const entry of byPath) if (!expanded.has(entry.map.id)) visit(entry);
  for (const entry of byPath) visit(entry);
  return ordered;
}

function indexEntry(entry: { path: string; map: ProcessMap }): LibraryIndexEntry {
  const { map } = entry;
  const size = (record: object | undefined): number => Object.keys(record ?? {}).length;
  return {
    id: map.id,
    title: map.title,
    kind: map.kind,
    path: entry.path,
    ...(map.summary !== undefined ? { summary: map.summary } : {}),
    ...(map.source !== undefined ? { source: map.source } : {}),
    ...(map.tags !== undefined ? { tags: map.tags } : {}),
    ...(map.derivedFrom !== undefined ? { derivedFrom: map.derivedFrom } : {}),
    counts: {
      activities: size(map.activities),
      groups: size(map.groups),
      flows: size(map.flows),
      initiations: size(map.initiations),
      terminations: size(map.terminations),
      triggers: size(map.triggers),
      handoffs: size(map.handoffs),
    },
  };
}

function folderOf(libraryPath: string): string {
  const slash = libraryPath.indexOf('/');
  return slash < 0 ? '' : libraryPath.slice(0, slash);
}

/** Where each actor spelling occurs, as "<map>: <element>, …" phrases. */
interface ActorMention {
  readonly spelling: string;
  readonly mapId: string;
  readonly elementId: string;
}

function actorMentions(map: ProcessMap): ActorMention[] {
  const mentions: ActorMention[] = [];
  const add = (spellings: readonly string[] | undefined, elementId: string): void => {
    for (const spelling of spellings ?? []) mentions.push({ spelling, mapId: map.id, elementId });
  };
  for (const [id, activity] of Object.entries(map.activities)) add(activity.keyPeople, id);
  for (const [id, group] of Object.entries(map.groups ?? {})) add(group.keyPeople, id);
  for (const [id, handoff] of Object.entries(map.handoffs ?? {})) {
    for (const kind of Object.values(handoff.kinds ?? {})) {
      add(kind.sendingActors, id);
      add(kind.receivingActors, id);
    }
  }
  return mentions;
}

function buildCatalogue(maps: ReadonlyArray<{ path: string; map: ProcessMap }>, folder: string): { text: string; size: number; unclassified: string[] } {
  const tableByHead = new Map(ACTOR_TABLE.flatMap((entry) => entry.heads.map((head) => [head, entry] as const)));
  const groups = new Map<string, { kind: ActorKind; spellings: Map<string, number>; heads: Map<string, number>; places: Map<string, Set<string>> }>();
  const unclassified = new Set<string>();
  for (const { map } of maps) {
    for (const mention of actorMentions(map)) {
      if (NOT_ACTORS.some((pattern) => pattern.test(mention.spelling))) continue;
      const head = actorHead(mention.spelling);
      const classified = tableByHead.get(head.toLowerCase());
      if (!classified) unclassified.add(mention.spelling);
      const id = classified?.id ?? kebab(head);
      const group = groups.get(id) ?? { kind: classified?.kind ?? 'role', spellings: new Map(), heads: new Map(), places: new Map() };
      groups.set(id, group);
      group.spellings.set(mention.spelling, (group.spellings.get(mention.spelling) ?? 0) + 1);
      group.heads.set(head, (group.heads.get(head) ?? 0) + 1);
      const places = group.places.get(mention.mapId) ?? new Set<string>();
      places.add(mention.elementId);
      group.places.set(mention.mapId, places);
    }
  }
  const mapOrder = maps.map((entry) => entry.map.id);
  const actors: Array<[string, Actor]> = [...groups.entries()].map(([id, group]) => {
    // The name is the head spelled most often (ties: the first in code-point order).
    const name = [...group.heads.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
    const aliases = [...group.spellings.keys()].filter((spelling) => spelling !== name).sort(compareText);
    const where = [...group.places.entries()]
      .sort((a, b) => mapOrder.indexOf(a[0]) - mapOrder.indexOf(b[0]))
      .map(([mapId, elements]) => `${mapId} (${[...elements].sort(compareNatural).join(', ')})`)
      .join('; ');
    const actor: Actor = { name, kind: group.kind, description: `Named as a key person or handoff actor in ${where}.`, ...(aliases.length > 0 ? { aliases } : {}) };
    return [id, actor];
  });
  actors.sort((a, b) => KIND_ORDER.indexOf(a[1].kind) - KIND_ORDER.indexOf(b[1].kind) || compareText(a[1].name.toLowerCase(), b[1].name.toLowerCase()) || compareText(a[0], b[0]));
  const catalogue = ActorCatalogue.parse({ format: 'swimlane-actors/1', actors: Object.fromEntries(actors) });
  const header = [
    `# Candidate actors of the ${folder}/ maps: generated by scripts/build-library-index.ts, do not edit.`,
    '# Every key person (activities, groups) and handoff sending/receiving actor named in the maps.',
    '# name: the report\'s wording without its parenthetical examples; aliases: every other spelling.',
    '# Entries that only point at other people ("key people involved in ...", "Any personnel',
    '# involved in the sending activity") are left out. Ids and kinds come from the script\'s ACTOR_TABLE.',
  ].join('\n');
  return { text: `${header}\n${renderCanonical(catalogue, ActorCatalogue)}`, size: actors.length, unclassified: [...unclassified].sort(compareText) };
}

function sourceCell(source: ProcessMap['source']): string {
  if (!source) return '—';
  const parts = [source.figure, source.tables?.length ? source.tables.join(', ') : undefined].filter((part): part is string => part !== undefined);
  return parts.join('; ');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function buildReadme(entries: readonly LibraryIndexEntry[], catalogues: ReadonlyMap<string, number>): string {
  const folders = [...new Set(entries.map((entry) => folderOf(entry.path)))].sort(
    (a, b) => (FOLDER_ORDER.indexOf(a) + 1 || FOLDER_ORDER.length + 1) - (FOLDER_ORDER.indexOf(b) + 1 || FOLDER_ORDER.length + 1) || compareText(a, b),
  );
  const lines: string[] = [
    '# Model library',
    '',
    'Ready-made swimlane maps that ship with Swimlane Studio. The reference maps are a faithful',
    'transcription of a published process model, kept close to the report\'s own words and ids so a',
    'reviewer can check every box and line against the source; every judgement about the source is a',
    'note on the element concerned. Start a tailored (as-is or to-be) map from one of them: the',
    'tailored map records the reference it derives from, and the actor catalogue offers the',
    'report\'s key people as lane choices.',
    '',
    'This file, `index.json` and `cert/actors.yaml` are generated from the maps by',
    '`npx tsx scripts/build-library-index.ts`; run it after changing a map (`--check` verifies them in',
    'CI). Maps are listed in reading order: a map, then the maps its activities expand into.',
  ];
  for (const folder of folders) {
    const inFolder = entries.filter((entry) => folderOf(entry.path) === folder);
    const title = folder === '' ? 'Other maps' : (FOLDER_TITLES[folder] ?? folder);
    lines.push('', `## ${title}${folder ? ` (\`${folder}/\`)` : ''}`, '');
    const citations = [...new Set(inFolder.map((entry) => entry.source?.citation).filter((citation): citation is string => citation !== undefined))];
    if (citations.length === 1) lines.push(`Source: ${citations[0]}.`, '');
    lines.push('| Map | Title | Kind | Source | Activities | Groups | Flows | Initiations | Terminations | Triggers | Handoffs |');
    lines.push('|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const entry of inFolder) {
      const source = citations.length === 1 ? sourceCell(entry.source) : [entry.source?.citation, sourceCell(entry.source)].filter(Boolean).join(': ');
      const { counts } = entry;
      lines.push(
        `| [${entry.id}](${entry.path}) | ${escapeCell(entry.title)} | ${entry.kind}${entry.derivedFrom ? ` (from ${entry.derivedFrom.map})` : ''} | ${escapeCell(source)} | ${counts.activities} | ${counts.groups} | ${counts.flows} | ${counts.initiations} | ${counts.terminations} | ${counts.triggers} | ${counts.handoffs} |`,
      );
    }
    const actorCount = catalogues.get(folder);
    if (actorCount !== undefined) {
      lines.push('', `Actor catalogue: [\`${folder}/actors.yaml\`](${folder}/actors.yaml), ${actorCount} candidate actors drawn from the key people and handoff actors of these maps.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Builds every generated file from the library's sources (maps; `actors.yaml` files are ignored). */
export function buildLibraryIndex(sources: readonly LibrarySource[]): LibraryBuild {
  const maps: Array<{ path: string; map: ProcessMap }> = [];
  for (const source of [...sources].sort((a, b) => compareText(a.path, b.path))) {
    if (path.posix.basename(source.path) === 'actors.yaml') continue;
    const parsed = parseMap(source.text, source.path);
    if (!parsed.value) {
      const first = parsed.issues[0];
      throw new Error(`${source.path}${first?.line ? `:${first.line}:${first.column ?? 1}` : ''}: ${first?.message ?? 'does not load'}`);
    }
    maps.push({ path: source.path, map: parsed.value });
  }
  const ordered = readingOrder(maps);
  const entries = ordered.map(indexEntry);
  const index = { format: INDEX_FORMAT, maps: entries };
  const files: GeneratedFile[] = [{ path: 'index.json', text: `${JSON.stringify(index, null, 2)}\n` }];
  const catalogueSizes = new Map<string, number>();
  const unclassified: string[] = [];
  for (const folder of CATALOGUE_FOLDERS) {
    const inFolder = ordered.filter((entry) => folderOf(entry.path) === folder);
    if (inFolder.length === 0) continue;
    const catalogue = buildCatalogue(inFolder, folder);
    files.push({ path: `${folder}/actors.yaml`, text: catalogue.text });
    catalogueSizes.set(folder, catalogue.size);
    unclassified.push(...catalogue.unclassified);
  }
  files.splice(1, 0, { path: 'README.md', text: buildReadme(entries, catalogueSizes) });
  return { files, unclassifiedActors: unclassified };
}

/** Reads every map under `root` (recursively; hidden folders skipped) as library sources. */
export function readLibrarySources(root: string): LibrarySource[] {
  const sources: LibrarySource[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && entry.name !== 'actors.yaml' && entry.name !== 'actors.yml') {
        sources.push({ path: path.relative(root, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return sources;
}

/** Paths (relative to `root`) of generated files whose committed text differs or is missing. */
export function staleFiles(root: string, files: readonly GeneratedFile[]): string[] {
  return files.filter((file) => {
    const target = path.join(root, file.path);
    return !existsSync(target) || readFileSync(target, 'utf8') !== file.text;
  }).map((file) => file.path);
}

function main(argv: readonly string[]): number {
  const isCheck = argv.includes('--check');
  const root = fileURLToPath(new URL('../model-library', import.meta.url));
  const build = buildLibraryIndex(readLibrarySources(root));
  for (const spelling of build.unclassifiedActors) console.warn(`note: actor "${spelling}" is not in ACTOR_TABLE; it gets a default id and kind "role"`);
  if (isCheck) {
    const stale = staleFiles(root, build.files);
    for (const file of stale) console.error(`model-library/${file} is out of date: run npx tsx scripts/build-library-index.ts`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const file of build.files) writeFileSync(path.join(root, file.path), file.text);
  console.log(`wrote ${build.files.map((file) => `model-library/${file.path}`).join(', ')}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    // A map that does not load stops the build: the index must never silently leave a map out.
    console.error(`build-library-index: model-library/${(error as Error).message}`);
    process.exitCode = 2;
  }
}
