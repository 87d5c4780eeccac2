import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import {
  checkAttachmentUpdate,
  checkSubnetUpdate,
  maxExcludes,
  maxLabels,
  validateAttachmentSpec,
  validateMeta,
  validateName,
  validateNamespace,
  validateNodeName,
  validateSubnetSpec,
} from "../../../lib/api/validate.js";
import type {
  AttachmentSpec,
  NetworkAttachment,
  ObjectMeta,
  Subnet,
  SubnetSpec,
} from "../../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { ListCache } from "../../../lib/listcache/cache.js";
import { maxVni } from "../../../lib/net/mac.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { IntentApi } from "../../../services/network/api.js";

const pb = jetnet.v1;

/** Runs fn and returns the JetnetError it throws; fails if it throws nothing or something else. */
function invalidFrom(fn: () => void): JetnetError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(JetnetError);
    const e = err as JetnetError;
    expect(e.code).toBe(ErrorCode.Invalid);
    return e;
  }
  throw new Error("expected an INVALID error, got none");
}

function expectInvalid(fn: () => void, field: string, ...messageParts: string[]): void {
  const err = invalidFrom(fn);
  expect(err.field).toBe(field);
  expect(err.message.startsWith(`${field}: `)).toBe(true);
  for (const part of messageParts) expect(err.message).toContain(part);
}

// The agent's argument placeholders, spelled so they are not mistaken for template literals.
const ipv4Var = "$" + "{ipv4}";
const macVar = "$" + "{mac}";

const name63 = "a".repeat(63);
const name64 = "a".repeat(64);

describe("validateName / validateNamespace", () => {
  it.each(["a", "0", "a-b", "a1", "1a", "web-01", "a--b", name63])("accepts %j", (name) => {
    expect(() => validateName(name)).not.toThrow();
    expect(() => validateNamespace(name)).not.toThrow();
  });

  it.each([
    ["", "required"],
    [null, "required"],
    [undefined, "required"],
    [name64, "64 characters long; at most 63"],
    ["A", "not valid"],
    ["-a", "not valid"],
    ["a-", "not valid"],
    ["a_b", "not valid"],
    ["a.b", "not valid"],
    ["a b", "not valid"],
    ["a*", "not valid"],
    ["a>", "not valid"],
    ["é", "not valid"],
  ])("rejects %j (%s)", (name, message) => {
    expectInvalid(() => validateName(name), "meta.name", message);
    expectInvalid(() => validateNamespace(name), "meta.namespace", message);
  });

  it("uses the given field", () => {
    expectInvalid(() => validateName("A", "spec.subnet"), "spec.subnet");
  });

  it("clips a huge name in the message", () => {
    const err = invalidFrom(() => validateName("x".repeat(10_000)));
    expect(err.message.length).toBeLessThan(200);
  });
});

describe("validateNodeName", () => {
  const label63 = "b".repeat(63);
  it.each([
    "w1",
    "worker-1",
    "worker-1.example.com",
    "1.2.3.4",
    `${label63}.${label63}.${label63}.${"c".repeat(61)}`, // 253 characters
  ])("accepts %j", (node) => {
    expect(() => validateNodeName(node)).not.toThrow();
  });

  it.each([
    ["", "required"],
    [null, "required"],
    ["Node_1", "not valid"],
    ["node_1", "not valid"],
    ["Worker", "not valid"],
    [".a", "not valid"],
    ["a.", "not valid"],
    ["a..b", "not valid"],
    ["-a.b", "not valid"],
    ["a-.b", "not valid"],
    ["a.*", "not valid"],
    ["a.>", "not valid"],
    ["a b", "not valid"],
    [`${"b".repeat(64)}.com`, "not valid"],
    [`${label63}.${label63}.${label63}.${"c".repeat(62)}`, "254 characters long; at most 253"],
  ])("rejects %j (%s)", (node, message) => {
    expectInvalid(() => validateNodeName(node), "spec.node", message);
  });
});

