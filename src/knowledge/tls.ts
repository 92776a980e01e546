/**
 * Facts about TLS in Node.js and the clients built on it, as data. Sources: Node's
 * `lib/_tls_wrap.js`, `lib/_tls_common.js`, `lib/tls.js`, `lib/internal/options.js` and
 * `src/crypto/crypto_context.cc` (SecureContext::Init); OpenSSL 3.0 `ciphers(1)` and `SSL_CTX_set_options(3)`;
 * the mongodb, pg, postgres, request, superagent and Electron sources or docs.
 */

// ---------------------------------------------------------------------------------------------
// Certificate verification
// ---------------------------------------------------------------------------------------------

/**
 * The Node.js option that turns certificate checks off. `tls.connect` reads it as
 * `options.rejectUnauthorized !== false`, so only the boolean `false` disables verification:
 * `0`, `null`, `""` and `undefined` keep it on.
 */
export const REJECT_UNAUTHORIZED = "rejectUnauthorized";

/** Replaces Node's hostname check; any falsy return value means "this certificate is fine". */
export const CHECK_SERVER_IDENTITY = "checkServerIdentity";

/** `request` and npm's fetch stack: `strictSSL: false` sets `rejectUnauthorized = false` (compared with `=== false`). */
export const STRICT_SSL = "strictSSL";

/**
 * Process-wide switch read by `tls.connect` on every connection: only the exact string `'0'`
 * disables verification. `process.env` turns assigned numbers into strings, so `= 0` counts too.
 */
export const ENV_REJECT_UNAUTHORIZED = "NODE_TLS_REJECT_UNAUTHORIZED";

/** The value of `NODE_TLS_REJECT_UNAUTHORIZED` that turns checks off, after string conversion. */
export const ENV_REJECT_UNAUTHORIZED_OFF = "0";

/** Where a private CA goes instead (named in messages). */
export const ENV_EXTRA_CA_CERTS = "NODE_EXTRA_CA_CERTS";

/** The environment variable through which Node flags reach child processes. */
export const ENV_NODE_OPTIONS = "NODE_OPTIONS";

/** How an option's value is judged insecure. */
export type InsecureWhen =
  /** The boolean `true` (the option's name says "allow invalid"). */
  | "true"
  /** The boolean `false` (the option's name says "verify"). */
  | "false"
  /** MongoDB's boolean parsing: `true`, or a string `true`/`t`/`1`/`y`/`yes` in any case. */
  | "mongo-true"
  /** MongoDB's boolean parsing: `false`, or a string `false`/`f`/`0`/`n`/`no`/`-1` in any case. */
  | "mongo-false";

export type VerificationFamily = "strictSsl" | "mongo" | "client" | "browser";

/** Options, other than `rejectUnauthorized`, whose one value turns certificate verification off. */
export interface InsecureOption {
  name: string;
  insecureWhen: InsecureWhen;
  family: VerificationFamily;
  /** MongoDB reads option names case-insensitively. */
  caseInsensitive?: boolean;
  /** Who reads it, for the message. */
  owner: string;
}

export const INSECURE_VERIFICATION_OPTIONS: readonly InsecureOption[] = [
  { name: STRICT_SSL, insecureWhen: "false", family: "strictSsl", owner: "request / npm fetch" },
  { name: "tlsAllowInvalidCertificates", insecureWhen: "mongo-true", family: "mongo", caseInsensitive: true, owner: "MongoDB" },
  { name: "tlsAllowInvalidHostnames", insecureWhen: "mongo-true", family: "mongo", caseInsensitive: true, owner: "MongoDB" },
  { name: "tlsInsecure", insecureWhen: "mongo-true", family: "mongo", caseInsensitive: true, owner: "MongoDB" },
  // Driver 4+: `sslValidate` is the legacy spelling of `!tlsAllowInvalidCertificates`.
  { name: "sslValidate", insecureWhen: "mongo-false", family: "mongo", caseInsensitive: true, owner: "MongoDB" },
  // @zilliz/milvus2-sdk-node: `tls: { skipCertCheck: true }`.
  { name: "skipCertCheck", insecureWhen: "true", family: "client", owner: "Milvus" },
  // @lancedb/lancedb: `clientConfig.tlsConfig.assertHostname: false`.
  { name: "assertHostname", insecureWhen: "false", family: "client", owner: "LanceDB" },
  // Puppeteer < 22 and Playwright launch/context options; WebDriver capability and Puppeteer >= 22.
  { name: "ignoreHTTPSErrors", insecureWhen: "true", family: "browser", owner: "Puppeteer / Playwright" },
  { name: "acceptInsecureCerts", insecureWhen: "true", family: "browser", owner: "the browser driver" },
];

