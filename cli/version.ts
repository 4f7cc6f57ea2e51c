/** The CLI's version, as in package.json (a test keeps the two equal); shown by --version and in SARIF. */
export const CLI_VERSION = '0.1.0';
/** Where rule help points from SARIF (the project's homepage, as in package.json). */
export const RULES_HELP_URI = 'https://swimlane-studio.invalid/docs/format.md#rules-and-configuration';