describe("validateMeta", () => {
  const meta = (m: Partial<ObjectMeta>): ObjectMeta => ({ namespace: "", name: "s1", labels: {}, ...m });

  it.each<[string, ObjectMeta]>([
    ["empty namespace", meta({})],
    ["matching namespace", meta({ namespace: "ns1" })],
    ["no labels field", { name: "s1" }],
    ["good labels", meta({ labels: { app: "web", "team.x_y-z": "Blue_1.2-3", k: "" } })],
    ["63-char label key and value", meta({ labels: { [name63]: "V".repeat(63) } })],
    [
      "64 labels",
      meta({ labels: Object.fromEntries(Array.from({ length: maxLabels }, (_, i) => [`k${i}`, "v"])) }),
    ],
    ["server fields are ignored", meta({ uid: "not checked", generation: 9, createTimeUs: 1 })],
  ])("accepts %s", (_, m) => {
    expect(() => validateMeta(m, "ns1")).not.toThrow();
  });

  it.each<[string, ObjectMeta | null | undefined, string, string]>([
    ["missing meta", null, "meta", "required"],
    ["undefined meta", undefined, "meta", "required"],
    [
      "other namespace",
      meta({ namespace: "ns2" }),
      "meta.namespace",
      '"ns2" differs from the request\'s namespace "ns1"',
    ],
    ["missing name", meta({ name: "" }), "meta.name", "required"],
    ["bad name", meta({ name: "S1" }), "meta.name", '"S1"'],
    [
      "65 labels",
      meta({ labels: Object.fromEntries(Array.from({ length: maxLabels + 1 }, (_, i) => [`k${i}`, "v"])) }),
      "meta.labels",
      "65 labels; at most 64",
    ],
    ["uppercase key", meta({ labels: { App: "x" } }), "meta.labels", 'key "App"'],
    ["empty key", meta({ labels: { "": "x" } }), "meta.labels", 'key ""'],
    ["key ends with dot", meta({ labels: { "a.": "x" } }), "meta.labels", 'key "a."'],
    ["key with slash", meta({ labels: { "a/b": "x" } }), "meta.labels", 'key "a/b"'],
    ["64-char key", meta({ labels: { [name64]: "x" } }), "meta.labels", "key"],
    ["value with space", meta({ labels: { k: "a b" } }), "meta.labels", 'value "a b" of key "k"'],
    ["value with slash", meta({ labels: { k: "a/b" } }), "meta.labels", 'value "a/b"'],
    ["64-char value", meta({ labels: { k: "v".repeat(64) } }), "meta.labels", "value"],
  ])("rejects %s", (_, m, field, message) => {
    expectInvalid(() => validateMeta(m, "ns1"), field, message);
  });

  it("rejects an invalid subject namespace", () => {
    expectInvalid(() => validateMeta(meta({}), "NS"), "meta.namespace", '"NS"');
  });
});