/**
 * Verification left to an environment variable the wrong way round: `rejectUnauthorized:
 * process.env.X === "true"` (or `Boolean(process.env.X)`) is the boolean `false` wherever the
 * variable is missing, so certificates go unchecked by default. Any `===`/`==` comparison with a
 * string is false for a missing variable; a suggestion turns the comparisons whose word has a
 * known opposite around (`=== "true"` → `!== "false"`), which keeps verification on by default.
 */
export const OPT_IN_OPPOSITES: Readonly<Record<string, string>> = {
  true: "false",
  "1": "0",
  yes: "no",
  y: "n",
  on: "off",
  enabled: "disabled",
  enable: "disable",
};

/**
 * Comparisons with a deployment stage switch verification per environment
 * (`rejectUnauthorized: process.env.NODE_ENV === "production"`), a deliberate development pattern
 * this rule leaves alone: the compared value is a stage name, or the variable's name says it holds
 * one (`NODE_ENV`, `APP_ENV`, `ENVIRONMENT`, `IS_PRODUCTION`). Words are lower case.
 */
export const DEPLOYMENT_STAGE_VALUES: ReadonlySet<string> = new Set([
  "production",
  "prod",
  "staging",
  "stage",
  "development",
  "dev",
  "test",
  "testing",
  "local",
  "preview",
  "live",
]);
export const DEPLOYMENT_STAGE_NAME_WORDS: ReadonlySet<string> = new Set(["env", "environment", "stage", "production", "prod"]);

/**
 * Words of an environment variable that switches certificate checks (`SSL_VERIFY`,
 * `TLS_REJECT_UNAUTHORIZED`, `ALLOW_SELF_SIGNED`, `DB_SSL_INSECURE`), as opposed to one that turns
 * TLS itself on (`DB_SSL`).
 */
export const VERIFICATION_CONTROL_WORDS: ReadonlySet<string> = new Set([
  "verify", "verification", "reject", "unauthorized", "unauthorised", "insecure", "self", "signed", "selfsigned", "invalid", "untrusted",
  "validate", "validation", "skip", "strict",
]);

/** String methods that keep an environment value missing-or-text (`process.env.X?.toLowerCase() === "true"`). */
export const ENV_VALUE_PRESERVING_METHODS: ReadonlySet<string> = new Set(["toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim"]);

/** MongoDB connection-string and option booleans (driver `getBoolean`, older releases accept the short forms). */
export const MONGO_TRUTHS: ReadonlySet<string> = new Set(["true", "t", "1", "y", "yes"]);
export const MONGO_FALSEHOODS: ReadonlySet<string> = new Set(["false", "f", "0", "n", "no", "-1"]);

/** Connection-string schemes whose query carries MongoDB options. */
export const MONGO_SCHEMES: ReadonlySet<string> = new Set(["mongodb", "mongodb+srv"]);

/**
 * node-postgres (`pg-connection-string`): `sslmode=no-verify` sets `rejectUnauthorized = false`.
 * With `uselibpqcompat=true`, libpq's meanings apply: `prefer` never verifies, `require` verifies
 * nothing unless `sslrootcert` is given (then it checks the CA but not the hostname, as libpq does).
 * Names and values are compared case-sensitively (URLSearchParams).
 */
