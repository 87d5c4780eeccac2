import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { manifestMatches } from "../../cli/client/apply.js";
import { describeFailure, resolveSettings } from "../../cli/client/connect.js";
import {
  formatAge,
  formatDescribe,
  formatObjects,
  formatTable,
  formatWatchEvent,
  parseKind,
  parseLabels,
  renderTable,
} from "../../cli/client/format.js";
import { changedSections, formatHistory, type HistoryEntry, historyRows } from "../../cli/client/history.js";
import { parseManifests } from "../../cli/client/manifest.js";
import { UsageError } from "../../cli/usage.js";
import { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";

const nowMs = Date.UTC(2025, 0, 1, 12, 0, 0);
const us = (ms: number) => ms * 1000;

const subnet: Subnet = {
  meta: {
    namespace: "default",
    name: "s1",
    uid: "u-1",
    createTimeUs: us(nowMs - 90_000),
    generation: 1,
    labels: { app: "web" },
    writeTimesUs: { spec: us(nowMs - 90_000), status: us(nowMs - 89_000) },
  },
  spec: { vni: 101, cidr: "10.1.0.0/24", exclude: ["10.1.0.1"], gateway: "" },
  status: { validated: false, errors: ["overlaps default/s0"] },
};

const attachment: NetworkAttachment = {
  meta: { namespace: "t1", name: "a1", uid: "u-2", createTimeUs: us(nowMs - 3 * 3600_000), labels: {} },
  spec: { node: "n1", subnet: "s1", ip: "", postCreateExec: ["/bin/echo", "up"], postDeleteExec: [] },
  status: {
    ip: "10.1.0.5",
    vni: 101,
    mac: "aa:bb:cc:dd:ee:ff",
    ifName: "jn101-5",
    hostIp: "192.168.0.2",
    hostErrors: [],
    ipamErrors: [],
    postCreateReport: {
      command: ["/bin/echo", "up"],
      exitStatus: 0,
      startTimeUs: us(nowMs - 1000),
      stopTimeUs: us(nowMs - 998),
      stdout: "up\n",
      stderr: "",
    },
  },
};

describe("formatAge", () => {
  it("uses seconds, minutes, hours and days like kubectl", () => {
    expect(formatAge(us(nowMs - 45_000), nowMs)).toBe("45s");
    expect(formatAge(us(nowMs - 119_000), nowMs)).toBe("119s");
    expect(formatAge(us(nowMs - 12 * 60_000), nowMs)).toBe("12m");
    expect(formatAge(us(nowMs - 5 * 3600_000), nowMs)).toBe("5h");
    expect(formatAge(us(nowMs - 3 * 86400_000), nowMs)).toBe("3d");
    expect(formatAge(0, nowMs)).toBe("<unknown>");
    expect(formatAge(us(nowMs + 5000), nowMs)).toBe("0s");
  });
});

describe("tables", () => {
  it("pads columns to the widest cell with no trailing blanks", () => {
    expect(renderTable(["A", "LONG"], [["xyz", "1"]])).toBe("A     LONG\nxyz   1\n");
  });

  it("renders subnets, with NAMESPACE for -A and ERRORS/UID when wide", () => {
    const items = [{ key: "default.s1", value: subnet, revision: 7 }];
    expect(formatTable(Kind.Subnets, items, { nowMs })).toBe(
      "NAME   VNI   CIDR          VALIDATED   AGE\ns1     101   10.1.0.0/24   false       90s\n",
    );
    const wide = formatTable(Kind.Subnets, items, { nowMs, wide: true, namespaces: true }).split("\n");
    expect(wide[0]?.split(/\s+/)).toEqual([
      "NAMESPACE",
      "NAME",
      "VNI",
      "CIDR",
      "VALIDATED",
      "AGE",
      "ERRORS",
      "UID",
    ]);
    expect(wide[1]).toMatch(
      /^default\s+s1\s+101\s+10\.1\.0\.0\/24\s+false\s+90s\s+overlaps default\/s0\s+u-1$/,
    );
  });

  it("renders attachments with READY and <none> for empty cells", () => {
    const pending: NetworkAttachment = { ...attachment, status: { ip: "" } };
    const out = formatTable(
      Kind.Attachments,
      [
        { key: "t1.a1", value: attachment, revision: 3 },
        { key: "t1.a2", value: { ...pending, meta: { ...pending.meta, name: "a2" } }, revision: 4 },
      ],
      { nowMs },
    ).split("\n");
    expect(out[0]?.split(/\s+/)).toEqual([
      "NAME",
      "NODE",
      "SUBNET",
      "IP",
      "MAC",
      "IFNAME",
      "HOST-IP",
      "READY",
      "AGE",
    ]);
    expect(out[1]?.split(/\s+/)).toEqual([
      "a1",
      "n1",
      "s1",
      "10.1.0.5",
      "aa:bb:cc:dd:ee:ff",
      "jn101-5",
      "192.168.0.2",
      "true",
      "3h",
    ]);
    expect(out[2]?.split(/\s+/)).toEqual([
      "a2",
      "n1",
      "s1",
      "<none>",
      "<none>",
      "<none>",
      "<none>",
      "false",
      "3h",
    ]);
  });
});

describe("yaml and json", () => {
  it("prints one object with its kind and revision, in .proto field order", () => {
    const json = JSON.parse(
      formatObjects(Kind.Subnets, [{ key: "default.s1", value: subnet, revision: 7 }], "json", {
        single: true,
      }),
    );
    expect(json).toMatchObject({ kind: "Subnet", revision: 7, spec: { vni: 101, cidr: "10.1.0.0/24" } });
    expect(Object.keys(json.meta).slice(0, 3)).toEqual(["namespace", "name", "uid"]);
    const yaml = formatObjects(Kind.Subnets, [{ key: "default.s1", value: subnet, revision: 7 }], "yaml", {
      single: true,
    });
    expect(yaml.startsWith("kind: Subnet\nrevision: 7\nmeta:\n  namespace: default\n  name: s1\n")).toBe(
      true,
    );
  });

  it("prints a list with the revision it is consistent at, and its YAML applies back", () => {
    const yaml = formatObjects(Kind.Subnets, [{ key: "default.s1", value: subnet, revision: 7 }], "yaml", {
      single: false,
      revision: 9,
    });
    expect(parseYaml(yaml)).toMatchObject({ kind: "SubnetList", revision: 9, items: [{ revision: 7 }] });
    const [m] = parseManifests(yaml);
    expect(m).toMatchObject({ kind: Kind.Subnets, namespace: "default", name: "s1", labels: { app: "web" } });
    expect(manifestMatches(m!, subnet)).toBe(true);
  });

  it("streams watch events as JSON lines and as table rows", () => {
    const v = { key: "t1.a1", value: attachment, revision: 3 };
    const line = formatWatchEvent(Kind.Attachments, "MODIFIED", v, "json", { nowMs });
    expect(line.endsWith("\n") && !line.slice(0, -1).includes("\n")).toBe(true);
    expect(JSON.parse(line)).toMatchObject({
      type: "MODIFIED",
      object: { revision: 3, meta: { name: "a1" } },
    });
    expect(
      formatWatchEvent(Kind.Attachments, "DELETED", v, "table", { nowMs }).split(/\s+/).slice(0, 2),
    ).toEqual(["DELETED", "a1"]);
  });
});

describe("describe", () => {
  it("shows spec, status, write times per section with their writer, and the exec report", () => {
    const text = formatDescribe(Kind.Attachments, { key: "t1.a1", value: attachment, revision: 3 }, nowMs);
    expect(text).toContain("Kind:       NetworkAttachment\n");
    expect(text).toContain("Revision:   3\n");
    expect(text).toContain("  Node:             n1\n");
    expect(text).toContain("  Ready:              true\n");
    expect(text).toMatch(
      /Post-create exec report:\n {2}Command:\s+\["\/bin\/echo","up"\]\n {2}Exit status:\s+0\n/,
    );
    expect(text).toContain("  Stdout:\n    up\n");
    expect(text).toContain("Write times:\n  <none>\n");
    const s = formatDescribe(Kind.Subnets, { key: "default.s1", value: subnet, revision: 7 }, nowMs);
    expect(s).toContain(`  spec:   ${new Date(nowMs - 90_000).toISOString()}  (by client)\n`);
    expect(s).toContain(`  status: ${new Date(nowMs - 89_000).toISOString()}  (by network)\n`);
    expect(s).toContain("  Errors:    overlaps default/s0\n");
  });
});

describe("kinds and labels", () => {
  it("accepts plural, singular and short kind names", () => {
    for (const k of ["subnets", "subnet", "sn", "Subnets"]) expect(parseKind(k)).toBe(Kind.Subnets);
    for (const k of ["attachments", "attachment", "na"]) expect(parseKind(k)).toBe(Kind.Attachments);
    expect(parseKind("pods")).toBeUndefined();
  });

  it("parses k=v lists, repeated or comma-separated", () => {
    expect(parseLabels(["a=1,b=2", "c="])).toEqual({ a: "1", b: "2", c: "" });
    expect(() => parseLabels("novalue")).toThrow(/not key=value/);
  });
});

describe("history", () => {
  const t = (s: number) => new Date(nowMs + s * 1000);
  const meta = (times: Record<string, number>, extra: object = {}) => ({
    uid: "u",
    createTimeUs: 1000,
    generation: 1,
    writeTimesUs: times,
    ...extra,
  });

  it("names the sections each revision changed and the service behind them", () => {
    const entries: HistoryEntry[] = [
      { revision: 10, time: t(0), operation: "PUT", meta: meta({ spec: 1000 }) },
      { revision: 11, time: t(1), operation: "PUT", meta: meta({ spec: 1000, "status.address": 2000 }) },
      {
        revision: 12,
        time: t(2),
        operation: "PUT",
        meta: meta({ spec: 1000, "status.address": 2000, "status.impl": 3000, "status.exec": 3000 }),
      },
      {
        revision: 13,
        time: t(3),
        operation: "PUT",
        meta: meta(
          { spec: 1000, "status.address": 2000, "status.impl": 3000, "status.exec": 3000 },
          { labels: { a: "b" } },
        ),
      },
      { revision: 14, time: t(4), operation: "DEL" },
    ];
    const rows = historyRows(entries);
    expect(rows.map((r) => [r.revision, r.change, r.sections.join(","), r.by.join(",")])).toEqual([
      [10, "CREATED", "spec", "client"],
      [11, "MODIFIED", "status.address", "ipam"],
      [12, "MODIFIED", "status.impl,status.exec", "agent"],
      [13, "MODIFIED", "labels", "client"],
      [14, "DELETED", "", "client"],
    ]);
    const text = formatHistory(rows).split("\n");
    expect(text[0]?.split(/\s+/)).toEqual(["REVISION", "TIME", "CHANGE", "SECTIONS", "BY"]);
    expect(text[5]?.split(/\s+/)).toEqual(["14", t(4).toISOString(), "DELETED", "-", "client"]);
  });

  it("without the previous revision, takes the newest stamps; a new uid starts over", () => {
    expect(changedSections(undefined, meta({ spec: 1000, status: 5000 }))).toEqual(["status"]);
    const rows = historyRows([
      { revision: 3, time: t(0), operation: "PUT", meta: meta({ spec: 1000, status: 1500 }) },
      {
        revision: 4,
        time: t(1),
        operation: "PUT",
        meta: meta({ spec: 9000 }, { uid: "v", createTimeUs: 9000 }),
      },
    ]);
    expect(rows.map((r) => [r.change, r.sections.join(","), r.by.join(",")])).toEqual([
      ["MODIFIED", "status", "network"],
      ["CREATED", "spec", "client"],
    ]);
  });
});

describe("manifests", () => {
  it("parses multi-document YAML with metadata or meta, snake_case exec fields and numeric labels", () => {
    const ms = parseManifests(
      [
        "kind: Subnet",
        "metadata: {name: s1, namespace: t1, labels: {tier: 1}}",
        "spec: {vni: 7, cidr: 10.0.0.0/24, exclude: [10.0.0.1]}",
        "---",
        "# a comment-only document is skipped",
        "---",
        "kind: NetworkAttachment",
        "meta: {name: a1}",
        "spec: {node: n1, subnet: s1, post_create_exec: [/bin/true]}",
      ].join("\n"),
    );
    expect(ms).toEqual([
      {
        kind: Kind.Subnets,
        namespace: "t1",
        name: "s1",
        labels: { tier: "1" },
        spec: { vni: 7, cidr: "10.0.0.0/24", exclude: ["10.0.0.1"] },
        origin: "input: document 1",
      },
      {
        kind: Kind.Attachments,
        namespace: undefined,
        name: "a1",
        labels: {},
        spec: { node: "n1", subnet: "s1", postCreateExec: ["/bin/true"] },
        origin: "input: document 3",
      },
    ]);
  });

  const rejects = (text: string, message: RegExp) => {
    let caught: unknown;
    try {
      parseManifests(text, "f.yaml");
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(JetnetError);
    expect((caught as JetnetError).code).toBe(ErrorCode.Invalid);
    expect((caught as JetnetError).message).toMatch(message);
  };

  it("rejects malformed documents, naming the document and field", () => {
    rejects(
      "kind: Subnet\nmetadata: {name: s1}\nspec: {vni: 1, cidr: [}",
      /^f\.yaml: document 1: not valid YAML/,
    );
    rejects(
      "kind: Pod\nmetadata: {name: p}\nspec: {}",
      /document 1: kind: must be Subnet or NetworkAttachment/,
    );
    rejects("kind: Subnet\nspec: {vni: 1}", /document 1: metadata: is required/);
    rejects("kind: Subnet\nmetadata: {}\nspec: {vni: 1}", /metadata\.name: is required/);
    rejects(
      "---\nkind: Subnet\nmetadata: {name: a}\nspec: {vni: 1}\n---\nkind: Subnet\nmetadata: {name: b}\nspec: {vni: x}",
      /document 2: spec\.vni: must be an integer/,
    );
    rejects("kind: Subnet\nmetadata: {name: a}\nspec: {cdir: 10.0.0.0/24}", /spec\.cdir: unknown field/);
    rejects(
      "kind: NetworkAttachment\nmetadata: {name: a}\nspec: {postCreateExec: /bin/true}",
      /must be a list of strings/,
    );
    rejects("- a\n- b", /expected a mapping/);
  });

  it("compares a manifest with the stored object after server defaults", () => {
    const [m] = parseManifests(
      "kind: Subnet\nmetadata: {name: s1, labels: {app: web}}\nspec: {vni: 101, cidr: 10.1.0.0/24, exclude: [10.1.0.1]}",
    );
    expect(manifestMatches(m!, subnet)).toBe(true);
    expect(manifestMatches({ ...m!, labels: {} }, subnet)).toBe(false);
    expect(manifestMatches({ ...m!, spec: { vni: 101, cidr: "10.1.0.0/24" } }, subnet)).toBe(false);
  });
});

describe("settings and failures", () => {
  it("takes flags over the config file over defaults, and resolves file paths next to the file", () => {
    const file = {
      file: { nats: { servers: ["nats://a:1", "nats://b:2"], creds: "u.creds" }, namespace: "team" },
      dir: "/etc/jetnet",
      origin: "config file /etc/jetnet/config.yaml",
    };
    expect(resolveSettings({}, file)).toMatchObject({
      nats: { servers: ["nats://a:1", "nats://b:2"], credsFile: "/etc/jetnet/u.creds" },
      namespace: "team",
      origin: "config file /etc/jetnet/config.yaml",
    });
    expect(resolveSettings({ nats: "nats://c:3", namespace: "x" }, file)).toMatchObject({
      nats: { servers: ["nats://c:3"] },
      namespace: "x",
      origin: "--nats or JETNET_NATS_URL",
    });
    expect(resolveSettings({}, undefined)).toMatchObject({
      nats: { servers: ["nats://127.0.0.1:4222"] },
      namespace: "default",
    });
    expect(() => resolveSettings({ nats: "http://x" }, undefined)).toThrow(UsageError);
  });

  it("maps errors to one line and an exit status", () => {
    expect(describeFailure(new JetnetError(ErrorCode.NotFound, "subnet default/x not found"))).toEqual({
      lines: ["error: NOT_FOUND: subnet default/x not found"],
      exit: 1,
    });
    expect(describeFailure(new JetnetError(ErrorCode.Invalid, "bad", "spec.cidr")).lines).toEqual([
      "error: INVALID: bad (field spec.cidr)",
    ]);
    const down = describeFailure(new JetnetError(ErrorCode.Unavailable, "cannot connect"));
    expect(down.exit).toBe(3);
    expect(down.lines[1]).toMatch(/--nats.*jetnet up/);
    expect(describeFailure(new UsageError("nope"))).toEqual({ lines: ["error: nope"], exit: 2 });
  });
});
