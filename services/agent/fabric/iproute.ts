import { execFile } from "node:child_process";

/** An iproute2 command failed; `stderr` is the tool's own message. */
export class IprouteError extends Error {
  override name = "IprouteError";
  constructor(
    readonly argv: readonly string[],
    readonly stderr: string,
    readonly exitCode: number | undefined,
  ) {
    super(`${argv.join(" ")}: ${stderr.trim() || `exit ${exitCode}`}`);
  }

  /** "File exists", "No such file or directory", "Cannot find device": idempotency helpers. */
  get exists(): boolean {
    return /File exists/i.test(this.stderr);
  }

  get missing(): boolean {
    return /No such file|Cannot find device|does not exist|not found|No such device/i.test(this.stderr);
  }

  get permission(): boolean {
    return /Operation not permitted|Permission denied/i.test(this.stderr);
  }
}

/**
 * Runs `ip` and `bridge` (iproute2) with execFile, never a shell, optionally inside a network
 * namespace (`-n <netns>`), and parses `-json` output.
 */
export class Iproute {
  constructor(
    private readonly netns: string | undefined,
    private readonly bins = { ip: "ip", bridge: "bridge" },
  ) {}

  ip(args: readonly string[]): Promise<string> {
    return this.run(this.bins.ip, args);
  }

  bridge(args: readonly string[]): Promise<string> {
    return this.run(this.bins.bridge, args);
  }

  async ipJson<T>(args: readonly string[]): Promise<T[]> {
    return parseJson<T>(await this.ip(["-json", ...args]));
  }

  async bridgeJson<T>(args: readonly string[]): Promise<T[]> {
    return parseJson<T>(await this.bridge(["-json", ...args]));
  }

  /**
   * Runs the commands in one process (`-batch -`, commands on stdin; one per line, each an
   * argument list without the tool's name). With `force`, a failed command does not stop the
   * rest (the tool still exits non-zero). The caller makes sure no argument holds a space, a
   * newline or a quote.
   */
  batch(tool: "ip" | "bridge", commands: readonly (readonly string[])[], force = false): Promise<string> {
    const input = `${commands.map((c) => c.join(" ")).join("\n")}\n`;
    return this.run(this.bins[tool], [...(force ? ["-force"] : []), "-batch", "-"], input);
  }

  private run(bin: string, args: readonly string[], input?: string): Promise<string> {
    const argv = this.netns ? ["-n", this.netns, ...args] : [...args];
    return new Promise((resolve, reject) => {
      const child = execFile(
        bin,
        argv,
        { encoding: "utf8", timeout: 30_000, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => {
          if (err) {
            const code =
              typeof (err as { code?: unknown }).code === "number"
                ? (err as { code: number }).code
                : undefined;
            if ((err as NodeJS.ErrnoException).code === "ENOENT") {
              reject(
                new IprouteError(
                  [bin, ...argv],
                  `${bin} not found: install the Debian package iproute2`,
                  undefined,
                ),
              );
              return;
            }
            reject(new IprouteError([bin, ...argv], stderr, code));
            return;
          }
          resolve(stdout);
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }
}

function parseJson<T>(out: string): T[] {
  const text = out.trim();
  if (text === "") return [];
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? (v as T[]) : [];
}