export const PG_SSLMODE_PARAM = "sslmode";
export const PG_NO_VERIFY_MODE = "no-verify";
/**
 * node-postgres reads `PGSSLMODE` when a client is given no `ssl` option
 * (`readSSLConfigFromEnvironment`): `no-verify` gives `{ rejectUnauthorized: false }`. Child
 * processes (`psql`, `pg_dump`) read it too.
 */
export const PG_ENV_SSLMODE = "PGSSLMODE";
export const PG_LIBPQ_COMPAT_PARAM = "uselibpqcompat";
export const PG_LIBPQ_UNVERIFIED_MODES: ReadonlySet<string> = new Set(["prefer", "require"]);
export const PG_ROOT_CERT_PARAM = "sslrootcert";

/**
 * postgres.js (`postgres` package): `ssl: 'require' | 'allow' | 'prefer'`, or the same value in the
 * URL's `sslmode` (or `ssl`) parameter when the `ssl` option is not set, connects with
 * `rejectUnauthorized: false`.
 */
export const POSTGRES_JS_MODULE = "postgres";
export const POSTGRES_JS_UNVERIFIED_SSL: ReadonlySet<string> = new Set(["require", "allow", "prefer"]);
export const POSTGRES_JS_URL_PARAMS: readonly string[] = ["sslmode", "ssl"];

/** superagent: `.disableTLSCerts()` sets `rejectUnauthorized: false` for the request. */
export const SUPERAGENT_DISABLE_METHOD = "disableTLSCerts";

/**
 * Electron: `session.setCertificateVerifyProc(proc)` — `callback(0)` trusts the certificate
 * (`-2` rejects, `-3` keeps Chromium's verdict).
 */
export const ELECTRON_VERIFY_PROC_METHOD = "setCertificateVerifyProc";
export const ELECTRON_VERIFY_PROC_ACCEPT = 0;

/**
 * Electron `app` / `webContents` event whose listener trusts a certificate with
 * `event.preventDefault(); callback(true)`. The callback is parameter 6 for `app`, 5 for `webContents`.
 */
export const ELECTRON_CERTIFICATE_ERROR_EVENT = "certificate-error";
export const ELECTRON_CALLBACK_PARAM_POSITIONS: readonly number[] = [5, 4];
export const EVENT_LISTENER_METHODS: ReadonlySet<string> = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);

/**
 * Chromium switches that accept every certificate. `ignore-certificate-errors-spki-list` only trusts
 * the listed public keys (a form of pinning) and `allow-insecure-localhost` only loopback hosts, so
 * neither is here.
 */
export const CHROMIUM_IGNORE_CERT_SWITCHES: ReadonlySet<string> = new Set(["ignore-certificate-errors"]);
/** `app.commandLine.appendSwitch('x')` takes the bare name, `appendArgument('--x')` and launch `args` the flag. */
export const CHROMIUM_SWITCH_METHODS: ReadonlySet<string> = new Set(["appendSwitch", "appendArgument"]);

/**
 * Node option objects handed to these are server options: there `rejectUnauthorized` only matters
 * with `requestCert: true`, and `false` is the documented way to check `socket.authorized` yourself.
 */
export const TLS_SERVER_FACTORIES: Readonly<Record<string, readonly string[]>> = {
  tls: ["createServer", "Server"],
  https: ["createServer", "Server"],
  http2: ["createSecureServer"],
};

/**
 * Options only a TLS server takes (Node `tls.createServer`, and the server TLS blocks of Fastify's
 * `https`, Bun.serve's `tls`, Deno.serve): an options object holding one is server options, wherever
 * it is built or passed. (`handshakeTimeout` is not here: the `ws` client takes one too.)
 */
export const TLS_SERVER_ONLY_OPTIONS: readonly string[] = ["requestCert", "SNICallback", "ALPNCallback", "ticketKeys"];

