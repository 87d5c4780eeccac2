import { readFileSync } from "node:fs";
import { chmod, mkdir, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { Document, parseDocument } from "yaml";

/**
 * Contexts, as kubectl has them: `jetnet up` writes how to reach the plane it started (NATS URL,
 * inbox prefix, credentials if any) to `<data-dir>/context.yaml`, and points the user's config
 * file at it (`current-context`). Every client command reads the config file, so a second
 * terminal needs no flags. Flags and environment variables still win, setting by setting.
 */

export const configEnv = "JETNET_CONFIG";

/** The key of the config file that names the context file in use. */
export const currentContextKey = "current-context";

/** `$JETNET_CONFIG`, else `$XDG_CONFIG_HOME/jetnet/config.yaml`, else `~/.config/jetnet/config.yaml`. */
export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env[configEnv]) return resolve(env[configEnv]);
  const base =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homedir(), ".config");
  return join(base, "jetnet", "config.yaml");
}

/** What a context file holds: the `nats` section of the config file, plus the namespace. */
export interface ContextNats {
  servers: string;
  user?: string | undefined;
  password?: string | undefined;
  creds?: string | undefined;
  tls?: { ca?: string | undefined; cert?: string | undefined; key?: string | undefined } | undefined;
  inboxPrefix?: string | undefined;
}

/** The files `writeContext` wrote, as absolute paths. */
export interface ContextFiles {
  contextFile: string;
  configFile: string;
}

/**
 * Writes the context file (mode 0600 when it holds a password), then makes it the config file's
 * current context, keeping the rest of that file (comments too). Each file is replaced whole
 * (write, then rename), so a reader never sees half of one.
 */
export async function writeContext(
  contextFile: string,
  nats: ContextNats,
  opts: { configFile?: string; writtenBy: string },
): Promise<ContextFiles> {
  const configFile = opts.configFile ?? defaultConfigPath();
  const context = new Document({
    nats: definedOnly({ ...nats, tls: nats.tls && definedOnly(nats.tls) }),
  });
  context.commentBefore =
    ` Written by ${opts.writtenBy}.\n` +
    ` The jetnet CLI uses it while the current-context of ${configFile} names this file.`;
  await replaceFile(contextFile, context.toString(), nats.password !== undefined ? 0o600 : 0o644);

  let existing = "";
  try {
    existing = readFileSync(configFile, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const config = existing.trim() === "" ? new Document({}) : parseDocument(existing);
  if (config.errors.length > 0) {
    throw new Error(
      `cannot set the current context: ${configFile} is not valid YAML: ${config.errors[0]?.message}`,
    );
  }
  config.set(currentContextKey, resolve(contextFile));
  await replaceFile(configFile, config.toString(), 0o644);
  return { contextFile: resolve(contextFile), configFile };
}

async function replaceFile(file: string, text: string, mode: number): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, { mode });
  await chmod(temp, mode);
  await rename(temp, file);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