describe("validateSubnetSpec", () => {
  const spec = (s: Partial<SubnetSpec>): SubnetSpec => ({
    vni: 1,
    cidr: "10.0.0.0/24",
    exclude: [],
    gateway: "",
    ...s,
  });

  it.each<[string, Partial<SubnetSpec>]>([
    ["the defaults", {}],
    ["vni 1", { vni: 1 }],
    ["vni 2^21-1", { vni: maxVni }],
    ["10.0.0.0/8", { cidr: "10.0.0.0/8" }],
    ["172.16.0.0/12", { cidr: "172.16.0.0/12" }],
    ["192.168.0.0/16", { cidr: "192.168.0.0/16" }],
    ["172.31.255.0/24", { cidr: "172.31.255.0/24" }],
    ["a /32 inside 10/8", { cidr: "10.9.8.7/32" }],
    ["a /32 at the top of 192.168/16", { cidr: "192.168.255.255/32" }],
    ["no exclude field", { exclude: null }],
    ["address, range and CIDR excludes", { exclude: ["10.0.0.1", "10.0.0.10-10.0.0.20", "10.0.0.128/25"] }],
    ["excludes touching both ends", { exclude: ["10.0.0.0", "10.0.0.255"] }],
    ["256 excludes", { exclude: Array.from({ length: maxExcludes }, () => "10.0.0.1") }],
    ["gateway", { gateway: "10.0.0.1" }],
    ["gateway at the last host", { gateway: "10.0.0.254" }],
    ["gateway on a /31", { cidr: "10.0.0.0/31", gateway: "10.0.0.0" }],
    ["gateway on a /32", { cidr: "10.0.0.7/32", gateway: "10.0.0.7" }],
  ])("accepts %s", (_, s) => {
    expect(() => validateSubnetSpec(spec(s))).not.toThrow();
  });

  it.each<[string, Partial<SubnetSpec>, string, string]>([
    ["vni 0", { vni: 0 }, "spec.vni", "0 is out of range; must be in [1, 2097151]"],
    ["vni 2^21", { vni: 2 ** 21 }, "spec.vni", "2097152 is out of range"],
    ["vni missing", { vni: null }, "spec.vni", "out of range"],
    ["vni fractional", { vni: 1.5 }, "spec.vni", "out of range"],
    ["vni negative", { vni: -1 }, "spec.vni", "out of range"],
    ["cidr missing", { cidr: "" }, "spec.cidr", "required"],
    ["cidr null", { cidr: null }, "spec.cidr", "required"],
    ["0.0.0.0/0", { cidr: "0.0.0.0/0" }, "spec.cidr", "RFC 1918"],
    ["172.15.255.0/24", { cidr: "172.15.255.0/24" }, "spec.cidr", "RFC 1918"],
    ["172.32.0.0/24", { cidr: "172.32.0.0/24" }, "spec.cidr", "RFC 1918"],
    [
      "192.168.0.0/15 (exceeds 192.168/16)",
      { cidr: "192.168.0.0/15" },
      "spec.cidr",
      '"192.168.0.0/15" is not a private range',
    ],
    ["192.168.0.0/8", { cidr: "192.0.0.0/8" }, "spec.cidr", "RFC 1918"],
    ["10.0.0.0/7", { cidr: "10.0.0.0/7" }, "spec.cidr", "RFC 1918"],
    [
      "host bits on a private range",
      { cidr: "192.168.1.0/15" },
      "spec.cidr",
      'did you mean "192.168.0.0/15"?',
    ],
    ["8.0.0.0/6", { cidr: "8.0.0.0/6" }, "spec.cidr", "RFC 1918"],
    ["public /32", { cidr: "8.8.8.8/32" }, "spec.cidr", "RFC 1918"],
    ["IPv6", { cidr: "fd00::/8" }, "spec.cidr", "only IPv4"],
    ["prefix 33", { cidr: "10.0.0.0/33" }, "spec.cidr", "invalid prefix"],
    ["no prefix", { cidr: "10.0.0.0" }, "spec.cidr", "expected a.b.c.d/prefix"],
    ["host bits", { cidr: "10.0.0.5/24" }, "spec.cidr", 'did you mean "10.0.0.0/24"?'],
    ["leading zero", { cidr: "10.0.0.010/32" }, "spec.cidr", "invalid address"],
    [
      "257 excludes",
      { exclude: Array.from({ length: maxExcludes + 1 }, () => "10.0.0.1") },
      "spec.exclude",
      "257 entries; at most 256",
    ],
    [
      "exclude outside",
      { exclude: ["10.0.0.1", "10.0.0.2", "10.0.1.1"] },
      "spec.exclude[2]",
      "not inside the subnet's CIDR 10.0.0.0/24",
    ],
    ["exclude range leaving the CIDR", { exclude: ["10.0.0.250-10.0.1.2"] }, "spec.exclude[0]", "not inside"],
    ["exclude CIDR larger than the subnet", { exclude: ["10.0.0.0/23"] }, "spec.exclude[0]", "not inside"],
    [
      "exclude range reversed",
      { exclude: ["10.0.0.1", "10.0.0.20-10.0.0.10"] },
      "spec.exclude[1]",
      "reversed range",
    ],
    ["exclude garbage", { exclude: ["x", "y", "z", "10.0.0.1x"] }, "spec.exclude[0]", "not an IPv4 address"],
    ["exclude fourth", { exclude: ["10.0.0.1", "10.0.0.2", "10.0.0.3", "bad"] }, "spec.exclude[3]", '"bad"'],
    ["exclude with host bits", { exclude: ["10.0.0.1/30"] }, "spec.exclude[0]", "host bits set"],
    ["exclude empty", { exclude: [""] }, "spec.exclude[0]", "not an IPv4 address"],
    ["gateway not an address", { gateway: "gw" }, "spec.gateway", '"gw" is not an IPv4 address'],
    ["gateway outside", { gateway: "10.0.1.1" }, "spec.gateway", "not inside 10.0.0.0/24"],
    ["gateway network address", { gateway: "10.0.0.0" }, "spec.gateway", "network or broadcast"],
    ["gateway broadcast address", { gateway: "10.0.0.255" }, "spec.gateway", "network or broadcast"],
    ["gateway CIDR", { gateway: "10.0.0.1/32" }, "spec.gateway", "not an IPv4 address"],
  ])("rejects %s", (_, s, field, message) => {
    expectInvalid(() => validateSubnetSpec(spec(s)), field, message);
  });

  it("rejects a missing spec", () => {
    expectInvalid(() => validateSubnetSpec(null), "spec", "required");
  });
});