/**
 * Proxy agents whose proxy address (the first argument, or a `uri` option) is not the TLS peer:
 * the TLS options they take (`new HttpsProxyAgent(proxy, { rejectUnauthorized })`, undici's
 * `requestTls`) are for the remote target reached through the proxy, so a loopback proxy says
 * nothing about the peer. `proxyTlsKeys` name the options for the TLS connection to the proxy
 * itself (undici's `proxyTls`), where the proxy's address is the peer.
 *
 * Sources: undici docs (docs/api/ProxyAgent.md, EnvHttpProxyAgent.md), TooTallNate/proxy-agents
 * (https-proxy-agent, socks-proxy-agent READMEs).
 */
export const PROXY_AGENTS: Readonly<Record<string, Readonly<Record<string, { proxyTlsKeys: readonly string[] }>>>> = {
  undici: { ProxyAgent: { proxyTlsKeys: ["proxyTls"] }, EnvHttpProxyAgent: { proxyTlsKeys: ["proxyTls"] } },
  "https-proxy-agent": { HttpsProxyAgent: { proxyTlsKeys: [] } },
  "socks-proxy-agent": { SocksProxyAgent: { proxyTlsKeys: [] } },
};

/**
 * Test runners that drive a browser: in a file importing one, browser options such as
 * `ignoreHTTPSErrors: true` configure the browser under test (`defineConfig({ use: { … } })`,
 * `test.use({ … })`), not an agent browsing for users.
 */
export const BROWSER_TEST_RUNNER_MODULES: readonly string[] = [
  "@playwright/test",
  "playwright/test",
  "@playwright/experimental-ct-react",
  "@playwright/experimental-ct-vue",
  "@playwright/experimental-ct-svelte",
];

/** Option names that carry the peer's address, for telling loopback-only connections apart. */
export const CONNECTION_HOST_OPTIONS: readonly string[] = ["host", "hostname", "servername"];
export const CONNECTION_URL_OPTIONS: readonly string[] = ["url", "uri", "baseURL", "baseUrl", "node", "nodes", "endpoint", "address", "connectionString", "origin"];

// ---------------------------------------------------------------------------------------------
// Protocol versions
// ---------------------------------------------------------------------------------------------

/** Protocol names in ascending order. `minVersion`/`maxVersion` accept `TLSv1` … `TLSv1.3`. */
export const TLS_VERSION_ORDER = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"] as const;
export type TlsVersion = (typeof TLS_VERSION_ORDER)[number];
export type MinimumTlsVersion = "TLSv1.2" | "TLSv1.3";

/** Node's `tls.DEFAULT_MIN_VERSION` when no `--tls-min-*` flag is given. */
export const NODE_DEFAULT_MIN_VERSION: TlsVersion = "TLSv1.2";

/** The rank of a protocol name, or -1 when it is not one. */
export function tlsVersionRank(name: string): number {
  return (TLS_VERSION_ORDER as readonly string[]).indexOf(name);
}

export function isTlsVersion(name: unknown): name is TlsVersion {
  return typeof name === "string" && tlsVersionRank(name) >= 0;
}

/** Option names that bound the protocol range. */
export const MIN_VERSION_OPTION = "minVersion";
export const MAX_VERSION_OPTION = "maxVersion";

/** Writable members of `node:tls` that set the process-wide defaults. */
export const TLS_DEFAULT_MIN = "DEFAULT_MIN_VERSION";
export const TLS_DEFAULT_MAX = "DEFAULT_MAX_VERSION";
export const TLS_DEFAULT_CIPHERS = "DEFAULT_CIPHERS";

/**
 * `secureProtocol` method names and the protocol range each one allows (Node's
 * SecureContext::Init). `lowest` is OpenSSL's lowest supported version: Node always sets
 * `SSL_OP_NO_SSLv3`, so TLS 1.0. `default` is `tls.DEFAULT_MIN_VERSION`. Node throws on the SSLv2
 * and SSLv3 methods; they are listed because code naming them still asks for a broken protocol.
 * A `secureProtocol` cannot be combined with `minVersion`/`maxVersion` (Node throws), so the method
 * alone decides the range, narrowed only by `SSL_OP_NO_*` flags in `secureOptions`.
 */
