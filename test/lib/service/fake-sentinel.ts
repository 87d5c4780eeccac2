import { createServer, type Server, type Socket } from "node:net";

/**
 * Just enough of a Redis Sentinel for ioredis's Sentinel client, with the timing in the test's
 * hands: it names one primary (`SENTINEL get-master-addr-by-name`), knows no other sentinels,
 * accepts SUBSCRIBE (ioredis's failover detector subscribes to +switch-master) and publishes
 * +switch-master when told. RESP2 only: HELLO is refused as unknown, as by a Redis before 6.
 */
export class FakeSentinel {
  /** Answers a primary lookup; the test may replace it to hold a lookup back. */
  lookup: () => Promise<void> = async () => {};
  /** Connections subscribed to +switch-master (the failover detector's). */
  readonly subscribers = new Set<Socket>();
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly primary: { host: string; port: number },
  ) {}

  static async start(primary: { host: string; port: number }): Promise<FakeSentinel> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    const fake = new FakeSentinel(server, address.port, primary);
    server.on("connection", (s) => fake.serve(s));
    return fake;
  }

  /** Tells every subscriber the primary switched (to the same address: only the event matters). */
  publishSwitch(): void {
    const { host, port } = this.primary;
    const payload = `jetnet ${host} ${port} ${host} ${port}`;
    for (const s of this.subscribers) s.write(array(["message", "+switch-master", payload]));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.subscribers.delete(socket);
    });
    socket.on("error", () => undefined);
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString("utf8");
      for (let parsed = parseCommand(buffered); parsed; parsed = parseCommand(buffered)) {
        buffered = buffered.slice(parsed.length);
        void this.answer(socket, parsed.args);
      }
    });
  }

  private async answer(socket: Socket, args: string[]): Promise<void> {
    const [cmd = "", sub = ""] = args.map((a) => a.toLowerCase());
    if (cmd === "hello") return void socket.write("-ERR unknown command 'HELLO'\r\n");
    if (cmd === "subscribe") {
      this.subscribers.add(socket);
      return void socket.write(`*3\r\n${bulk("subscribe")}${bulk(args[1] ?? "")}:1\r\n`);
    }
    if (cmd === "sentinel" && sub === "get-master-addr-by-name") {
      await this.lookup();
      return void socket.write(array([this.primary.host, String(this.primary.port)]));
    }
    if (cmd === "sentinel" && sub === "sentinels") return void socket.write("*0\r\n");
    socket.write("+OK\r\n");
  }
}

const bulk = (s: string) => `$${Buffer.byteLength(s)}\r\n${s}\r\n`;
const array = (items: string[]) => `*${items.length}\r\n${items.map(bulk).join("")}`;

/** One command (a RESP array of bulk strings) from the start of `buf`, if complete. */
function parseCommand(buf: string): { args: string[]; length: number } | undefined {
  const head = /^\*(\d+)\r\n/.exec(buf);
  if (!head) return undefined;
  let at = head[0].length;
  const args: string[] = [];
  for (let i = 0; i < Number(head[1]); i++) {
    const len = /^\$(\d+)\r\n/.exec(buf.slice(at));
    if (!len) return undefined;
    const start = at + len[0].length;
    const end = start + Number(len[1]);
    if (buf.length < end + 2) return undefined;
    args.push(buf.slice(start, end));
    at = end + 2;
  }
  return { args, length: at };
}