describe("validateAttachmentSpec", () => {
  const spec = (s: Partial<AttachmentSpec>): AttachmentSpec => ({
    node: "worker-1",
    subnet: "s1",
    ip: "",
    postCreateExec: [],
    postDeleteExec: [],
    ...s,
  });
  const args = (n: number) => ["/bin/true", ...Array.from({ length: n - 1 }, (_, i) => `arg${i}`)];

  it.each<[string, Partial<AttachmentSpec>]>([
    ["the defaults", {}],
    ["a subdomain node", { node: "worker-1.example.com" }],
    ["a static ip", { ip: "10.0.0.5" }],
    ["absent lists", { postCreateExec: null, postDeleteExec: undefined }],
    ["an exec", { postCreateExec: ["/bin/ping", "-c1", ipv4Var], postDeleteExec: ["/bin/true"] }],
    ["64 args", { postCreateExec: args(64), postDeleteExec: args(64) }],
    ["a 4096-byte arg", { postCreateExec: ["/bin/echo", "x".repeat(4096)] }],
    ["a 4096-byte UTF-8 arg", { postCreateExec: ["/bin/echo", "é".repeat(2048)] }],
    ["an empty later arg", { postCreateExec: ["/bin/echo", ""] }],
  ])("accepts %s", (_, s) => {
    expect(() => validateAttachmentSpec(spec(s))).not.toThrow();
  });

  it.each<[string, Partial<AttachmentSpec>, string, string]>([
    ["no node", { node: "" }, "spec.node", "required"],
    ["bad node", { node: "Node_1" }, "spec.node", '"Node_1"'],
    ["no subnet", { subnet: "" }, "spec.subnet", "required"],
    ["bad subnet", { subnet: "Sub.1" }, "spec.subnet", '"Sub.1"'],
    ["long subnet", { subnet: name64 }, "spec.subnet", "at most 63"],
    ["bad ip", { ip: "10.0.0" }, "spec.ip", '"10.0.0" is not an IPv4 address'],
    ["ip with prefix", { ip: "10.0.0.1/24" }, "spec.ip", "not an IPv4 address"],
    ["IPv6 ip", { ip: "fd00::1" }, "spec.ip", "not an IPv4 address"],
    ["65 create args", { postCreateExec: args(65) }, "spec.post_create_exec", "65 arguments; at most 64"],
    ["65 delete args", { postDeleteExec: args(65) }, "spec.post_delete_exec", "65 arguments; at most 64"],
    [
      "4097-byte arg",
      { postCreateExec: ["/bin/echo", "a", "b", "x".repeat(4097)] },
      "spec.post_create_exec[3]",
      "4097 bytes long (UTF-8); at most 4096",
    ],
    [
      "4097-byte UTF-8 arg",
      { postDeleteExec: ["/bin/echo", `x${"é".repeat(2048)}`] },
      "spec.post_delete_exec[1]",
      "4097 bytes",
    ],
    ["4097-byte program", { postCreateExec: ["x".repeat(4097)] }, "spec.post_create_exec[0]", "4097 bytes"],
    ["empty program", { postCreateExec: ["", "arg"] }, "spec.post_create_exec[0]", "program"],
    ["empty delete program", { postDeleteExec: [""] }, "spec.post_delete_exec[0]", "program"],
    ["NUL in arg", { postCreateExec: ["/bin/echo", "a\0b"] }, "spec.post_create_exec[1]", "NUL"],
  ])("rejects %s", (_, s, field, message) => {
    expectInvalid(() => validateAttachmentSpec(spec(s)), field, message);
  });

  it("rejects a missing spec", () => {
    expectInvalid(() => validateAttachmentSpec(undefined), "spec", "required");
  });
});

