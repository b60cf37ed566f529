#!/usr/bin/env node
// Reads one C2PA asset with a third-party reader and prints ONE JSON verdict line to stdout.
//
//   node verify.mjs --reader node|wasm|ts --file PATH --mime TYPE [--trust PEM] [--sidecar STORE]
//   node verify.mjs --batch   < requests.jsonl   (one request per line, one verdict per line)
//
// A batch request is {"id":any, "reader":..., "file":..., "mime":..., "trust":..., "sidecar":...};
// the verdict echoes "id". Verdict:
//   {"reader","state":"Invalid|Valid|Trusted|NoManifest|Error","success":[],"informational":[],
//    "failure":[],"digitalSourceTypes":[],"activeManifest","error","report"}
//
// Readers: node = @contentauth/c2pa-node (c2pa-rs 0.90.1, native), wasm = @contentauth/c2pa-wasm
// (c2pa-rs 0.92.0), ts = @trustnxt/c2pa-ts (independent TypeScript). All run offline: no OCSP
// fetch, no remote manifest fetch. Only this file's own output goes to stdout.

import fs from 'node:fs';
import readline from 'node:readline';
import { createRequire } from 'node:module';

// Libraries must not write to stdout: it carries the verdicts.
const stdoutWrite = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = console.warn = (...a) => console.error(...a);

const require = createRequire(import.meta.url);

// Extended key usages accepted for signing certificates when trust anchors are given (c2pa-rs
// `trust.trust_config`). c2pa-rs ADDS these to its built-in list (emailProtection,
// documentSigning, timeStamping, OCSPSigning are always accepted; 0.90/0.92 also accept C2PA
// claimSigning by default). Stated here, as in c2pa-rs's test store.cfg, so a Candor certificate
// with only the MS C2PA signing or C2PA claimSigning EKU chains as Trusted whatever the default.
const SIGNING_EKUS = [
  '1.3.6.1.5.5.7.3.4',
  '1.3.6.1.5.5.7.3.36',
  '1.3.6.1.5.5.7.3.8',
  '1.3.6.1.5.5.7.3.9',
  '1.3.6.1.4.1.311.76.59.1.9',
  '1.3.6.1.4.1.62558.2.1',
].join('\n');

/** c2pa-rs settings (snake_case JSON, as both npm builds take them). */
function rsSettings(trustPem) {
  const settings = {
    verify: { ocsp_fetch: false, remote_manifest_fetch: false, verify_trust: true },
  };
  if (trustPem) {
    settings.trust = { trust_anchors: trustPem, trust_config: SIGNING_EKUS };
  }
  return JSON.stringify(settings);
}

function codes(list) {
  return (list ?? []).map((s) => s.code);
}

/** Every digitalSourceType in the actions assertions of a c2pa-rs JSON manifest. */
function rsSourceTypes(manifest) {
  const types = [];
  for (const assertion of manifest?.assertions ?? []) {
    if (!/^c2pa\.actions(\.v\d+)?(__\d+)?$/.test(assertion.label ?? '')) continue;
    for (const action of assertion.data?.actions ?? []) {
      if (typeof action.digitalSourceType === 'string') types.push(action.digitalSourceType);
    }
  }
  return types;
}

function verdict(reader, fields) {
  return {
    reader,
    state: fields.state,
    success: fields.success ?? [],
    informational: fields.informational ?? [],
    failure: fields.failure ?? [],
    digitalSourceTypes: fields.digitalSourceTypes ?? [],
    activeManifest: fields.activeManifest ?? null,
    error: fields.error ?? null,
    report: fields.report ?? null,
  };
}

/** Verdict from a c2pa-rs manifest store report (same JSON from the native and wasm builds). */
function rsVerdict(reader, report) {
  const active = report.active_manifest ?? null;
  const results = report.validation_results?.activeManifest;
  return verdict(reader, {
    state: report.validation_state ?? 'Error',
    // Older reports carry only the flat validation_status list (failures).
    success: codes(results?.success),
    informational: codes(results?.informational),
    failure: results ? codes(results.failure) : codes(report.validation_status),
    digitalSourceTypes: rsSourceTypes(active ? report.manifests?.[active] : null),
    activeManifest: active,
    report,
  });
}

function errorText(e) {
  if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
  return String(e);
}

/**
 * c2pa-rs refusals: JumbfNotFound means no store at all; RemoteManifestUrl means the asset only
 * points to a remote store, which we never fetch, so there is no manifest to judge either.
 */
function rsError(reader, e) {
  const message = errorText(e);
  const noManifest = /JumbfNotFound|RemoteManifestUrl/.test(message);
  return verdict(reader, { state: noManifest ? 'NoManifest' : 'Error', error: message });
}

