import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for an OpenAI-compatible server (POST /v1/chat/completions, JSON or SSE) and an Ollama server
 * (POST /api/chat, NDJSON or JSON), on 127.0.0.1, so the real ChatOpenAI / ChatOllama clients can be tested offline.
 * Each request is recorded and answered by a script, which may read the prompt (e.g. to find which [n] holds a figure).
 */

export interface ReceivedRequest {
  path: string;
  body: { model?: string; stream?: boolean; messages?: { role: string; content: string }[]; [k: string]: unknown };
  headers: IncomingMessage['headers'];
}

export interface ScriptedReply {
  /** The completion text. */
  content?: string;
  /** Streaming only: the pieces to send; default the content split after each space. */
  chunks?: string[];
  /** Non-2xx status: an error body is sent instead of a completion. */
  status?: number;
  /** Wait before sending anything (headers included). */
  delayMs?: number;
  /** Streaming only: wait between pieces. */
  chunkDelayMs?: number;
}

export type Script = (req: ReceivedRequest) => ScriptedReply;

export interface FakeLlmServer {
  /** Base URL for the client: http://127.0.0.1:port/v1 (OpenAI) or http://127.0.0.1:port (Ollama). */
  url: string;
  requests: ReceivedRequest[];
  /** Replaced between tests. */
  script: Script;
  close(): Promise<void>;
}

type Flavour = 'openai' | 'ollama';

export function startFakeOpenAI(script: Script): Promise<FakeLlmServer> {
  return start('openai', script);
}

export function startFakeOllama(script: Script): Promise<FakeLlmServer> {
  return start('ollama', script);
}

/** The prompt's user message. */
export function userPrompt(req: ReceivedRequest): string {
  return req.body.messages?.find((m) => m.role === 'user')?.content ?? '';
}

/** The numbered passages of a prompt: n → "title line\ntext". */
export function promptPassages(req: ReceivedRequest): Map<number, string> {
  const prompt = userPrompt(req);
  const heads = [...prompt.matchAll(/^\[(\d+)\] "/gm)];
  const out = new Map<number, string>();
  heads.forEach((m, i) => {
    out.set(Number(m[1]), prompt.slice(m.index! + m[0].length - 1, heads[i + 1]?.index ?? prompt.length));
  });
  return out;
}

/** The number of the first passage containing `text`. */
export function passageWith(req: ReceivedRequest, text: string): number {
  for (const [n, p] of promptPassages(req)) if (p.includes(text)) return n;
  throw new Error(`no passage contains ${JSON.stringify(text)}`);
}

async function start(flavour: Flavour, script: Script): Promise<FakeLlmServer> {
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (ms <= 0) return resolve(!res.destroyed);
      const t = setTimeout(() => {
        timers.delete(t);
        resolve(!res.destroyed);
      }, ms);
      timers.add(t);
    });

  const fake: FakeLlmServer = { url: '', requests: [], script, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      void (async () => {
        const path = req.url ?? '';
        const expected = flavour === 'openai' ? '/v1/chat/completions' : '/api/chat';
        if (req.method !== 'POST' || path !== expected) {
          res
            .writeHead(404, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: `no route ${req.method} ${path}` }));
          return;
        }
        const received: ReceivedRequest = {
          path,
          body: JSON.parse(raw || '{}') as ReceivedRequest['body'],
          headers: req.headers,
        };
        fake.requests.push(received);
        const reply = fake.script(received);
        if (!(await wait(reply.delayMs ?? 0, res))) return;
        if (reply.status && reply.status >= 400) {
          const body =
            flavour === 'openai'
              ? { error: { message: 'scripted failure', type: 'server_error', code: null } }
              : { error: 'scripted failure' };
          res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
          return;
        }
        const content = reply.content ?? '';
        const model = received.body.model ?? 'fake';
        const streaming = received.body.stream !== false && (flavour === 'ollama' || received.body.stream === true);
        if (!streaming) {
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(
              JSON.stringify(
                flavour === 'openai' ? openaiCompletion(model, content) : ollamaMessage(model, content, true),
              ),
            );
          return;
        }
        const chunks = reply.chunks ?? content.split(/(?<= )/);
        res.writeHead(200, {
          'content-type': flavour === 'openai' ? 'text/event-stream' : 'application/x-ndjson',
          'cache-control': 'no-cache',
        });
        for (const [i, piece] of chunks.entries()) {
          if (i > 0 && !(await wait(reply.chunkDelayMs ?? 0, res))) return;
          res.write(
            flavour === 'openai'
              ? `data: ${JSON.stringify(openaiChunk(model, { ...(i === 0 ? { role: 'assistant' } : {}), content: piece }, null))}\n\n`
              : `${JSON.stringify(ollamaMessage(model, piece, false))}\n`,
          );
        }
        if (flavour === 'openai')
          res.end(`data: ${JSON.stringify(openaiChunk(model, {}, 'stop'))}\n\ndata: [DONE]\n\n`);
        else res.end(`${JSON.stringify(ollamaMessage(model, '', true))}\n`);
      })().catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(err));
        else res.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = flavour === 'openai' ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  return fake;
}

const created = () => Math.floor(Date.now() / 1000);

function openaiCompletion(model: string, content: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: created(),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function openaiChunk(model: string, delta: Record<string, string>, finish: string | null) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: created(),
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  };
}

function ollamaMessage(model: string, content: string, done: boolean) {
  return {
    model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content },
    done,
    ...(done
      ? {
          done_reason: 'stop',
          total_duration: 1,
          load_duration: 1,
          prompt_eval_count: 10,
          prompt_eval_duration: 1,
          eval_count: 10,
          eval_duration: 1,
        }
      : {}),
  };
}
