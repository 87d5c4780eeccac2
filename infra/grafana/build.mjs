// Generates the Grafana dashboards in infra/grafana/dashboards from the panel lists below, so
// every panel has the same shape and its PromQL is easy to review. Run: node infra/grafana/build.mjs
import { writeFileSync } from "node:fs";

const q =
  (quantile) =>
  (metric, by = "", selector = "") =>
    `histogram_quantile(${quantile}, sum by (le${by ? `, ${by}` : ""}) (rate(${metric}_bucket${selector}[1m])))`;
const p99 = q(0.99);
const p50 = q(0.5);
// The driver measures only operations scheduled in the cruise phase.
const cruise = '{phase="cruise"}';

const externals = {
  uid: "jetnet-externals",
  title: "jetnet / externals (driver)",
  rows: [
    [
      "Create → addressed (s)",
      "s",
      [
        [p50("jetnet_driver_create_to_addressed_seconds", "", cruise), "p50"],
        [p99("jetnet_driver_create_to_addressed_seconds", "", cruise), "p99"],
      ],
    ],
    [
      "Create → ready (s)",
      "s",
      [
        [p50("jetnet_driver_create_to_ready_seconds", "", cruise), "p50"],
        [p99("jetnet_driver_create_to_ready_seconds", "", cruise), "p99"],
      ],
    ],
    ["Delete latency (s)", "s", [[p99("jetnet_driver_delete_seconds", "", cruise), "p99"]]],
    [
      "Operations / s",
      "ops",
      [["sum by (op, result) (rate(jetnet_driver_ops_total[1m]))", "{{op}} {{result}}"]],
    ],
    ["Late operations / s", "ops", [["sum(rate(jetnet_driver_late_ops_total[1m]))", "late"]]],
    ["Attachment population", "short", [["sum(jetnet_driver_population)", "population"]]],
  ],
};

