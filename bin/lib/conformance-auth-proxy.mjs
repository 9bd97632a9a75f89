// Loopback proxy for bin/conformance: the conformance suite has no option to send a header, and npm-mcp's HTTP
// transport needs "Authorization: Bearer <token>". The proxy plays the part of a configured client: it adds the
// header and passes everything else (Host, Origin, bodies, SSE streams) through untouched, so the server's own
// checks still run on what the suite sent.
// Usage: NPM_MCP_HTTP_TOKEN=... node conformance-auth-proxy.mjs <upstream-port>; prints "listening <port>" on stdout.
import http from 'node:http';

const upstreamPort = Number(process.argv[2]);
const token = process.env.NPM_MCP_HTTP_TOKEN;
if (!upstreamPort || !token) {
  console.error('usage: NPM_MCP_HTTP_TOKEN=... node conformance-auth-proxy.mjs <upstream-port>');
  process.exit(2);
}

const server = http.createServer((req, res) => {
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: upstreamPort,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, authorization: `Bearer ${token}` },
    },
    (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'text/plain' });
    }
    res.end(`proxy: ${err.message}`);
  });
  // a client that hangs up (SSE reconnection tests) must close the upstream stream too
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
