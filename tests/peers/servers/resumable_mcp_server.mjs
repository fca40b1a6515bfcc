// An MCP server built with the official TypeScript SDK (pinned in
// tests/peers) over Streamable HTTP with resumability: an in-memory event
// store gives every event an id, and the SDK closes the
// listening (GET) stream when a tool asks it to, as a server does before a
// restart or a load balancer does on a timeout. The client is expected to
// reopen it with Last-Event-ID (MCP 2025-11-25, SEP-1699).
//   PORT: /mcp on 127.0.0.1
// Tools:
//   notify {text}          sends notifications/message with the text on the
//                          listening stream (no related request)
//   close-listening-stream closes the listening stream (SDK
//                          closeStandaloneSSEStream), then notifies "sent
//                          while closed", which only the event store keeps
import { randomUUID } from 'node:crypto';
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';

function makeServer() {
  const server = new McpServer({ name: 'resumable', version: '1.0.0' }, { capabilities: { logging: {} } });
  server.registerTool('notify', { description: 'Notify on the listening stream', inputSchema: { text: z.string() } },
    async ({ text }) => {
      await server.server.notification({ method: 'notifications/message', params: { level: 'info', data: text } });
      return { content: [{ type: 'text', text: 'sent' }] };
    });
  server.registerTool('close-listening-stream', { description: 'Close the GET stream', inputSchema: {} },
    async (args, extra) => {
      if (!extra.closeStandaloneSSEStream) return { content: [{ type: 'text', text: 'not resumable' }], isError: true };
      extra.closeStandaloneSSEStream();
      // Stored, not delivered: only a resume from the right Last-Event-ID replays it.
      await server.server.notification({ method: 'notifications/message', params: { level: 'info', data: 'sent while closed' } });
      return { content: [{ type: 'text', text: 'closed' }] };
    });
  return server;
}

// The SDK's example InMemoryEventStore takes the stream id to be the event
// id up to the first '_', which the SDK's own listening stream id
// ("_GET_stream") defeats: a resumed listening stream would be registered
// under "" and get nothing more. This store keeps the stream id whole.
class EventStore {
  #events = []; // [{ id, streamId, message }]
  #next = 1;
  async storeEvent(streamId, message) {
    const id = `${this.#next++}@${streamId}`;
    this.#events.push({ id, streamId, message });
    return id;
  }
  async getStreamIdForEventId(eventId) {
    return this.#events.find((e) => e.id === eventId)?.streamId;
  }
  async replayEventsAfter(lastEventId, { send }) {
    const at = this.#events.findIndex((e) => e.id === lastEventId);
    if (at < 0) return '';
    const { streamId } = this.#events[at];
    for (const e of this.#events.slice(at + 1)) if (e.streamId === streamId) await send(e.id, e.message);
    return streamId;
  }
}

const transports = {};
const app = express();
app.use(express.json());
app.all('/mcp', async (req, res) => {
  const id = req.headers['mcp-session-id'];
  let transport = id && transports[id];
  if (!transport) {
    if (req.method !== 'POST' || !isInitializeRequest(req.body)) {
      res.status(404).json({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' }, id: null });
      return;
    }
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: new EventStore(),
      retryInterval: 200,
      onsessioninitialized: (sid) => { transports[sid] = transport; },
    });
    transport.onclose = () => { if (transport.sessionId) delete transports[transport.sessionId]; };
    await makeServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});
app.listen(Number(process.env.PORT), '127.0.0.1');