async function readWithNode(req, bytes) {
  const { Reader } = await import('@contentauth/c2pa-node');
  const asset = { buffer: bytes, mimeType: req.mime };
  try {
    const reader = req.sidecar
      ? await Reader.fromManifestDataAndAsset(fs.readFileSync(req.sidecar), asset, rsSettings(req.trustPem))
      : await Reader.fromAsset(asset, rsSettings(req.trustPem));
    // fromAsset resolves to null (not an error) when the asset holds no manifest store.
    if (!reader) return verdict('c2pa-node', { state: 'NoManifest' });
    return rsVerdict('c2pa-node', reader.json());
  } catch (e) {
    return rsError('c2pa-node', e);
  }
}

let wasmReady;
async function readWithWasm(req, bytes) {
  const wasm = await import('@contentauth/c2pa-wasm');
  wasmReady ??= wasm.default({
    module_or_path: fs.readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')),
  });
  await wasmReady;
  if (req.sidecar) {
    return verdict('c2pa-wasm', { state: 'Error', error: 'side-car reading: c2pa-node only' });
  }
  let reader;
  try {
    reader = await wasm.WasmReader.fromBytes(req.mime, new Uint8Array(bytes), rsSettings(req.trustPem));
    return rsVerdict('c2pa-wasm', JSON.parse(reader.json()));
  } catch (e) {
    return rsError('c2pa-wasm', e);
  } finally {
    reader?.free();
  }
}

/** c2pa-ts: no trust-anchor check (its "signingCredential.trusted" is only a profile check). */
async function readWithTs(req, bytes) {
  const { JPEG, PNG, BMFF, MP3 } = await import('@trustnxt/c2pa-ts/asset');
  const { SuperBox } = await import('@trustnxt/c2pa-ts/jumbf');
  const { ManifestStore, ValidationResult } = await import('@trustnxt/c2pa-ts/manifest');
  const buf = new Uint8Array(bytes);
  const type = [JPEG, PNG, BMFF, MP3].find((t) => t.canRead(buf));
  if (!type) return verdict('c2pa-ts', { state: 'Error', error: `unsupported format: ${req.mime}` });
  const asset = new type(buf);
  const jumbf = req.sidecar ? new Uint8Array(fs.readFileSync(req.sidecar)) : asset.getManifestJUMBF();
  if (!jumbf) return verdict('c2pa-ts', { state: 'NoManifest' });
  let result;
  let store;
  try {
    store = ManifestStore.read(SuperBox.fromBuffer(jumbf));
    result = await store.validate(asset);
  } catch (e) {
    result = ValidationResult.fromError(e);
  }
  const entries = result.statusEntries.map((s) => ({
    code: s.code,
    url: s.url ?? null,
    explanation: s.explanation ?? null,
    success: !!s.success,
  }));
  const active = store?.getActiveManifest();
  const types = [];
  const manifests = (store?.manifests ?? []).map((m) => ({
    label: m.label ?? null,
    assertions: (m.assertions?.assertions ?? []).map((a) => a.label),
  }));
  for (const a of active?.assertions?.assertions ?? []) {
    for (const action of Array.isArray(a.actions) ? a.actions : []) {
      if (typeof action.digitalSourceType === 'string') types.push(action.digitalSourceType);
    }
  }
  return verdict('c2pa-ts', {
    state: result.isValid ? 'Valid' : 'Invalid',
    success: entries.filter((s) => s.success).map((s) => s.code),
    failure: entries.filter((s) => !s.success).map((s) => s.code),
    digitalSourceTypes: types,
    activeManifest: active?.label ?? null,
    report: { isValid: result.isValid, statusEntries: entries, activeManifest: active?.label ?? null, manifests },
  });
}

const READERS = { node: readWithNode, wasm: readWithWasm, ts: readWithTs };
const READER_NAMES = { node: 'c2pa-node', wasm: 'c2pa-wasm', ts: 'c2pa-ts' };

async function verify(req) {
  const read = READERS[req.reader];
  if (!read) return verdict(String(req.reader), { state: 'Error', error: `unknown reader: ${req.reader}` });
  try {
    if (!req.file || !req.mime) throw new Error('file and mime are required');
    const bytes = fs.readFileSync(req.file);
    const trustPem = req.trust ? fs.readFileSync(req.trust, 'utf8') : null;
    return await read({ ...req, trustPem }, bytes);
  } catch (e) {
    return verdict(READER_NAMES[req.reader], { state: 'Error', error: errorText(e) });
  }
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key === '--batch') {
      args.batch = true;
    } else if (['--reader', '--file', '--mime', '--trust', '--sidecar'].includes(key) && i + 1 < argv.length) {
      args[key.slice(2)] = argv[++i];
    } else {
      throw new Error(`bad argument: ${key}`);
    }
  }
  return args;
}

function emit(obj) {
  stdoutWrite(JSON.stringify(obj) + '\n');
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e.message}\nusage: verify.mjs --reader node|wasm|ts --file PATH --mime TYPE ` +
      '[--trust PEM] [--sidecar STORE] | --batch');
    process.exit(2);
  }
  if (!args.batch) {
    emit(await verify(args));
    return;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      emit({ ...verdict(null, { state: 'Error', error: `bad request: ${e.message}` }), id: null });
      continue;
    }
    emit({ ...(await verify(req)), id: req.id ?? null });
  }
}

await main();