describe("checkSubnetUpdate", () => {
  const subnet = (s: Partial<SubnetSpec>, labels: Record<string, string> = {}): Subnet => ({
    meta: { namespace: "ns1", name: "s1", labels },
    spec: { vni: 7, cidr: "10.0.0.0/24", exclude: ["10.0.0.1"], gateway: "10.0.0.1", ...s },
    status: { validated: true, errors: [] },
  });

  it.each<[string, Subnet]>([
    ["nothing", subnet({})],
    ["exclude", subnet({ exclude: ["10.0.0.2-10.0.0.9"] })],
    ["gateway", subnet({ gateway: "" })],
    ["labels", subnet({}, { a: "b" })],
    ["status", { ...subnet({}), status: { validated: false, errors: ["x"] } }],
  ])("allows a change of %s", (_, next) => {
    expect(() => checkSubnetUpdate(subnet({}), next)).not.toThrow();
  });

  it.each<[string, Partial<SubnetSpec>, string, string]>([
    ["vni", { vni: 8 }, "spec.vni", "is immutable: it is 7 and cannot become 8"],
    [
      "cidr",
      { cidr: "10.0.1.0/24" },
      "spec.cidr",
      'is immutable: it is "10.0.0.0/24" and cannot become "10.0.1.0/24"',
    ],
    ["cidr cleared", { cidr: "" }, "spec.cidr", "is immutable"],
  ])("rejects a change of %s", (_, s, field, message) => {
    expectInvalid(() => checkSubnetUpdate(subnet({}), subnet(s)), field, message);
  });

  it("rejects a change of vni when spec is absent in the update", () => {
    expectInvalid(() => checkSubnetUpdate(subnet({}), { meta: { name: "s1" } }), "spec.vni", "is immutable");
  });
});

describe("checkAttachmentUpdate", () => {
  const attachment = (
    s: Partial<AttachmentSpec>,
    labels: Record<string, string> = {},
  ): NetworkAttachment => ({
    meta: { namespace: "ns1", name: "a1", labels },
    spec: {
      node: "w1",
      subnet: "s1",
      ip: "10.0.0.5",
      postCreateExec: ["/bin/ping", ipv4Var],
      postDeleteExec: ["/bin/true"],
      ...s,
    },
  });

  it.each<[string, NetworkAttachment]>([
    ["nothing", attachment({})],
    ["post_delete_exec", attachment({ postDeleteExec: ["/bin/false", "x"] })],
    ["post_delete_exec cleared", attachment({ postDeleteExec: [] })],
    ["labels", attachment({}, { team: "x" })],
    ["status", { ...attachment({}), status: { ip: "10.0.0.5", vni: 7 } }],
    ["an equal post_create_exec in a new array", attachment({ postCreateExec: ["/bin/ping", ipv4Var] })],
  ])("allows a change of %s", (_, next) => {
    expect(() => checkAttachmentUpdate(attachment({}), next)).not.toThrow();
  });

  it.each<[string, Partial<AttachmentSpec>, string, string]>([
    ["node", { node: "w2" }, "spec.node", 'it is "w1" and cannot become "w2"'],
    ["subnet", { subnet: "s2" }, "spec.subnet", "is immutable"],
    ["ip", { ip: "10.0.0.6" }, "spec.ip", "is immutable"],
    ["ip cleared", { ip: "" }, "spec.ip", "is immutable"],
    [
      "post_create_exec arg",
      { postCreateExec: ["/bin/ping", macVar] },
      "spec.post_create_exec",
      "is immutable",
    ],
    [
      "post_create_exec extended",
      { postCreateExec: ["/bin/ping", ipv4Var, "x"] },
      "spec.post_create_exec",
      "is immutable",
    ],
    [
      "post_create_exec cleared",
      { postCreateExec: [] },
      "spec.post_create_exec",
      'it is ["/bin/ping","$' + '{ipv4}"] and cannot become []',
    ],
  ])("rejects a change of %s", (_, s, field, message) => {
    expectInvalid(() => checkAttachmentUpdate(attachment({}), attachment(s)), field, message);
  });

  it("treats an absent post_create_exec like an empty one", () => {
    const old = attachment({ postCreateExec: [] });
    expect(() => checkAttachmentUpdate(old, attachment({ postCreateExec: null }))).not.toThrow();
  });
});

/** Lists that are never asked for: these requests fail before a list is served. */
function noLists() {
  const source = () => {
    const cache = new ListCache<Uint8Array>({ windowMs: 1000, maxVersions: 10 });
    cache.sync(0);
    return { cache, latestRevision: async () => 0, labelsOf: () => ({}) };
  };
  return { lists: { subnets: source(), attachments: source() }, maxReplyBytes: () => 1 << 20 };
}

