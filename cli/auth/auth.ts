import { resolve } from "node:path";
import { Command, Option } from "commander";
import { type VniRanges, vniRangesArg } from "../../lib/api/vni-ranges.js";
import { JetnetError } from "../../lib/errors.js";
import { type AuthGenOptions, describeIdentity, writeAuthFiles } from "./gen.js";

interface GenFlags {
  out: string;
  nodes: string[];
  namespaces: string[];
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  listen?: string;
  storeDir?: string;
  nats?: string;
  sharedInboxes: boolean;
  vniRanges?: VniRanges;
}

const csv = (v: string): string[] =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** `jetnet auth`: NATS identities and permissions for a jetnet deployment. */
export function authCommand(): Command {
  const gen = new Command("gen")
    .description(
      "Write a nats-server 2.9 config with one user per jetnet identity (service, agent-<node>, " +
        "tenant-<namespace>) and a client settings file per identity",
    )
    .requiredOption("--out <dir>", "directory for nats-server.conf and clients/<identity>.env")
    .addOption(new Option("--nodes <list>", "comma-separated node names").default([], "none").argParser(csv))
    .addOption(
      new Option("--namespaces <list>", "comma-separated tenant namespaces")
        .default([], "none")
        .argParser(csv),
    )
    .option("--tls-cert <file>", "server certificate (path as the server sees it)")
    .option("--tls-key <file>", "server key")
    .option("--tls-ca <file>", "CA of the server certificate; clients get it as JETNET_NATS_TLS_CA")
    .option("--listen <host:port>", "server listen address (default nats-server's 0.0.0.0:4222)")
    .option("--store-dir <dir>", "JetStream store directory (default nats-server's)")
    .option("--nats <urls>", "server URLs written to the client files as JETNET_NATS_URL")
    .addOption(
      new Option(
        "--vni-ranges <spec>",
        "VNIs each namespace may use, e.g. 'ta=100-199;tb=200-299,500' (written to the service's client file for the network service; default: every VNI open)",
      ).argParser(vniRangesArg),
    )
    .option(
      "--shared-inboxes",
      "let agents and tenants use the shared _INBOX.> (for clients that cannot set an inbox prefix; any of them can then read others' replies)",
      false,
    )
    .action(async (flags: GenFlags, cmd: Command) => {
      if ((flags.tlsCert === undefined) !== (flags.tlsKey === undefined)) {
        cmd.error("--tls-cert and --tls-key go together");
      }
      if (flags.tlsCa !== undefined && flags.tlsCert === undefined) {
        cmd.error("--tls-ca needs --tls-cert and --tls-key (the server's certificate)");
      }
      for (const ns of flags.vniRanges?.keys() ?? []) {
        if (!flags.namespaces.includes(ns))
          cmd.error(`--vni-ranges names "${ns}", which is not in --namespaces`);
      }
      const opts: AuthGenOptions = {
        nodes: flags.nodes,
        namespaces: flags.namespaces,
        ...(flags.tlsCert !== undefined &&
          flags.tlsKey !== undefined && {
            tls: {
              certFile: flags.tlsCert,
              keyFile: flags.tlsKey,
              ...(flags.tlsCa !== undefined && { caFile: flags.tlsCa }),
            },
          }),
        ...(flags.listen !== undefined && { listen: flags.listen }),
        ...(flags.storeDir !== undefined && { storeDir: flags.storeDir }),
        ...(flags.nats !== undefined && { servers: flags.nats }),
        privateInboxes: !flags.sharedInboxes,
        ...(flags.vniRanges !== undefined && { vniRanges: flags.vniRanges }),
      };
      try {
        const files = await writeAuthFiles(resolve(flags.out), opts);
        process.stdout.write(`wrote ${files.serverConfig}\n`);
        for (const c of files.credentials) {
          process.stdout.write(`wrote ${files.clientFiles.get(c.user)}: ${describeIdentity(c, opts)}\n`);
        }
        process.stdout.write(
          "No identity but the services can create consumers or make a stream store anything; " +
            'agents read every VNI\'s mappings by design. See the README, "Security".\n',
        );
      } catch (err) {
        if (err instanceof JetnetError) cmd.error(err.message);
        throw err;
      }
    });
  return new Command("auth").description("NATS authorization for jetnet").addCommand(gen);
}