export interface ProtocolRange {
  min: TlsVersion | "lowest" | "default";
  max: TlsVersion;
}

function methodFamily(prefix: string, range: ProtocolRange): Array<[string, ProtocolRange]> {
  return [`${prefix}_method`, `${prefix}_client_method`, `${prefix}_server_method`].map((name) => [name, range]);
}

export const SECURE_PROTOCOL_METHODS: ReadonlyMap<string, ProtocolRange> = new Map([
  ...methodFamily("SSLv2", { min: "SSLv2", max: "SSLv2" }),
  ...methodFamily("SSLv3", { min: "SSLv3", max: "SSLv3" }),
  ...methodFamily("SSLv23", { min: "default", max: "TLSv1.2" }),
  ...methodFamily("TLS", { min: "lowest", max: "TLSv1.3" }),
  ...methodFamily("TLSv1", { min: "TLSv1", max: "TLSv1" }),
  ...methodFamily("TLSv1_1", { min: "TLSv1.1", max: "TLSv1.1" }),
  ...methodFamily("TLSv1_2", { min: "TLSv1.2", max: "TLSv1.2" }),
]);

/** The lowest protocol OpenSSL offers under `TLS_method` in Node (SSLv3 is always switched off). */
export const LOWEST_NEGOTIABLE_VERSION: TlsVersion = "TLSv1";

/** `secureOptions` flags that switch a protocol off, by the version they remove. */
export const NO_PROTOCOL_FLAGS: Readonly<Record<string, TlsVersion>> = {
  SSL_OP_NO_SSLv2: "SSLv2",
  SSL_OP_NO_SSLv3: "SSLv3",
  SSL_OP_NO_TLSv1: "TLSv1",
  SSL_OP_NO_TLSv1_1: "TLSv1.1",
  SSL_OP_NO_TLSv1_2: "TLSv1.2",
  SSL_OP_NO_TLSv1_3: "TLSv1.3",
};

/**
 * `secureOptions` flags that lower security (OpenSSL `SSL_CTX_set_options`). Node ORs
 * `secureOptions` into the context, so a flag can only be added, never cleared: the protocol floor
 * cannot be lowered this way, but these flags weaken what remains.
 */
export const WEAKENING_SECURE_OPTIONS: Readonly<Record<string, string>> = {
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: "allows insecure legacy renegotiation (CVE-2009-3555)",
  SSL_OP_LEGACY_SERVER_CONNECT: "connects to servers without secure renegotiation (RFC 5746)",
  SSL_OP_TLS_ROLLBACK_BUG: "turns off protocol rollback detection",
  SSL_OP_NO_ENCRYPT_THEN_MAC: "turns off encrypt-then-MAC for CBC suites",
  SSL_OP_ALLOW_NO_DHE_KEX: "resumes TLS 1.3 sessions without forward secrecy",
};

/**
 * OpenSSL 3 values of the flags above (stable since 1.1.1), for `secureOptions` written as numbers.
 * `crypto.constants` carries the same values at run time.
 */
export const SECURE_OPTION_VALUES: Readonly<Record<string, number>> = {
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 0x40000,
  SSL_OP_LEGACY_SERVER_CONNECT: 0x4,
  SSL_OP_TLS_ROLLBACK_BUG: 0x800000,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 0x80000,
  SSL_OP_ALLOW_NO_DHE_KEX: 0x400,
  SSL_OP_NO_SSLv3: 0x2000000,
  SSL_OP_NO_TLSv1: 0x4000000,
  SSL_OP_NO_TLSv1_1: 0x10000000,
  SSL_OP_NO_TLSv1_2: 0x8000000,
  SSL_OP_NO_TLSv1_3: 0x20000000,
};

