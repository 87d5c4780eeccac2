import { describe, expect, it } from "vitest";
import { Section } from "../../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../../lib/codec.js";
import type { jetnet } from "../../../proto/gen/jetnet.js";
import { applyReport } from "../../../services/network/status.js";

// How an agent's status report lands in an attachment's status, before the CAS write around it
// (status.int.test.ts sends real reports through the network service).

type Report = jetnet.v1.StatusReport.$Properties;

/** An attachment with an address and old (small) write stamps, so any new stamp shows. */
const attachment = (status: NetworkAttachment["status"] = {}): NetworkAttachment => ({
  meta: {
    namespace: "t1",
    name: "a",
    uid: "a-1",
    writeTimesUs: { [Section.Spec]: 1, [Section.Address]: 2 },
  },
  spec: { node: "n1", subnet: "web" },
  status: { ip: "10.1.0.5", vni: 4100, subnetUid: "s-1", ...status },
});

const implemented: Report = {
  namespace: "t1",
  name: "a",
  uid: "a-1",
  implemented: true,
  ifName: "kos0a0100050010",
  mac: "0a:01:00:05:10:04",
  hostIp: "192.168.50.2",
  hostErrors: [],
};

const exec = { command: ["/bin/up"], exitStatus: 0, startTimeUs: 10, stopTimeUs: 20, stdout: "ok" };

const stamps = (a: NetworkAttachment | undefined) => a?.meta?.writeTimesUs ?? {};

describe("applyReport", () => {
  it("writes what the node implemented into status and stamps only the impl section", () => {
    const before = attachment();
    const next = applyReport(before, implemented);
    expect(next?.status).toEqual({
      ip: "10.1.0.5",
      vni: 4100,
      subnetUid: "s-1",
      ifName: "kos0a0100050010",
      mac: "0a:01:00:05:10:04",
      hostIp: "192.168.50.2",
      hostErrors: [],
    });
    expect(next?.spec).toEqual(before.spec);
    expect(Object.keys(stamps(next)).sort()).toEqual([Section.Address, Section.Impl, Section.Spec].sort());
    expect(stamps(next)[Section.Spec]).toBe(1);
    expect(stamps(next)[Section.Address]).toBe(2);
    expect(stamps(next)[Section.Impl]).toBeGreaterThan(2);
    // The attachment it was given (a cached object) is left as it was.
    expect(before.status).toEqual({ ip: "10.1.0.5", vni: 4100, subnetUid: "s-1" });
    expect(Object.keys(stamps(before))).toHaveLength(2);
  });

  it("changes nothing for a report the status already shows", () => {
    const once = applyReport(attachment(), implemented);
    expect(once).toBeDefined();
    expect(applyReport(once as NetworkAttachment, implemented)).toBeUndefined();
    expect(applyReport(once as NetworkAttachment, { ...implemented, hostErrors: [] })).toBeUndefined();
  });

  it.each([
    ["ifName", { ifName: "kos0a0100050011" }],
    ["mac", { mac: "0a:01:00:05:10:05" }],
    ["hostIp", { hostIp: "192.168.50.3" }],
    ["hostErrors", { hostErrors: ["MTU of eth0 is below 1500"] }],
  ])("applies a report whose %s differs", (_field, change) => {
    const once = applyReport(attachment(), implemented) as NetworkAttachment;
    const next = applyReport(once, { ...implemented, ...change });
    expect(next?.status).toEqual({ ...once.status, ...change });
  });

  it("clears the interface, MAC and host of a report that is not implemented, keeping its errors", () => {
    const once = applyReport(attachment(), implemented) as NetworkAttachment;
    const next = applyReport(once, {
      ...implemented,
      implemented: false,
      ifName: "ignored",
      hostErrors: ["no room for the interface"],
    });
    expect(next?.status).toEqual({
      ip: "10.1.0.5",
      vni: 4100,
      subnetUid: "s-1",
      ifName: "",
      mac: "",
      hostIp: "",
      hostErrors: ["no room for the interface"],
    });
    // Nothing implemented, nothing was before: no change.
    expect(applyReport(attachment(), { ...implemented, implemented: false })).toBeUndefined();
  });

  it("records a hook's report under the exec section, and keeps it when later reports omit it", () => {
    const once = applyReport(attachment(), implemented) as NetworkAttachment;
    const implStamp = stamps(once)[Section.Impl];
    const withExec = applyReport(once, { ...implemented, postCreateReport: exec }) as NetworkAttachment;
    expect(withExec.status?.postCreateReport).toEqual(exec);
    expect(stamps(withExec)[Section.Exec]).toBeGreaterThan(2);
    // The impl part did not change, so its stamp did not either.
    expect(stamps(withExec)[Section.Impl]).toBe(implStamp);
    expect(applyReport(withExec, { ...implemented, postCreateReport: exec })).toBeUndefined();
    expect(applyReport(withExec, implemented)).toBeUndefined();
    const rerun = applyReport(withExec, { ...implemented, postCreateReport: { ...exec, exitStatus: 1 } });
    expect(rerun?.status?.postCreateReport?.exitStatus).toBe(1);
  });
});
