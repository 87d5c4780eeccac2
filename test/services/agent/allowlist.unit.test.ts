// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { accessSync, constants } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pingAllowList, pingExecs, pingPlan } from "../../../cli/bench/ping.js";
import { guestNetns, isGuestNetnsPrefix, ShippedHook, shippedHookEntry } from "../../../lib/api/hooks.js";
import {
  AllowListError,
  emptyAllowList,
  parseAllowList,
  refusal,
} from "../../../services/agent/allowlist.js";

const up = "/app/hooks/jetnet-guest-up";
const down = "/app/hooks/jetnet-guest-down";
const test = "/app/hooks/jetnet-guest-test";
/** The shipped hooks, allowed as the Kubernetes manifest and the README allow them. */
const shipped = parseAllowList(
  [ShippedHook.GuestUp, ShippedHook.GuestDown, ShippedHook.GuestTest]
    .map((h) => shippedHookEntry("/app/hooks/", h))
    .join(","),
);

describe("parseAllowList", () => {
  it("allows nothing when empty", () => {
    for (const list of ["", " ", ",", " , ,"]) expect(parseAllowList(list).size).toBe(0);
    expect(refusal(["/bin/true"], emptyAllowList)).toMatch(/"\/bin\/true" is not in/);
  });

  it("takes programs with argument patterns, comma-separated, and several forms of one program", () => {
    const list = parseAllowList(" /bin/echo ${ifname}  ,/bin/true,/bin/echo a ${ipv4}/<prefix> ");
    expect([...list.keys()].sort()).toEqual(["/bin/echo", "/bin/true"]);
    expect(list.get("/bin/echo")?.map((f) => f.text)).toEqual(["${ifname}", "a ${ipv4}/<prefix>"]);
    expect(refusal(["/bin/echo", "${ifname}"], list)).toBeUndefined();
    expect(refusal(["/bin/echo", "a", "${ipv4}/24"], list)).toBeUndefined();
    expect(refusal(["/bin/true"], list)).toBeUndefined();
  });

  it.each([
    ["a relative program", "echo ${ifname}", /absolute path/],
    ["a program with ..", "/bin/../bin/echo", /absolute path/],
    ["a program with .", "/bin/./echo", /absolute path/],
    ["a program with shell syntax", "/bin/echo;x", /absolute path/],
    ["an unknown variable", "/bin/echo ${HOME}", /unknown variable \$\{HOME\}/],
    ["an unterminated variable", "/bin/echo ${ifname", /unknown variable \$\{ifname /],
    ["an unknown hole", "/bin/echo <any>", /unknown pattern <any>/],
    ["a quote", "/bin/echo 'a'", /not allowed literal text/],
    ["a glob", "/bin/echo *", /not allowed literal text/],
    ["a dollar", "/bin/echo $x", /not allowed literal text/],
    ["a repeat before the end", "/bin/echo <ipv4>... a", /only the last pattern/],
    ["a bare repeat", "/bin/echo ...", /empty argument pattern/],
  ])("refuses %s", (_what, list, message) => {
    expect(() => parseAllowList(list)).toThrow(AllowListError);
    expect(() => parseAllowList(list)).toThrow(message);
  });
});

describe("refusal", () => {
  it("matches argv[0] exactly: no basename, prefix or path tricks", () => {
    const allowed = parseAllowList("/bin/echo hi");
    expect(refusal(["/bin/echo", "hi"], allowed)).toBeUndefined();
    expect(refusal(["echo", "hi"], allowed)).toContain('"echo"');
    for (const program of ["/bin/echo2", "/bin/../bin/echo", "/bin/echo ", "/bin//echo"])
      expect(refusal([program, "hi"], allowed)).toMatch(/is not in the agent's --allowed-programs/);
    // Only argv[0] counts: an allowed name later in the command does not help.
    expect(refusal(["/bin/sh", "/bin/echo"], allowed)).toContain('"/bin/sh"');
    expect(refusal([], allowed)).toBe("empty command");
    expect(refusal([""], allowed)).toBe("empty command");
  });

  it("gives a program listed alone no arguments", () => {
    const allowed = parseAllowList("/bin/true");
    expect(refusal(["/bin/true"], allowed)).toBeUndefined();
    expect(refusal(["/bin/true", "x"], allowed)).toBe("/bin/true: takes no arguments (got 1)");
  });

  it("admits the shipped hooks with the attachment's own variables", () => {
    expect(refusal([up, "${ifname}", "${netns}", "${ipv4}/24"], shipped)).toBeUndefined();
    expect(refusal([up, "${ifname}", "${netns}", "${ipv4}/0"], shipped)).toBeUndefined();
    expect(refusal([up, "${ifname}", "${netns}", "${ipv4}/32"], shipped)).toBeUndefined();
    expect(refusal([down, "${netns}"], shipped)).toBeUndefined();
    expect(refusal([test, "${ifname}", "${netns}", "${ipv4}/16"], shipped)).toBeUndefined();
    expect(refusal([test, "${ifname}", "${netns}", "${ipv4}/16", "10.1.2.3", "192.168.0.1"], shipped)).toBe(
      undefined,
    );
  });

  it("refuses another interface, the node's uplink, another namespace and shell syntax, naming the argument", () => {
    const cases: [string[], RegExp][] = [
      [[up, "eth0", "${netns}", "${ipv4}/24"], /argument 1 "eth0" is not \$\{ifname\}/],
      [[up, "kos0a002a010203", "${netns}", "${ipv4}/24"], /argument 1 "kos0a002a010203" is not \$\{ifname\}/],
      [[up, "${mac}", "${netns}", "${ipv4}/24"], /argument 1 "\$\{mac\}" is not \$\{ifname\}/],
      [
        [up, "${ifname}", "jetnet-other-tenant", "${ipv4}/24"],
        /argument 2 "jetnet-other-tenant" is not \$\{netns\}/,
      ],
      [[up, "${ifname}", "${netns}x", "${ipv4}/24"], /argument 2 "\$\{netns\}x" is not/],
      [[up, "${ifname}", "${netns}", "10.0.0.1/24"], /argument 3 "10.0.0.1\/24" is not \$\{ipv4\}\/<prefix>/],
      [[up, "${ifname}", "${netns}", "${ipv4}/33"], /argument 3/],
      [[up, "${ifname}", "${netns}", "${ipv4}/024"], /argument 3/],
      [[up, "${ifname}", "${netns}", "${ipv4}/24 "], /argument 3/],
      [[up, "${ifname};reboot", "${netns}", "${ipv4}/24"], /argument 1 "\$\{ifname\};reboot"/],
      [[up, "$(reboot)", "${netns}", "${ipv4}/24"], /argument 1 "\$\(reboot\)"/],
      [
        [up, "${ifname}", "${netns}"],
        /takes 3 arguments: \$\{ifname\} \$\{netns\} \$\{ipv4\}\/<prefix> \(got 2\)/,
      ],
      [[up, "${ifname}", "${netns}", "${ipv4}/24", "extra"], /takes 3 arguments.*\(got 4\)/],
      [
        [down, "jetnet-0b5e7c1e-4d2f-4c3a-9a41-2f1f3b0c9d11"],
        /argument 1 "jetnet-0b5e.*" is not \$\{netns\}/,
      ],
      [[down], /takes 1 argument: \$\{netns\} \(got 0\)/],
      [
        [test, "${ifname}", "${netns}", "${ipv4}/24", "10.0.0.1;touch /x"],
        /argument 4 "10.0.0.1;touch \/x" is not <ipv4>/,
      ],
      [[test, "${ifname}", "${netns}", "${ipv4}/24", "10.0.0.1\n"], /argument 4/],
      [[test, "${ifname}", "${netns}", "${ipv4}/24", "1.2.3.4", "010.0.0.1"], /argument 5 "010.0.0.1"/],
      [[test, "${ifname}", "${netns}", "${ipv4}/24", "256.0.0.1"], /argument 4/],
      [[test, "${ifname}", "${netns}", "${ipv4}/24", "10.0.0"], /argument 4/],
      [[test, "${ifname}", "${netns}"], /takes at least 3 arguments/],
    ];
    for (const [command, message] of cases) {
      const why = refusal(command, shipped);
      expect(why, JSON.stringify(command)).toMatch(message);
      expect(why?.startsWith(`${command[0]}: `)).toBe(true);
    }
  });

  it("says every form when a program has several", () => {
    const allowed = parseAllowList("/bin/echo ${ifname},/bin/echo ${ipv4}");
    expect(refusal(["/bin/echo", "x"], allowed)).toBe(
      "/bin/echo: the arguments fit none of its allowed forms (1 argument: ${ifname}; 1 argument: ${ipv4})",
    );
  });

  it("quotes a long argument cut short", () => {
    const why = refusal([down, "x".repeat(4096)], shipped) ?? "";
    expect(why).toContain(`"${"x".repeat(64)}…"`);
    expect(why.length).toBeLessThan(200);
  });
});

describe("the shipped hooks' entries", () => {
  it("name executable files in hooks/", () => {
    const dir = fileURLToPath(new URL("../../../hooks/", import.meta.url));
    for (const form of [...shipped.values()].flat()) {
      accessSync(`${dir}${form.program.slice("/app/hooks/".length)}`, constants.X_OK);
    }
  });

  it("admit what jetnet bench --ping writes into its attachments' specs", () => {
    const allowed = parseAllowList(pingAllowList("/opt/jetnet/hooks"));
    const plan = pingPlan("/opt/jetnet/hooks");
    for (const peer of ["10.1.0.7", undefined]) {
      const execs = pingExecs(plan, { cidr: "10.1.0.0/16" }, peer);
      expect(refusal(execs.postCreateExec, allowed)).toBeUndefined();
      expect(refusal(execs.postDeleteExec, allowed)).toBeUndefined();
    }
  });
});

describe("guestNetns", () => {
  it("is the prefix and the uid, refused when not a safe name", () => {
    const uid = "0b5e7c1e-4d2f-4c3a-9a41-2f1f3b0c9d11";
    expect(guestNetns("jetnet-", uid)).toBe(`jetnet-${uid}`);
    expect(guestNetns("", uid)).toBe(uid);
    expect(guestNetns("jetnet-", "")).toBeUndefined();
    expect(guestNetns("-x", uid)).toBeUndefined();
    expect(guestNetns(".", uid)).toBeUndefined();
    expect(guestNetns("a/", uid)).toBeUndefined();
    expect(guestNetns("a b", uid)).toBeUndefined();
    expect(guestNetns("jetnet-", "../x")).toBeUndefined();
  });

  it("takes a prefix only if every name made with it is safe", () => {
    for (const p of ["", "jetnet-", "g_", "a.b"]) expect(isGuestNetnsPrefix(p), p).toBe(true);
    for (const p of ["-g", ".g", "a/b", "a b", "a;b", "$(x)"]) expect(isGuestNetnsPrefix(p), p).toBe(false);
  });
});
