/** Runs the CLI in-process with captured output, as a user's terminal would see it. */
import { main } from '../../cli/main';

export async function runCli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(options.cwd ? { cwd: options.cwd } : {}),
    readStdin: async () => options.stdin ?? '',
  });
  return { code, stdout, stderr };
}
