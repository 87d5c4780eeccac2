import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Cluster } from "ioredis";
import { unavailable } from "../../errors.js";
import type { RedisClient } from "../../service/index.js";
import { internal } from "./checks.js";

/** A Lua script with its SHA1, the name EVALSHA calls it by. */
export class LuaScript {
  readonly source: string;
  readonly sha: string;
  constructor(readonly name: string) {
    this.source = readFileSync(new URL(`../lua/${name}.lua`, import.meta.url), "utf8");
    this.sha = createHash("sha1").update(this.source).digest("hex");
  }
}

export const scripts = {
  allocate: new LuaScript("allocate"),
  release: new LuaScript("release"),
  assert: new LuaScript("assert"),
  intact: new LuaScript("intact"),
} as const;

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith("NOSCRIPT");
}

function isRedirect(err: unknown): boolean {
  return err instanceof Error && /^(MOVED|ASK) /.test(err.message);
}

export function refreshSlots(cluster: Cluster): Promise<void> {
  return new Promise((resolve) => cluster.refreshSlotsCache(() => resolve()));
}

/** Runs the scripts on the node that holds their keys (see run). */
export class ScriptRunner {
  constructor(
    private readonly redis: RedisClient,
    /** How long WAIT may take before the call fails (see LeaseStoreOptions). */
    private readonly waitTimeoutMs: number,
  ) {}

  /**
   * EVALSHA, or EVAL when the node does not know the script (first use, restart, failover,
   * another Cluster master): EVAL caches it there, so later calls go by SHA again. With
   * `replicas` > 0 the call is followed by WAIT on the same connection (a pipeline: in a Cluster
   * it goes to the node of the script's slot) and fails unless that many replicas acknowledged.
   */
  async run(script: LuaScript, keys: string[], args: (string | number)[], replicas = 0): Promise<unknown> {
    try {
      return await this.call(script, "sha", keys, args, replicas);
    } catch (err) {
      if (!isNoScript(err)) throw err;
      return await this.call(script, "source", keys, args, replicas);
    }
  }

  private async call(
    script: LuaScript,
    by: "sha" | "source",
    keys: string[],
    args: (string | number)[],
    replicas: number,
  ): Promise<unknown> {
    if (replicas === 0) {
      return by === "sha"
        ? await this.redis.evalsha(script.sha, keys.length, ...keys, ...args)
        : await this.redis.eval(script.source, keys.length, ...keys, ...args);
    }
    for (let attempt = 1; ; attempt++) {
      const p = this.redis.pipeline();
      if (by === "sha") p.evalsha(script.sha, keys.length, ...keys, ...args);
      else p.eval(script.source, keys.length, ...keys, ...args);
      p.wait(replicas, this.waitTimeoutMs);
      const res = (await p.exec()) ?? [];
      const [scriptErr, reply] = res[0] ?? [internal("empty pipeline reply"), undefined];
      // ioredis follows a redirect for a pipeline only when every command in it was redirected,
      // and WAIT, having no key, never is: after a failover the script's MOVED comes back here.
      // The script did not run; ioredis relearns the slots and the pipeline goes again.
      if (scriptErr && isRedirect(scriptErr) && this.redis instanceof Cluster && attempt < 4) {
        await refreshSlots(this.redis);
        continue;
      }
      if (scriptErr) throw scriptErr;
      return this.acknowledged(script, reply, res[1], replicas);
    }
  }

  private acknowledged(
    script: LuaScript,
    reply: unknown,
    wait: [Error | null, unknown] | undefined,
    replicas: number,
  ): unknown {
    const [waitErr, acked] = wait ?? [internal("no WAIT reply"), undefined];
    if (waitErr) throw waitErr;
    if (Number(acked) < replicas)
      throw unavailable(
        `${script.name}: ${Number(acked)} of ${replicas} Redis replicas acknowledged within ${this.waitTimeoutMs} ms`,
      );
    return reply;
  }
}
