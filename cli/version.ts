/** The CLI's version, as in package.json (a test keeps the two equal); shown by --version and in SARIF. */
export const CLI_VERSION = '0.1.0';
