import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { FabricConflictError } from "../../../services/agent/fabric/types.js";
import { fabricContract } from "./fabric-contract.js";

fabricContract("logger (with a state file)", {
  async fresh() {
    const dir = await mkdtemp(join(tmpdir(), "jetnet-fabric-"));
    const stateFile = join(dir, "fabric.json");
    return { fabric: await LoggerFabric.open({ stateFile }), state: { dir, stateFile } };
  },
  reopen: (state) => LoggerFabric.open({ stateFile: (state as { stateFile: string }).stateFile }),
  cleanup: (state) => rm((state as { dir: string }).dir, { recursive: true, force: true }),
});

describe("LoggerFabric", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "jetnet-fabric-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const l = { vni: 7, ip: "10.0.0.1", mac: "0a:00:00:07:00:01", ifName: "jn7a" };
  const r = { vni: 7, ip: "10.0.0.2", mac: "0a:00:00:07:00:02", hostIp: "192.168.1.2" };

  it("counts only operations that changed something", async () => {
    const f = await LoggerFabric.open();
    await f.createLocal(l);
    await f.createLocal(l);
    await f.createRemote(r);
    await f.createRemote(r);
    await expect(f.createRemote({ ...r, ip: l.ip })).rejects.toBeInstanceOf(FabricConflictError);
    await f.deleteRemote(r);
    await f.deleteRemote(r);
    await f.deleteLocal({ ...l, ip: "10.0.0.9" });
    expect(f.ops).toEqual({ createLocal: 1, deleteLocal: 0, createRemote: 1, deleteRemote: 1 });
    expect(f.localCount()).toBe(1);
    expect(f.remoteCount()).toBe(0);
    await f.close();
  });

  it("refuses an entry of the same kind with other attributes at a held (VNI, IP)", async () => {
    const f = await LoggerFabric.open();
    await f.createLocal(l);
    await f.createRemote(r);
    await expect(f.createLocal({ ...l, mac: "0a:00:00:07:00:99" })).rejects.toBeInstanceOf(
      FabricConflictError,
    );
    await expect(f.createLocal({ ...l, owner: "other" })).rejects.toBeInstanceOf(FabricConflictError);
    await expect(f.createRemote({ ...r, hostIp: "192.168.1.9" })).rejects.toBeInstanceOf(FabricConflictError);
    expect(await f.listLocal()).toEqual([l]);
    expect(await f.listRemote()).toEqual([r]);
  });

  it("logs a line per change and none for a no-op", async () => {
    const lines: string[] = [];
    const f = await LoggerFabric.open({ log: (line) => lines.push(line) });
    await f.createLocal(l);
    await f.createLocal(l);
    await f.deleteRemote(r);
    await f.deleteLocal(l);
    expect(lines).toEqual(["create local 7/10.0.0.1 jn7a 0a:00:00:07:00:01", "delete local 7/10.0.0.1"]);
    lines.length = 0;
    const r2 = { ...r, ip: "10.0.0.3" };
    await f.applyRemote([
      { op: "create", entry: r },
      { op: "create", entry: r },
      { op: "create", entry: r2 },
      { op: "delete", entry: r },
    ]);
    await f.applyRemote([{ op: "delete", entry: r }]);
    expect(lines).toEqual([
      "create remote 7/10.0.0.2 -> 192.168.1.2\ncreate remote 7/10.0.0.3 -> 192.168.1.2\ndelete remote 7/10.0.0.2",
    ]);
  });

  it("saves the state after a batch of remote operations that changed something, without a log", async () => {
    const stateFile = join(dir, "state.json");
    const f = await LoggerFabric.open({ stateFile });
    await f.applyRemote([
      { op: "create", entry: r },
      { op: "create", entry: { ...r, ip: "10.0.0.3" } },
    ]);
    await f.close();
    const again = await LoggerFabric.open({ stateFile });
    expect((await again.listRemote()).map((e) => e.ip).sort()).toEqual(["10.0.0.2", "10.0.0.3"]);
  });

  it("starts empty when the state file does not exist yet, and refuses a corrupt one", async () => {
    const stateFile = join(dir, "state.json");
    const f = await LoggerFabric.open({ stateFile });
    expect(await f.listLocal()).toEqual([]);
    await writeFile(stateFile, "{not json");
    await expect(LoggerFabric.open({ stateFile })).rejects.toThrow();
  });

  it("writes the state file atomically: through a temporary file, renamed over the old one", async () => {
    const stateFile = join(dir, "state.json");
    const f = await LoggerFabric.open({ stateFile });
    // Many changes without awaiting each: the writes are serialized and the last one wins.
    const creates = Array.from({ length: 50 }, (_, i) =>
      f.createRemote({ ...r, ip: `10.0.1.${i + 1}`, hostIp: "192.168.1.3" }),
    );
    await Promise.all(creates);
    await f.close();
    // Only the final file remains; the temporary one was renamed away.
    expect(await readdir(dir)).toEqual(["state.json"]);
    const saved = JSON.parse(await readFile(stateFile, "utf8")) as unknown[];
    expect(saved).toHaveLength(50);
    const again = await LoggerFabric.open({ stateFile });
    expect(again.remoteCount()).toBe(50);
  });

  it("keeps the previous state when a crash leaves a half-written temporary file", async () => {
    const stateFile = join(dir, "state.json");
    const f = await LoggerFabric.open({ stateFile });
    await f.createLocal(l);
    await f.close();
    // A crash between writeFile and rename: the temporary file is garbage, the real one intact.
    await writeFile(`${stateFile}.tmp`, '[{"kind":"loc');
    const again = await LoggerFabric.open({ stateFile });
    expect(await again.listLocal()).toEqual([l]);
  });
});