const internals = {
  uid: "jetnet-internals",
  title: "jetnet / internals",
  rows: [
    [
      "API request p99 by endpoint (s)",
      "s",
      [[p99("jetnet_network_request_duration_seconds", "endpoint"), "{{endpoint}}"]],
    ],
    [
      "API requests / s by code",
      "reqps",
      [["sum by (code) (rate(jetnet_network_request_duration_seconds_count[1m]))", "{{code}}"]],
    ],
    [
      "Subnet create → validated (s)",
      "s",
      [
        [p50("jetnet_network_subnet_create_to_validated_seconds"), "p50"],
        [p99("jetnet_network_subnet_create_to_validated_seconds"), "p99"],
      ],
    ],
    [
      "Subnet validations / s",
      "ops",
      [["sum by (result) (rate(jetnet_network_subnet_validations_total[1m]))", "{{result}}"]],
    ],
    [
      "VNI claim conflicts / s",
      "ops",
      [["sum(rate(jetnet_network_claim_conflicts_total[1m]))", "conflicts"]],
    ],
    ["Unvalidated subnets", "short", [["sum by (state) (jetnet_network_subnets_unvalidated)", "{{state}}"]]],
    [
      "Agent status reports / s",
      "ops",
      [["sum by (result) (rate(jetnet_network_status_reports_total[1m]))", "{{result}}"]],
    ],
    [
      "Create → address p99 (s)",
      "s",
      [
        [p99("jetnet_ipam_create_to_address_seconds", "contention"), "by ipam, contention={{contention}}"],
        // Addresses leased within the create (network) and written by ipam: same buckets, one histogram.
        [
          'histogram_quantile(0.99, sum by (le) (rate({__name__=~"jetnet_(network|ipam)_create_to_address_seconds_bucket"}[1m])))',
          "all",
        ],
      ],
    ],
    ["Lease operation p99 (s)", "s", [[p99("jetnet_ipam_lease_op_seconds", "op"), "{{op}}"]]],
    [
      "Address contention / s",
      "ops",
      [["sum(rate(jetnet_ipam_address_contention_total[1m]))", "contention"]],
    ],
    ["Attachments waiting for an address", "short", [["sum(jetnet_ipam_waiting_attachments)", "waiting"]]],
    [
      "Lease GC releases / s, orphan leases",
      "short",
      [
        ["sum by (reason) (rate(jetnet_ipam_gc_releases_total[5m]))", "released {{reason}}"],
        ["max(jetnet_ipam_orphan_leases)", "orphans"],
      ],
    ],
    ["Redis data-loss recoveries", "short", [["sum by (scope) (jetnet_ipam_recoveries_total)", "{{scope}}"]]],
    [
      // Addressed: leased by network within the create (one attachment write fewer); deferred: left to ipam, by why.
      "Creates addressed within the create / s",
      "ops",
      [
        [
          "sum by (result, reason) (rate(jetnet_network_create_addresses_total[1m]))",
          "{{result}} {{reason}}",
        ],
      ],
    ],
    [
      // Full scans are paced (--compaction-scan-rate): a long flat "full" line, not a spike.
      "Compaction: records taken in / s",
      "short",
      [
        [
          "sum by (bucket, scan) (rate(jetnet_store_compaction_read_records_total[5m]))",
          "{{bucket}} {{scan}}",
        ],
      ],
    ],
    [
      "Retention: records removed / s, records per bucket",
      "short",
      [
        [
          "sum by (bucket, kind) (rate(jetnet_store_compacted_records_total[5m]))",
          "removed {{bucket}} {{kind}}",
        ],
        ["max by (bucket) (jetnet_store_records)", "held {{bucket}}"],
      ],
    ],
    [
      "Reconciles / s by controller and result",
      "ops",
      [
        [
          "sum by (controller, result) (rate(jetnet_controller_reconcile_total[1m]))",
          "{{controller}} {{result}}",
        ],
      ],
    ],
    ["Work queue depth", "short", [["sum by (name) (jetnet_workqueue_depth)", "{{name}}"]]],
    ["Work duration p99 (s)", "s", [[p99("jetnet_workqueue_work_duration_seconds", "name"), "{{name}}"]]],
    [
      "Longest running reconcile (s)",
      "s",
      [["max by (name) (jetnet_workqueue_longest_running_processor_seconds)", "{{name}}"]],
    ],
    [
      "Client write → local interface / status / remote entry p99 (s)",
      "s",
      [
        [p99("jetnet_agent_client_write_to_local_ifc_seconds"), "local"],
        [p99("jetnet_agent_client_write_to_status_seconds"), "status"],
        [p99("jetnet_agent_client_write_to_remote_ifc_seconds"), "remote"],
      ],
    ],
    ["Fabric operation p99 (s)", "s", [[p99("jetnet_agent_fabric_op_seconds", "op"), "{{op}}"]]],
    [
      "Interfaces programmed",
      "short",
      [
        ["sum(jetnet_agent_local_interfaces)", "local"],
        ["sum(jetnet_agent_remote_interfaces)", "remote"],
      ],
    ],
    [
      "Agents: configured vs synced",
      "short",
      [
        ["sum(jetnet_agent_agents)", "configured"],
        ["sum(jetnet_agent_synced_agents)", "synced"],
      ],
    ],
    [
      "View re-snapshots / s by reason",
      "ops",
      [["sum by (reason) (rate(jetnet_agent_view_resyncs_total[5m]))", "{{reason}}"]],
    ],
    [
      "Agent reports asked for again / s (lost, or the agent down)",
      "ops",
      [["sum(rate(jetnet_mapping_reports_asked_total[5m]))", "asked"]],
    ],
    [
      "View tails confirmed / s (each spares the view's agents a digest comparison)",
      "ops",
      [["sum(rate(jetnet_mapping_tail_confirmations_total[5m]))", "confirmed"]],
    ],
    [
      "Feed announcements per message (batches under load)",
      "short",
      [
        [
          "sum(rate(jetnet_mapping_feed_announcements_total[5m])) / sum(rate(jetnet_mapping_feed_messages_total[5m]))",
          "per message",
        ],
      ],
    ],
    [
      "Irrelevant remote entries (should be 0)",
      "short",
      [["sum(jetnet_agent_irrelevant_remote_entries_total)", "irrelevant"]],
    ],
    [
      "Process CPU (cores) by job",
      "short",
      [["sum by (job) (rate(jetnet_process_cpu_seconds_total[1m]))", "{{job}}"]],
    ],
    [
      "Process resident memory by job",
      "bytes",
      [["sum by (job) (jetnet_process_resident_memory_bytes)", "{{job}}"]],
    ],
  ],
};

function dashboard({ uid, title, rows }) {
  return {
    uid,
    title,
    tags: ["jetnet"],
    timezone: "browser",
    schemaVersion: 38,
    version: 1,
    refresh: "10s",
    time: { from: "now-30m", to: "now" },
    templating: {
      list: [
        {
          name: "datasource",
          type: "datasource",
          query: "prometheus",
          current: { text: "Prometheus", value: "Prometheus" },
        },
      ],
    },
    panels: rows.map(([panelTitle, unit, targets], i) => ({
      id: i + 1,
      type: "timeseries",
      title: panelTitle,
      datasource: { type: "prometheus", uid: "${datasource}" },
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      fieldConfig: { defaults: { unit }, overrides: [] },
      targets: targets.map(([expr, legendFormat], j) => ({
        refId: String.fromCharCode(65 + j),
        expr,
        legendFormat,
        datasource: { type: "prometheus", uid: "${datasource}" },
      })),
    })),
  };
}

const dir = new URL("./dashboards/", import.meta.url);
for (const d of [externals, internals]) {
  writeFileSync(new URL(`${d.uid}.json`, dir), `${JSON.stringify(dashboard(d), null, 2)}\n`);
}
