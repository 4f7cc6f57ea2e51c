/** What a CLI command gets to talk to the world: injected so tests can capture it. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working folder that relative paths are read against. */
  readonly cwd?: string;
  /** Standard input, for commands that read it (e.g. `fmt -`). */
  readStdin?(): Promise<string>;
}

export type CommandRun = (args: string[], io: CommandIo) => Promise<number>;

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly run: CommandRun;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