/** Node command-line flags that move the default protocol range (also read from `NODE_OPTIONS`). */
export const NODE_TLS_VERSION_FLAGS: Readonly<Record<string, { bound: "min" | "max"; version: TlsVersion }>> = {
  "--tls-min-v1.0": { bound: "min", version: "TLSv1" },
  "--tls-min-v1.1": { bound: "min", version: "TLSv1.1" },
  "--tls-min-v1.2": { bound: "min", version: "TLSv1.2" },
  "--tls-min-v1.3": { bound: "min", version: "TLSv1.3" },
  "--tls-max-v1.2": { bound: "max", version: "TLSv1.2" },
  "--tls-max-v1.3": { bound: "max", version: "TLSv1.3" },
};

/** Node flag that replaces the default cipher list. */
export const NODE_CIPHER_LIST_FLAG = "--tls-cipher-list";

// ---------------------------------------------------------------------------------------------
// Cipher lists (OpenSSL `ciphers` syntax; names are case-sensitive)
// ---------------------------------------------------------------------------------------------

/** What makes a cipher suite weak. */
export type WeakCipherClass = "null" | "anonymous-dh" | "anonymous-ecdh" | "export" | "des" | "3des" | "rc4" | "rc2" | "md5" | "idea";

export const WEAK_CIPHER_CLASS_LABELS: Readonly<Record<WeakCipherClass, string>> = {
  null: "no encryption",
  "anonymous-dh": "no server authentication",
  "anonymous-ecdh": "no server authentication",
  export: "export-grade keys",
  des: "56-bit DES",
  "3des": "64-bit-block 3DES (Sweet32)",
  rc4: "broken RC4",
  rc2: "broken RC2",
  md5: "MD5 MACs",
  idea: "64-bit-block IDEA",
};

/**
 * Cipher-string keywords and the weak classes they select. `ALL` is every suite the library has
 * except `eNULL`: with OpenSSL 3 (bundled with Node 17+, and the system default) that adds the
 * anonymous suites, while RC4, DES, 3DES and export suites are no longer built in, so only the
 * anonymous classes are counted for it. `HIGH` also holds anonymous suites but is the base of
 * Node's own default list (`HIGH:!aNULL:…`), so it is not here.
 */
export const WEAK_CIPHER_KEYWORDS: Readonly<Record<string, readonly WeakCipherClass[]>> = {
  NULL: ["null"],
  eNULL: ["null"],
  COMPLEMENTOFALL: ["null"],
  aNULL: ["anonymous-dh", "anonymous-ecdh"],
  ADH: ["anonymous-dh"],
  AECDH: ["anonymous-ecdh"],
  COMPLEMENTOFDEFAULT: ["anonymous-dh", "anonymous-ecdh"],
  EXPORT: ["export"],
  EXP: ["export"],
  EXPORT40: ["export"],
  EXPORT56: ["export"],
  LOW: ["des"],
  DES: ["des"],
  "3DES": ["3des"],
  RC4: ["rc4"],
  RC2: ["rc2"],
  MD5: ["md5"],
  IDEA: ["idea"],
  ALL: ["anonymous-dh", "anonymous-ecdh"],
};

/** Parts of a full suite name (`ECDHE-RSA-DES-CBC3-SHA`) that make it weak. */
export const WEAK_SUITE_COMPONENTS: Readonly<Record<string, WeakCipherClass>> = {
  NULL: "null",
  ADH: "anonymous-dh",
  AECDH: "anonymous-ecdh",
  EXP: "export",
  EXP1024: "export",
  RC4: "rc4",
  RC2: "rc2",
  MD5: "md5",
  IDEA: "idea",
};

/** `@SECLEVEL=0` re-enables everything OpenSSL 3 refuses by default: TLS 1.0/1.1, SHA-1 signatures, tiny keys. */
export const INSECURE_SECURITY_LEVEL = 0;

/**
 * `tls.connect({ minDHSize })`: the smallest Diffie-Hellman group (in bits) a client accepts for a
 * DHE key exchange; a smaller one fails the handshake. Node's default is 1024; below that, groups
 * can be broken by precomputation (Logjam), exposing the session. Source: nodejs/node doc/api/tls.md.
 */