describe("malformed requests name the field at fault", () => {
  const api = new IntentApi({
    subnets: new MemoryStore<Subnet>("s"),
    attachments: new MemoryStore<NetworkAttachment>("a"),
    registry: new Registry(),
    ...noLists(),
  });
  const call = async (subject: string, body: Uint8Array) => {
    const r = await api.handle(`jetnet.api.v1.t.${subject}`, body);
    return pb.DeleteReply.decode(r.reply).error;
  };
  /** `body` with the first byte of `marker` replaced by 0xff, which UTF-8 never has. */
  const badUtf8 = (body: Uint8Array, marker: string) => {
    const out = Buffer.from(body);
    const at = out.indexOf(Buffer.from(marker));
    expect(at).toBeGreaterThanOrEqual(0);
    out[at] = 0xff;
    return out;
  };
  const subnet = (over: Partial<SubnetSpec>, name = "web") =>
    pb.CreateSubnetRequest.encode({
      subnet: { meta: { name, labels: { tier: "web" } }, spec: { vni: 5, cidr: "10.0.0.0/24", ...over } },
    }).finish();
  const attachment = (over: Partial<AttachmentSpec>) =>
    pb.CreateAttachmentRequest.encode({
      attachment: { meta: { name: "a1" }, spec: { node: "worker-1", subnet: "web", ...over } },
    }).finish();

  it.each([
    ["subnets.get", pb.GetRequest.encode({ name: "zzname" }).finish(), "zzname", "name"],
    ["attachments.delete", pb.DeleteRequest.encode({ name: "zzname" }).finish(), "zzname", "name"],
    [
      "subnets.list",
      pb.ListRequest.encode({ labelSelector: { zzkey: "v" } }).finish(),
      "zzkey",
      "label_selector",
    ],
    ["subnets.create", subnet({}, "zzname"), "zzname", "meta.name"],
    ["subnets.create", subnet({ cidr: "zzcidr" }), "zzcidr", "spec.cidr"],
    ["subnets.create", subnet({ exclude: ["10.0.0.5", "zzex"] }), "zzex", "spec.exclude[1]"],
    ["subnets.create", subnet({ gateway: "zzgw" }), "zzgw", "spec.gateway"],
    ["attachments.create", attachment({ node: "zznode" }), "zznode", "spec.node"],
    [
      "attachments.create",
      attachment({ postCreateExec: ["/bin/x", "zzarg"] }),
      "zzarg",
      "spec.post_create_exec[1]",
    ],
  ])("%s with invalid UTF-8 at %s names %s", async (subject, body, marker, field) => {
    const e = await call(subject, badUtf8(body, marker as string));
    expect([e?.code, e?.field]).toEqual([ErrorCode.Invalid, field]);
    expect(e?.message).toMatch(/utf-8/);
  });

  it("every truncation of a valid request is INVALID with a field named", async () => {
    const bodies: [string, Uint8Array][] = [
      ["subnets.create", subnet({ exclude: ["10.0.0.5"], gateway: "10.0.0.9" })],
      ["attachments.create", attachment({ ip: "10.0.0.7", postCreateExec: ["/bin/echo", "up"] })],
      [
        "subnets.update",
        pb.UpdateSubnetRequest.encode({ subnet: { meta: { name: "web" } }, expectedRevision: 300 }).finish(),
      ],
      ["subnets.get", pb.GetRequest.encode({ name: "web" }).finish()],
      ["subnets.list", pb.ListRequest.encode({ labelSelector: { tier: "web" } }).finish()],
    ];
    const unnamed: string[] = [];
    for (const [subject, body] of bodies) {
      for (let n = 0; n < body.length; n++) {
        const e = await call(subject, body.subarray(0, n));
        if (e?.code === ErrorCode.Invalid && !e.field) unnamed.push(`${subject} cut at ${n}: ${e.message}`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it("names the body when no field is at fault, and a field sent with the wrong wire type", async () => {
    // Field number 0 is never valid: the framing itself is broken.
    expect((await call("subnets.get", Uint8Array.of(0x00, 0x01)))?.field).toBe("body");
    // name (field 1) as a varint: the decoder skips it as it would an unknown field; name is missing.
    expect((await call("subnets.get", Uint8Array.of(0x08, 0x01)))?.field).toBe("name");
    // The object's own length runs past the end.
    expect((await call("subnets.create", Uint8Array.of(0x0a, 0x09, 0x0a)))?.field).toBe("body");
  });
});
