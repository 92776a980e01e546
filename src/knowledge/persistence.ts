/**
 * Where AI data lands on local disk: vector stores that persist to a local path, calls whose
 * results are embeddings, model and dataset file names, and the `fs` calls that create files with
 * a mode (and where that mode is passed).
 */

/** A vector store class whose instances write themselves to a local path. */
export interface LocalVectorStore {
  /** Shown in messages. */
  label: string;
  /** Import sources that export the class (without `node:`). */
  modules: readonly string[];
  /** The exported class name. */
  className: string;
  /** Static methods that return an instance (besides `new`). */
  factories: readonly string[];
  /** Instance methods that write the store to the path given as their first argument. */
  saveMethods: readonly string[];
}

/**
 * LangChain wrappers and native index libraries whose `save`/`write` call is the persistence. Read
 * in their sources: LangChain `SaveableVectorStore.save(directory)` writes the index and a
 * `docstore.json` holding every chunk's text; `CloseVectorWeb.save` writes to the browser's
 * IndexedDB-backed file system; hnswlib-node `writeIndex`/`writeIndexSync(filename)`; faiss-node
 * `write(fname)`.
 */
export const LOCAL_VECTOR_STORES: readonly LocalVectorStore[] = [
  {
    label: "HNSWLib",
    modules: ["@langchain/community/vectorstores/hnswlib", "langchain/vectorstores/hnswlib", "langchain/vectorstores"],
    className: "HNSWLib",
    factories: ["fromTexts", "fromDocuments", "load"],
    saveMethods: ["save"],
  },
  {
    label: "FaissStore",
    modules: ["@langchain/community/vectorstores/faiss", "langchain/vectorstores/faiss", "langchain/vectorstores"],
    className: "FaissStore",
    factories: ["fromTexts", "fromDocuments", "fromIndex", "load", "loadFromPython"],
    saveMethods: ["save"],
  },
  {
    label: "CloseVectorNode",
    modules: ["@langchain/community/vectorstores/closevector/node", "langchain/vectorstores/closevector/node"],
    className: "CloseVectorNode",
    factories: ["fromTexts", "fromDocuments", "load", "loadFromCloud"],
    saveMethods: ["save"],
  },
  {
    label: "CloseVectorWeb",
    modules: ["@langchain/community/vectorstores/closevector/web", "langchain/vectorstores/closevector/web"],
    className: "CloseVectorWeb",
    factories: ["fromTexts", "fromDocuments", "load", "loadFromCloud"],
    saveMethods: ["save"],
  },
  {
    label: "hnswlib-node index",
    modules: ["hnswlib-node"],
    className: "HierarchicalNSW",
    factories: [],
    saveMethods: ["writeIndex", "writeIndexSync"],
  },
  {
    label: "hnswlib-node index",
    modules: ["hnswlib-node"],
    className: "BruteforceSearch",
    factories: [],
    saveMethods: ["writeIndex", "writeIndexSync"],
  },
  ...["Index", "IndexFlatL2", "IndexFlatIP"].map((className) => ({
    label: "faiss-node index",
    modules: ["faiss-node"],
    className,
    factories: ["read", "fromBuffer", "fromFactory"],
    saveMethods: ["write"],
  })),
];

/** LanceDB clients: `connect(uri)` / `connect({ uri })`; a URI without `scheme://` (or `file://`) is a local directory. */
export const LANCEDB_MODULES: readonly string[] = ["@lancedb/lancedb", "vectordb"];

/** LangChain's LanceDB wrapper: without a `table`, it connects to `uri` itself, by default `~/lancedb`. */
export const LANGCHAIN_LANCEDB_MODULES: readonly string[] = ["@langchain/community/vectorstores/lancedb", "langchain/vectorstores/lancedb"];
export const LANGCHAIN_LANCEDB_DEFAULT_URI = "~/lancedb";

/**
 * LlamaIndex TS: `storageContextFromDefaults({ persistDir })` builds `SimpleDocumentStore`,
 * `SimpleIndexStore` and `SimpleVectorStore` from that directory and rewrites their JSON files on
 * every insert; `SimpleVectorStore.fromPersistDir`/`fromPersistPath` do the same for the vectors,
 * and `persist(path)` writes them once (default `./storage/vector_store.json`).
 */