export const MIN_DH_SIZE_OPTION = "minDHSize";
export const MIN_DH_SIZE_FLOOR = 1024;
/** The size suggested instead: the floor NIST SP 800-57 and the Logjam authors recommend. */
export const RECOMMENDED_MIN_DH_SIZE = 2048;

/** A weak part of a cipher list, as written. */
export interface WeakCipherToken {
  token: string;
  reason: string;
}

interface CipherStep {
  op: "add" | "remove" | "kill" | "order";
  classes: WeakCipherClass[];
}

function classesOfSuite(name: string): WeakCipherClass[] {
  const parts = name.split("-");
  const out: WeakCipherClass[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === "DES") out.push(parts[i + 1] === "CBC3" || parts[i + 1] === "EDE3" ? "3des" : "des");
    else if (part.startsWith("EXP")) out.push("export");
    else if (WEAK_SUITE_COMPONENTS[part]) out.push(WEAK_SUITE_COMPONENTS[part]!);
  }
  return out;
}

/** The weak classes one cipher-list element selects: a keyword, a `+`-joined combination, or a suite name. */
function classesOfElement(element: string): WeakCipherClass[] {
  const out = new Set<WeakCipherClass>();
  for (const piece of element.split("+")) {
    const keyword = WEAK_CIPHER_KEYWORDS[piece];
    if (keyword) keyword.forEach((c) => out.add(c));
    else if (piece.includes("-")) classesOfSuite(piece).forEach((c) => out.add(c));
  }
  return [...out];
}

/**
 * The weak suites an OpenSSL cipher list leaves enabled, following OpenSSL's rules: `!X` removes
 * for good, `-X` removes until a later element adds it back, `+X` only reorders. Returns the
 * elements that enable a weak class still enabled at the end, and `@SECLEVEL=0`.
 */
export function findWeakCipherTokens(list: string): WeakCipherToken[] {
  const elements: string[] = [];
  for (const element of list.split(/[:, ]/)) {
    // OpenSSL ends an element at `@`: `DEFAULT@SECLEVEL=0` is `DEFAULT` then `@SECLEVEL=0`.
    const at = element.indexOf("@");
    if (at > 0) elements.push(element.slice(0, at), element.slice(at));
    else if (element.length > 0) elements.push(element);
  }
  const steps: Array<CipherStep & { element: string }> = [];
  const out: WeakCipherToken[] = [];
  for (const raw of elements) {
    if (raw.startsWith("@")) {
      const level = /^@SECLEVEL=(\d)$/.exec(raw);
      if (level && Number(level[1]) === INSECURE_SECURITY_LEVEL) {
        out.push({ token: raw, reason: "re-enables TLS 1.0/1.1, SHA-1 signatures and short keys" });
      }
      continue;
    }
    const first = raw[0];
    const op: CipherStep["op"] = first === "!" ? "kill" : first === "-" ? "remove" : first === "+" ? "order" : "add";
    const element = op === "add" ? raw : raw.slice(1);
    steps.push({ op, classes: classesOfElement(element), element: raw });
  }
  const killed = new Set<WeakCipherClass>();
  for (const step of steps) if (step.op === "kill") step.classes.forEach((c) => killed.add(c));
  const enabledBy = new Map<WeakCipherClass, string>();
  for (const step of steps) {
    for (const c of step.classes) {
      if (step.op === "add" && !killed.has(c)) {
        if (!enabledBy.has(c)) enabledBy.set(c, step.element);
      } else if (step.op === "remove") {
        enabledBy.delete(c);
      }
    }
  }
  const weak: WeakCipherToken[] = [];
  for (const step of steps) {
    const classes = step.classes.filter((c) => enabledBy.get(c) === step.element);
    if (classes.length === 0 || weak.some((w) => w.token === step.element)) continue;
    const labels = [...new Set(classes.map((c) => WEAK_CIPHER_CLASS_LABELS[c]))];
    weak.push({ token: step.element, reason: labels.join(", ") });
  }
  return [...weak, ...out];
}
