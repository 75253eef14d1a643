/**
 * A real SMTP server on loopback for the tests (the `smtp-server` package): what nodemailer sends
 * to `url` arrives in `messages`, parsed by mailparser, in the order the server accepted them. A
 * message is recorded before its 250 reply goes out, so once a sender is told "sent", it is here.
 *
 *   const smtp = await startSmtpServer();
 *   … process.env.SMTP_URL or createMailTransport(smtp.url) …
 *   await smtp.waitForMessages(3);
 *   await smtp.close();
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL or createMailTransport() */
  url: string;
  port: number;
  /** every accepted message, parsed */
  messages: ParsedMail[];
  /** the same, as received (headers included), to check how they were encoded */
  raw: string[];
  /** down: every connection is refused with "421" (a temporary failure), until set back up */
  setDown(down: boolean): void;
  /** from the nth accepted message on, RCPT waits unanswered until release(): a sender stuck mid-batch */
  holdAfter(count: number): void;
  release(): void;
  /** polls until `count` messages are in, or throws after `timeoutMs` */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** stops listening and drops open connections */
  close(): Promise<void>;
};

class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startSmtpServer(options: { failing?: boolean } = {}): Promise<TestSmtpServer> {
  let down = options.failing ?? false;
  let holdFrom = Number.POSITIVE_INFINITY;
  let held: (() => void)[] = [];
  const messages: ParsedMail[] = [];
  const raw: string[] = [];

  const server = new SMTPServer({
    // Plain loopback SMTP, as STACK.md verified: no TLS, no account.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onConnect(_session, callback) {
      callback(down ? new SmtpReply(421, "Service temporairement indisponible") : null);
    },
    onRcptTo(_address, _session, callback) {
      if (messages.length >= holdFrom) held.push(() => callback());
      else callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const source = Buffer.concat(chunks);
        simpleParser(source).then(
          (parsed) => {
            raw.push(source.toString("utf8"));
            messages.push(parsed);
            callback(null, "Message accepté");
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const release = () => {
    holdFrom = Number.POSITIVE_INFINITY;
    const waiting = held;
    held = [];
    for (const answer of waiting) answer();
  };

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    raw,
    setDown(value) {
      down = value;
    },
    holdAfter(count) {
      holdFrom = count;
    },
    release,
    async waitForMessages(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP de test : ${messages.length} message(s) reçu(s) au lieu de ${count} après ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    async close() {
      release();
      for (const connection of server.connections) connection.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls `check` until it returns something truthy, or throws `message` after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T> | T, message: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Délai dépassé (${timeoutMs} ms) : ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
