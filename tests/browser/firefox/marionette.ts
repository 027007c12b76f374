// A small typed client for Firefox's Marionette protocol (the one geckodriver speaks), over TCP: each packet is
// `<byte length>:<JSON>`; a command is [0, id, name, params], its answer [1, id, error, result]. Playwright cannot
// drive a stock Firefox and WebDriver BiDi (puppeteer-core) hangs on extension pages, so the Firefox suite talks
// Marionette directly. https://firefox-source-docs.mozilla.org/testing/marionette/Protocol.html
import { connect, type Socket } from 'node:net';

/** What Marionette answers for a failed command (a WebDriver error: "no such element", "javascript error", …). */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
    readonly stacktrace: string | undefined,
  ) {
    super(`${command}: ${error}: ${message}`);
    this.name = 'MarionetteError';
  }
}

interface Pending {
  command: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The commands the suite uses, with their parameters and what their answer's `value` is (when it has one). */
export interface Commands {
  'WebDriver:NewSession': {
    params: { capabilities?: object };
    result: { sessionId: string; capabilities: Record<string, unknown> };
  };
  'WebDriver:DeleteSession': { params: object; result: unknown };
  'Addon:Install': { params: { path: string; temporary: boolean }; result: { value: string } };
  'Marionette:SetContext': { params: { value: 'chrome' | 'content' }; result: unknown };
  'WebDriver:Navigate': { params: { url: string }; result: unknown };
  'WebDriver:NewWindow': { params: { type: 'tab' | 'window'; focus?: boolean }; result: { handle: string; type: string } };
  'WebDriver:GetWindowHandles': { params: object; result: string[] };
  'WebDriver:GetWindowHandle': { params: object; result: { value: string } };
  'WebDriver:SwitchToWindow': { params: { handle: string; focus?: boolean }; result: unknown };
  'WebDriver:CloseWindow': { params: object; result: string[] };
  'WebDriver:SetWindowRect': { params: { width?: number; height?: number; x?: number; y?: number }; result: unknown };
  'WebDriver:ExecuteScript': {
    params: { script: string; args?: unknown[]; sandbox?: string; newSandbox?: boolean };
    result: { value: unknown };
  };
  'WebDriver:FindElement': { params: { using: 'css selector'; value: string }; result: { value: Record<string, string> } };
  'WebDriver:ElementClick': { params: { id: string }; result: unknown };
  'WebDriver:ElementSendKeys': { params: { id: string; text: string }; result: unknown };
  'WebDriver:TakeScreenshot': {
    params: { full?: boolean; hash?: boolean; id?: string; scroll?: boolean };
    result: { value: string };
  };
  'WebDriver:SetTimeouts': { params: { script?: number; pageLoad?: number; implicit?: number }; result: unknown };
  'Marionette:Quit': { params: { flags?: string[] }; result: unknown };
}

export class Marionette {
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, Pending>();
  private greeting: ((hello: unknown) => void) | null = null;
  private closedWith: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    const fail = (e: Error) => {
      this.closedWith = e;
      for (const p of this.pending.values()) p.reject(new Error(`${p.command}: connection to Marionette lost (${e.message})`));
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('socket closed')));
  }

  /** Connects to a starting Firefox, retrying until its Marionette server listens (or `timeoutMs` passes). */
  static async connect(port: number, timeoutMs = 60_000, host = '127.0.0.1'): Promise<Marionette> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect({ port, host }, () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await client.hello(15_000);
        return client;
      } catch (e) {
        if (Date.now() > until)
          throw new Error(`Marionette did not answer on ${host}:${port} within ${timeoutMs} ms: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** The server speaks first ({applicationType: 'gecko', marionetteProtocol: 3}). */
  private hello(timeoutMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.destroy();
        reject(new Error('no greeting from Marionette'));
      }, timeoutMs);
      this.greeting = (hello) => {
        clearTimeout(timer);
        resolve(hello);
      };
    });
  }

  send<C extends keyof Commands>(command: C, params: Commands[C]['params']): Promise<Commands[C]['result']> {
    if (this.closedWith)
      return Promise.reject(new Error(`${command}: connection to Marionette lost (${this.closedWith.message})`));
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
    return new Promise((resolve, reject) => {
      this.pending.set(id, { command, resolve: resolve as (v: unknown) => void, reject });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  /** Splits the byte stream into packets; the length prefix counts bytes, so this works on Buffers, not strings. */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length))
        throw new Error(`Marionette: bad packet header ${JSON.stringify(this.buffer.subarray(0, colon).toString())}`);
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: unknown): void {
    if (!Array.isArray(packet)) {
      this.greeting?.(packet);
      this.greeting = null;
      return;
    }
    const [type, id, error, result] = packet as [
      number,
      number,
      { error: string; message: string; stacktrace?: string } | null,
      unknown,
    ];
    const p = this.pending.get(id);
    if (type !== 1 || !p) return;
    this.pending.delete(id);
    if (error) p.reject(new MarionetteError(p.command, error.error, error.message, error.stacktrace));
    else p.resolve(result);
  }
}
