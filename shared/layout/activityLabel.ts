/**
 * How an activity is named in the diagram. Ids numbered like the CERT report's (`D2`, `PC10`,
 * `R1.2`, and the process letters `PC`, `D` of the overview) are part of the name a reader knows, so
 * they stand before it: "R1.2: Analyze Event". Ids an author made up as keys (`external-communication`,
 * or the slugs of tailored activities) are not: the box shows the name alone.
 */

/** One to four capitals, optionally a number and dotted sub-numbers: `D`, `PC10`, `R1.2`, `A1`. */
const REPORT_STYLE_ID = /^[A-Z]{1,4}\d*(?:\.\d+)*$/;

/** True for ids numbered in the style of the report (see the module comment). */
export function isReportStyleId(id: string): boolean {
  return REPORT_STYLE_ID.test(id);
}

/** The text of an activity: `id: name` for report-style ids, the name alone otherwise (or the id when unnamed). */
export function activityLabel(id: string, name: string | undefined): string {
  if (!name) return id;
  return isReportStyleId(id) ? `${id}: ${name}` : name;
}
