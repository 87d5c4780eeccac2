import { Command } from "commander";
import { ErrorCode, JetnetError } from "../lib/errors.js";
import { agentCommand } from "../services/agent/main.js";
import { ipamCommand, ipamInside } from "../services/ipam/main.js";
import { mappingCommand, mappingInside } from "../services/mapping/main.js";
import { networkCommand } from "../services/network/main.js";
import { authCommand } from "./auth/auth.js";
import { benchCommand } from "./bench/bench.js";
import { clientCommands } from "./client/commands.js";
import { provisionCommand } from "./provision/command.js";
import { upCommand } from "./up/up.js";

/** The `jetnet` command: services, the local control plane, and the client. */
const program = new Command("jetnet")
  .description("jetnet: a virtual-network control plane on NATS JetStream and Redis")
  .version("0.1.0")
  .addCommand(networkCommand({ ipamInside, mappingInside }))
  .addCommand(ipamCommand())
  .addCommand(mappingCommand())
  .addCommand(agentCommand())
  .addCommand(upCommand())
  .addCommand(authCommand())
  .addCommand(benchCommand())
  .addCommand(provisionCommand());

for (const c of clientCommands()) program.addCommand(c);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  // A bad flag or env value (commonConfig and friends throw INVALID naming both) is a usage
  // error like commander's own: one line and exit 2, not a stack trace.
  if (!(err instanceof JetnetError && err.code === ErrorCode.Invalid)) throw err;
  process.stderr.write(`jetnet: ${err.message}\n`);
  process.exitCode = 2;
}