export const LLAMAINDEX_MODULES: readonly string[] = ["llamaindex", "llamaindex/storage", "llamaindex/vector-store"];
export const LLAMAINDEX_DEFAULT_PERSIST_DIR = "./storage";

/** LangChain's in-memory store: no persistence of its own; its `memoryVectors` are the embeddings. */
export const MEMORY_VECTOR_STORE_MODULES: readonly string[] = [
  "langchain/vectorstores/memory",
  "@langchain/classic/vectorstores/memory",
];
export const MEMORY_VECTORS_PROPERTY = "memoryVectors";

/**
 * Methods whose result is an embedding or a list of them, matched by name on any receiver:
 * LangChain `Embeddings` (`embedQuery`, `embedDocuments`) and LlamaIndex `BaseEmbedding`.
 */
export const EMBEDDING_METHODS: ReadonlySet<string> = new Set([
  "embedQuery",
  "embedDocuments",
  "getTextEmbedding",
  "getTextEmbeddings",
  "getTextEmbeddingsBatch",
  "getQueryEmbedding",
]);

/** `<client>.embeddings.create(...)` (OpenAI, Azure OpenAI, Groq, Mistral-compatible clients): the receiver path ends with these. */
export const EMBEDDINGS_CREATE_PATH: readonly string[] = ["embeddings", "create"];

/** Vercel AI SDK: `embed()` → `{ embedding }`, `embedMany()` → `{ embeddings }`. */
export const AI_SDK_MODULE = "ai";
export const AI_SDK_EMBED_FUNCTIONS: readonly string[] = ["embed", "embedMany"];

/** Members of an embeddings result that are not the vectors (counts, sizes). */
export const NON_DATA_MEMBERS: ReadonlySet<string> = new Set(["length", "size", "byteLength", "usage", "model", "object"]);

// ---------------------------------------------------------------------------------------------
// Model and dataset files

/** Extensions that are model weights, adapters or serialized models whatever the name around them. */
export const MODEL_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  "safetensors",
  "gguf",
  "ggml",
  "pt",
  "pth",
  "onnx",
  "ckpt",
  "h5",
  "keras",
  "tflite",
  "mlmodel",
  "npz",
  "pkl",
  "pickle",
  "joblib",
]);

/**
 * Extensions that hold models or datasets only sometimes (`.bin` is any binary, `.pb` any
 * protobuf, `.jsonl` any log): they count when a word of the known path says model or dataset.
 */
export const AMBIGUOUS_MODEL_EXTENSIONS: ReadonlySet<string> = new Set(["bin", "pb", "jsonl", "parquet", "arrow"]);

/** File names that are model files in the Hugging Face / TensorFlow layouts. */
export const MODEL_FILE_NAMES: ReadonlySet<string> = new Set([
  "pytorch_model.bin",
  "adapter_model.bin",
  "tf_model.h5",
  "saved_model.pb",
  "tokenizer.model",
  "training_args.bin",
  "optimizer.pt",
]);

/** Name prefixes of model files (`adapter_model.safetensors`, `pytorch_model-00001-of-00002.bin`). */
export const MODEL_FILE_NAME_PREFIXES: readonly string[] = ["adapter_model", "pytorch_model", "consolidated."];

/**
 * Words in a path that say it holds model weights or training data. A path's words are split on
 * every non-letter, so `constraints.jsonl` does not say "train" but `training-set/` does. The
 * first list matches word beginnings (`models`, `checkpoints`, `training`), the second whole words.
 */
export const MODEL_PATH_WORD_PREFIXES: readonly string[] = [
  "model",
  "weight",
  "checkpoint",
  "adapter",
  "ggml",
  "gguf",
  "llama",
  "pytorch",
  "safetensors",
  "onnx",
  "train",
  "dataset",
  "finetun",
  "corpus",
  "embedding",
];
export const MODEL_PATH_WORDS: ReadonlySet<string> = new Set(["ckpt", "lora", "loras", "sft", "dpo", "rlhf", "hf", "huggingface"]);

