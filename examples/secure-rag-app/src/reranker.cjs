// Client of the in-cluster cross-encoder reranker (CommonJS, shared with older workers).
const fs = require("node:fs");
const https = require("node:https");

// ✅ require-mtls-internal: the agent checks the reranker against the internal CA and presents this
//    service's own certificate, so the reranker knows who is calling (mutual TLS).
const agent = new https.Agent({
  ca: fs.readFileSync("/etc/ssl/internal-ca.pem"),
  cert: fs.readFileSync("/var/run/secrets/rag-service/tls.crt"),
  key: fs.readFileSync("/var/run/secrets/rag-service/tls.key"),
  keepAlive: true,
});

function rerank(query, passages) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { hostname: "reranker.ml.svc.cluster.local", port: 8443, path: "/v1/rerank", method: "POST", agent, headers: { "content-type": "application/json" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => {
          const { order } = JSON.parse(body);
          resolve(order.map((i) => passages[i]));
        });
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query, documents: passages.map((p) => p.text) }));
  });
}

module.exports = { rerank };
