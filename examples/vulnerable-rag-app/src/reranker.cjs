// Client of the in-cluster cross-encoder reranker (CommonJS, shared with older workers).
const fs = require("node:fs");
const https = require("node:https");

// Trusts the internal CA, so the reranker's certificate is checked...
const agent = new https.Agent({ ca: fs.readFileSync("/etc/ssl/internal-ca.pem"), keepAlive: true });

function rerank(query, passages) {
  return new Promise((resolve, reject) => {
    // ❌ require-mtls-internal (strict): ...but no client certificate is sent, so the reranker
    //    cannot tell this service from any other pod that can reach it.
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
