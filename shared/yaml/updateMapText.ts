/**
 * Saving an edited map without disturbing what did not change: the new data is compared with the
 * data of the original text and only the changed nodes' text is replaced, so comments, key order,
 * quoting, line endings and untouched lines survive byte for byte.
 *
 * Invariant: the returned text always parses back to exactly `next` (checked before returning);
 * where a splice could not guarantee that, the whole map is written canonically instead, its
 * comments carried over by path, and `isMinimal` says so.
 */
import { rootSchemaFor } from '../model/keyOrder';
import { sameDataInOrder, toPlainData } from '../model/plainData';
import { spliceChangedScalars } from './scalarSplice';
import { renderCanonical } from './renderYaml';
import { recallRead, readSource, rememberRead } from './recentReads';
import { renderScalarLike } from './scalarRendering';
import { SpliceWriter } from './spliceWriter';
import { withCommentsByPath } from './commentsByPath';
import { sameValue } from '../diff/sameValue';
import { readYamlSubset } from './fastYaml';

export interface UpdateResult {
  readonly text: string;
  /** False when the fallback (canonical rewrite) was used. */
  readonly isMinimal: boolean;
}

export interface UpdateOptions {
  /**
   * The data `originalText` holds, when the caller has it and `next` was made from it without
   * changing objects in place (the editor's saved map and its edits): parts of `next` that are the
   * very objects of `previous` are known unchanged and not compared, and the file need not be read
   * to find what changed.
   */
  readonly previous?: unknown;
}

/** Text of `originalText` changed to hold `next`, touching only what changed. */
export function updateMapText(originalText: string, next: unknown, options: UpdateOptions = {}): string {
  return updateYamlText(originalText, next, options).text;
}

/** As updateMapText, reporting whether the minimal splice succeeded. */
export function updateYamlText(originalText: string, next: unknown, options: UpdateOptions = {}): UpdateResult {
  const eol = originalText.includes('\r\n') ? '\r\n' : '\n';
  const bom = originalText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = workingText(originalText, eol);
  // A text not read before, edited in its scalars only: no need to build its whole tree. The splice
  // takes `next` as it is and refuses anything that is not plain data already (then it is normalized).
  if (!recallRead(text)) {
    const spliced = spliceChangedScalars(text, next, renderScalarLike, options.previous);
    if (spliced !== undefined) return { text: bom + restoreEol(spliced, eol), isMinimal: true };
  }
  const normalizedNext = toPlainData(next);
  const schema = rootSchemaFor((normalizedNext as Record<string, unknown> | null)?.['format']);
  const source = readSource(text);
  if (source) {
    try {
      const writer = new SpliceWriter(text, options.previous);
      writer.diffValue(source.root, source.value, normalizedNext, schema, 0, undefined);
      const updated = writer.apply();
      // Swapping scalars in place is exact by construction (quoting checked per value); any structural
      // splice is verified by reading the whole result back.
      if (!writer.hasStructuralSplices) {
        // The editor saves again over this very text: remember its tree without reading it.
        rememberRead(updated, { base: source, swaps: writer.scalarSwaps });
        return { text: bom + restoreEol(updated, eol), isMinimal: true };
      }
      if (readsBackAs(updated, normalizedNext)) return { text: bom + restoreEol(updated, eol), isMinimal: true };
    } catch {
      // Fall through to the canonical writer: correctness beats minimality.
    }
  }
  const canonical = renderCanonical(normalizedNext, schema);
  const canonicalTree = source ? readYamlSubset(canonical) : undefined;
  if (source && canonicalTree) {
    const commented = withCommentsByPath({ text, root: source.root }, { text: canonical, root: canonicalTree.root });
    // Canonical key order may differ from the data's, so the read-back compares values only.
    const read = commented === canonical ? undefined : readSource(commented);
    if (commented === canonical || (read !== undefined && sameValue(read.value, normalizedNext))) return { text: bom + restoreEol(commented, eol), isMinimal: false };
  }
  const leadingComments = text.match(/^(?:#[^\n]*\n)+/)?.[0] ?? '';
  return { text: bom + restoreEol(leadingComments + canonical, eol), isMinimal: false };
}

/** The LF text without BOM that saving works on; the file's conventions are restored at the end. */
function workingText(originalText: string, eol = originalText.includes('\r\n') ? '\r\n' : '\n'): string {
  const withoutBom = originalText.startsWith('\uFEFF') ? originalText.slice(1) : originalText;
  return eol === '\n' ? withoutBom : withoutBom.replace(/\r\n/g, '\n');
}

/**
 * Reads `originalText` for saving ahead of time (an editor calls it when idle after opening a
 * file), so that the first save over it only has to compare and splice.
 */
export function prepareToSave(originalText: string): void {
  readSource(workingText(originalText));
}

function restoreEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

function readsBackAs(text: string, expected: unknown): boolean {
  const read = readSource(text);
  return read !== undefined && sameDataInOrder(read.value, expected);
}
