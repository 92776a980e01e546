import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * A minimal Language Server Protocol client over stdio: Content-Length framing, requests with
 * promises, answers to the server's own requests, and a record of its notifications.
 */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly notifications: Message[] = [];
  private readonly waiters: { method: string; test: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];
  stderr = "";

  constructor(command: string, args: string[], cwd: string, private readonly onServerRequest: (method: string, params: unknown) => unknown) {
    this.child = spawn(command, args, { cwd, stdio: "pipe" });
    this.child.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      const result = this.onServerRequest(message.method, message.params);
      this.write({ jsonrpc: "2.0", id: message.id, result: (result ?? null) as Json });
      return;
    }
    if (message.method !== undefined) {
      this.notifications.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.method === message.method && waiter.test(message.params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
      return;
    }
    const pending = this.pending.get(Number(message.id));
    if (!pending) return;
    this.pending.delete(Number(message.id));
    if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
    else pending.resolve(message.result);
  }

  private write(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} timed out; server stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.write({ jsonrpc: "2.0", id, method, params: params as Json });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: "2.0", method, params: params as Json });
  }

  /** The next notification of `method` whose params pass `test` (or one already received). */
  waitFor<T>(method: string, test: (params: T) => boolean, timeoutMs = 60_000): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && test(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} notification; server stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({
        method,
        test: (p) => test(p as T),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      });
    });
  }

  async close(): Promise<void> {
    try {
      await this.request("shutdown", null, 10_000);
      this.notify("exit", null);
    } catch {
      // The server is stopped below either way.
    }
    this.child.kill();
  }
}