/** Suffixes of files still being downloaded or written (`model.gguf.part`): the name before them counts. */
export const PARTIAL_FILE_SUFFIXES: readonly string[] = ["part", "partial", "tmp", "incomplete", "download", "crdownload"];

/** Folders anyone on the host can list and read, and environment variables that point at one. */
export const SHARED_TEMP_DIRS: readonly string[] = ["/tmp", "/var/tmp", "/dev/shm"];
export const TEMP_DIR_ENV_VARS: ReadonlySet<string> = new Set(["TMPDIR", "TMP", "TEMP"]);

// ---------------------------------------------------------------------------------------------
// fs calls that create files or set their mode

/** Where a call takes its mode. */
export type ModeLocation =
  | { kind: "argument"; index: number }
  /** In an options object at `index` (`{ mode }`); `numberAllowed` when a bare number there is the mode (`mkdir(path, 0o700)`). */
  | { kind: "option"; index: number; numberAllowed: boolean };

export interface FsModeCall {
  /** What the call does to the path in its first argument. */
  action: "write" | "open" | "mkdir" | "chmod" | "fchmod";
  mode: ModeLocation;
  /** For `open`: the index of the flags argument (no flags means read-only, which creates nothing). */
  flagsIndex?: number;
}

const WRITE: FsModeCall = { action: "write", mode: { kind: "option", index: 2, numberAllowed: false } };
const OPEN: FsModeCall = { action: "open", mode: { kind: "argument", index: 2 }, flagsIndex: 1 };
const MKDIR: FsModeCall = { action: "mkdir", mode: { kind: "option", index: 1, numberAllowed: true } };
const CHMOD: FsModeCall = { action: "chmod", mode: { kind: "argument", index: 1 } };
const FCHMOD: FsModeCall = { action: "fchmod", mode: { kind: "argument", index: 1 } };
const STREAM: FsModeCall = { action: "write", mode: { kind: "option", index: 1, numberAllowed: false } };

/** `node:fs` functions (also under `fs.promises` and `fs/promises` where they exist there). */
export const FS_MODE_CALLS: Readonly<Record<string, FsModeCall>> = {
  writeFile: WRITE,
  writeFileSync: WRITE,
  appendFile: WRITE,
  appendFileSync: WRITE,
  createWriteStream: STREAM,
  open: OPEN,
  openSync: OPEN,
  mkdir: MKDIR,
  mkdirSync: MKDIR,
  chmod: CHMOD,
  chmodSync: CHMOD,
  lchmod: CHMOD,
  lchmodSync: CHMOD,
  fchmod: FCHMOD,
  fchmodSync: FCHMOD,
};

/** The promise API's names (`fs.promises.x`, `fs/promises`). */
export const FS_PROMISES_MODE_CALLS: readonly string[] = ["writeFile", "appendFile", "open", "mkdir", "chmod", "lchmod"];

/** `fs` calls that write data to the path in their first argument (for embeddings written to disk). */
export const FS_DATA_WRITES: ReadonlySet<string> = new Set(["writeFile", "writeFileSync", "appendFile", "appendFileSync"]);

/** POSIX permission bits as `fs.constants` names them (the values are fixed by POSIX). */
export const FS_MODE_CONSTANTS: Readonly<Record<string, number>> = {
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
};

/** Read bits for group and others. */
export const GROUP_OR_OTHER_READ = 0o044;
export const OWNER_ONLY_FILE_MODE = "0o600";
export const OWNER_ONLY_DIR_MODE = "0o700";

/** Model downloaders that write into a cache folder chosen by an option. */
export const MODEL_CACHE_DOWNLOADS: Readonly<Record<string, { functions: readonly string[]; option: string }>> = {
  "@huggingface/hub": { functions: ["downloadFileToCacheDir", "snapshotDownload"], option: "cacheDir" },
};

/** transformers.js: `env.cacheDir = …` is where downloaded weights are cached on Node. */
export const TRANSFORMERS_JS_MODULES: readonly string[] = ["@huggingface/transformers", "@xenova/transformers"];
