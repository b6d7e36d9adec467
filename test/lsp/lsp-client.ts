// A tiny LSP client for tests: spawns a server over stdio and speaks framed JSON-RPC (Content-Length headers).
// Requests resolve with their result; notifications are kept in order so tests can wait for one.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

/** The bundled server the tests drive (built by `npm run build`). */
export const SERVER = path.join(path.resolve(__dirname, "../../.."), "dist/server.js");

/** A folder that does not exist, so closing a document never falls back to a copy on disk; and its file URIs. */
export function scratchFolder(tag: string): { dir: string; uriOf: (name: string) => string } {
  const dir = path.join(os.tmpdir(), `vicidial-${tag}-${process.pid}`);
  return { dir, uriOf: (name) => pathToFileURL(path.join(dir, name)).toString() };
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification the server sent, oldest first. */
  readonly notifications: Message[] = [];
  /** Everything the server wrote to stderr. */
  stderr = "";
  readonly exited: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, RequestHandler>();
  private waiters: (() => void)[] = [];

  constructor(command: string, args: string[]) {
    this.process = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.process.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    this.exited = new Promise((resolve) =>
      this.process.on("exit", (code) => {
        for (const { reject } of this.pending.values()) reject(new Error(`server exited (${code}) before answering`));
        this.pending.clear();
        this.wake();
        resolve(code);
      }),
    );
  }

  /** Answers server-to-client requests (workspace/configuration, client/registerCapability ...); others get null. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** Writes one framed message; raw bytes can be sent with `sendRaw` to test framing errors. */
  send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  sendRaw(bytes: Buffer): void {
    this.process.stdin.write(bytes);
  }

  /**
   * Waits for a notification `method` whose params satisfy `predicate`, looking only at notifications
   * received from index `from` on (use `notifications.length` before an action to wait for what it causes).
   */
  async waitForNotification<P>(method: string, predicate: (params: P) => boolean, from = 0, timeoutMs = 10_000): Promise<P> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < this.notifications.length; i++) {
        const message = this.notifications[i];
        if (message.method === method && predicate(message.params as P)) return message.params as P;
      }
      if (this.process.exitCode !== null) throw new Error(`server exited while waiting for ${method}; stderr:\n${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.notifications.slice(from).filter((m) => m.method === method);
        throw new Error(`no matching ${method} within ${timeoutMs} ms; got ${JSON.stringify(seen.map((m) => m.params)).slice(0, 2000)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Ends the process if it is still running (tests call this in `after`). */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(/Content-Length:\s*(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from server: ${header}`);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      const handler = this.handlers.get(message.method);
      let result: unknown = null;
      try {
        result = handler ? handler(message.params) : null;
      } catch {
        result = null;
      }
      this.send({ jsonrpc: "2.0", id: message.id, result: result ?? null });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
    } else if (typeof message.id === "number") {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiting?.resolve(message.result);
    }
    this.wake();
  }
}
