import { Command } from "commander";
import { networkCommand } from "../services/network/main.js";

/** The `jetnet` command: services, the local control plane, and the client. */
const program = new Command("jetnet")
  .description("jetnet: a virtual-network control plane on NATS JetStream and Redis")
  .version("0.1.0")
  .addCommand(networkCommand());

await program.parseAsync(process.argv);
