import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfigFile, resolveSettings } from "../../cli/client/connect.js";
import { defaultConfigPath, writeContext } from "../../cli/client/context.js";
import { UsageError } from "../../cli/usage.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-context-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the config file's place", () => {
  it("is $JETNET_CONFIG, else under $XDG_CONFIG_HOME, else under ~/.config", () => {
    expect(defaultConfigPath({ JETNET_CONFIG: "/a/c.yaml", XDG_CONFIG_HOME: "/x" })).toBe("/a/c.yaml");
    expect(defaultConfigPath({ XDG_CONFIG_HOME: "/x" })).toBe("/x/jetnet/config.yaml");
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    expect(defaultConfigPath({ XDG_CONFIG_HOME: "x" })).toBe(join(homedir(), ".config/jetnet/config.yaml"));
    expect(defaultConfigPath({})).toBe(join(homedir(), ".config/jetnet/config.yaml"));
  });

  it("is a temporary directory during the tests, never the user's", () => {
    expect(defaultConfigPath().startsWith(join(tmpdir(), "jetnet-test-config-"))).toBe(true);
  });
});

describe("contexts", () => {
  it("up's context becomes current; the rest of the config file stays, comments too", async () => {
    const config = join(dir, "config.yaml");
    await writeFile(config, "# my settings\nnamespace: team # the team's\n");
    const files = await writeContext(
      join(dir, "plane", "context.yaml"),
      { servers: "nats://127.0.0.1:4999", user: "u", password: "secret", inboxPrefix: "_I.u" },
      { configFile: config, writtenBy: "jetnet up (pid 1)" },
    );
    expect(files).toEqual({ contextFile: join(dir, "plane", "context.yaml"), configFile: config });
    const text = await readFile(config, "utf8");
    expect(text).toContain("# my settings");
    expect(text).toContain("namespace: team # the team's");
    expect(text).toContain(`current-context: ${files.contextFile}`);
    // A password in it: readable by the owner only.
    expect((await stat(files.contextFile)).mode & 0o777).toBe(0o600);

    const loaded = await loadConfigFile(config);
    expect(loaded?.origin).toBe(`context ${files.contextFile}, the current-context of ${config}`);
    const settings = resolveSettings({}, loaded);
    expect(settings).toMatchObject({
      nats: { servers: ["nats://127.0.0.1:4999"], user: "u", password: "secret", inboxPrefix: "_I.u" },
      namespace: "team",
    });
    // Flags (and their environment variables) win, setting by setting.
    expect(resolveSettings({ nats: "nats://other:1" }, loaded)).toMatchObject({
      nats: { servers: ["nats://other:1"], user: "u" },
      origin: "--nats or JETNET_NATS_URL",
    });
  });

  it("a second up takes over the current context; paths in a context are relative to it", async () => {
    const config = join(dir, "config.yaml");
    await writeContext(
      join(dir, "a", "context.yaml"),
      { servers: "nats://127.0.0.1:1001" },
      {
        configFile: config,
        writtenBy: "a",
      },
    );
    await writeContext(
      join(dir, "b", "context.yaml"),
      { servers: "nats://127.0.0.1:1002", creds: "u.creds" },
      {
        configFile: config,
        writtenBy: "b",
      },
    );
    expect(resolveSettings({}, await loadConfigFile(config)).nats).toMatchObject({
      servers: ["nats://127.0.0.1:1002"],
      credsFile: join(dir, "b", "u.creds"),
    });
  });

  it("a current context whose file is gone is a usage error naming both files", async () => {
    const config = join(dir, "config.yaml");
    await writeFile(config, `current-context: ${join(dir, "gone", "context.yaml")}\n`);
    const loading = loadConfigFile(config);
    await expect(loading).rejects.toThrow(UsageError);
    await expect(loading).rejects.toThrow(
      `config file ${config}: current-context ${join(dir, "gone", "context.yaml")} does not exist`,
    );
  });
});
