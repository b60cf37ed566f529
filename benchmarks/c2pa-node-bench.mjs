#!/usr/bin/env node
// Times the C2PA reference SDK (c2pa-rs through @contentauth/c2pa-node, native, in one warm
// process) on the same files the JMH suite uses, beside SHA-256 + copy of the same bytes in Node.
//
//   node c2pa-node-bench.mjs [--inputs DIR] [--iterations N] [--warmup W] [--defaults]
//                            [--json OUT]
//
// Operations per image: sign buffer -> buffer, sign file -> file, read (= verify) the signed
// buffer; baselines: SHA-256 + copy in memory, and read + SHA-256 + write + fsync of the file.
// Signing: ES256 with the development PKI GenerateInputs wrote (inputs/pki), no time-stamp, no
// thumbnail, no verify-after-sign (Candor does neither). --defaults also times c2pa-rs's default
// settings (thumbnail on, verify after sign) in memory. Times are medians of N runs, milliseconds.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const inputs = path.resolve(arg('--inputs', path.join(here, 'target', 'inputs')));
const iterations = Number(arg('--iterations', '10'));
const warmup = Number(arg('--warmup', '3'));
const withDefaults = process.argv.includes('--defaults');
const jsonOut = arg('--json', path.join(here, 'target', 'c2pa-node.json'));
const sdkDir = path.resolve(arg('--sdk', path.join(here, 'node')));

const sdkEntry = path.join(sdkDir, 'node_modules', '@contentauth', 'c2pa-node', 'dist', 'index.js');
const { Builder, LocalSigner, Reader } = await import(pathToFileURL(sdkEntry).href);
const sdkVersion = JSON.parse(
  fs.readFileSync(path.join(path.dirname(sdkEntry), '..', 'package.json'), 'utf8'),
).version;

const IMAGES = [
  ['JPEG_2MP', 'jpeg-2mp.jpg', 'image/jpeg'],
  ['JPEG_12MP', 'jpeg-12mp.jpg', 'image/jpeg'],
  ['JPEG_24MP', 'jpeg-24mp.jpg', 'image/jpeg'],
  ['PNG_1080P', 'png-1080p.png', 'image/png'],
  ['PNG_4K', 'png-4k.png', 'image/png'],
  ['WEBP_12MP', 'webp-12mp.webp', 'image/webp'],
];

const pki = path.join(inputs, 'pki');
const chainPem = fs.readFileSync(path.join(pki, 'chain.pem'));
const keyPem = fs.readFileSync(path.join(pki, 'signer.key'));
const rootPem = fs.readFileSync(path.join(pki, 'root.pem'), 'utf8');
const signer = LocalSigner.newSigner(chainPem, keyPem, 'es256');

const LEAN = JSON.stringify({
  builder: { thumbnail: { enabled: false } },
  verify: { verify_after_sign: false, ocsp_fetch: false, remote_manifest_fetch: false },
});
const DEFAULTS = JSON.stringify({
  verify: { ocsp_fetch: false, remote_manifest_fetch: false },
});
const READ = JSON.stringify({
  verify: { ocsp_fetch: false, remote_manifest_fetch: false, verify_trust: true },
  trust: { trust_anchors: rootPem },
});

/** The same record Candor's benchmark writes: created by a trained model, one software agent. */
function manifest(title, mimeType) {
  return {
    claim_generator_info: [{ name: 'c2pa-node-bench', version: '1.0' }],
    title,
    format: mimeType,
    assertions: [
      {
        label: 'c2pa.actions.v2',
        data: {
          actions: [
            {
              action: 'c2pa.created',
              digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
              softwareAgent: { name: 'Example Diffusion', version: '3.1' },
            },
          ],
        },
      },
    ],
  };
}

async function median(fn, before) {
  const times = [];
  for (let i = 0; i < warmup + iterations; i++) {
    if (before) before();
    const t = process.hrtime.bigint();
    await fn();
    const d = Number(process.hrtime.bigint() - t) / 1e6;
    if (i >= warmup) times.push(d);
  }
  times.sort((a, b) => a - b);
  const m = times.length >> 1;
  return times.length % 2 ? times[m] : (times[m - 1] + times[m]) / 2;
}

function shaAndCopy(buf) {
  const copy = Buffer.allocUnsafe(buf.length);
  buf.copy(copy);
  return crypto.createHash('sha256').update(buf).digest();
}

function shaAndCopyFile(from, to) {
  const data = fs.readFileSync(from);
  const d = crypto.createHash('sha256').update(data).digest();
  const fd = fs.openSync(to, 'w');
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return d;
}

const outDir = fs.mkdtempSync(path.join(inputs, 'c2pa-node-out-'));
const rows = [];
try {
  for (const [name, file, mimeType] of IMAGES) {
    const inFile = path.join(inputs, file);
    if (!fs.existsSync(inFile)) {
      console.error(`skipping ${name}: ${inFile} missing (run GenerateInputs)`);
      continue;
    }
    const bytes = fs.readFileSync(inFile);
    const outFile = path.join(outDir, file);
    const copyFile = path.join(outDir, 'copy-' + file);
    const row = { image: name, bytes: bytes.length };

    row.baselineBytes = await median(() => shaAndCopy(bytes));
    let signed;
    row.signBytes = await median(() => {
      const out = { buffer: null };
      Builder.withJson(manifest(file, mimeType), LEAN).sign(signer, { buffer: bytes, mimeType }, out);
      signed = out.buffer;
    });
    row.baselineFile = await median(() => shaAndCopyFile(inFile, copyFile));
    row.signFile = await median(
      () => Builder.withJson(manifest(file, mimeType), LEAN).sign(signer, { path: inFile, mimeType }, { path: outFile }),
      () => fs.rmSync(outFile, { force: true }),
    );
    row.verify = await median(async () => {
      const r = await Reader.fromAsset({ buffer: signed, mimeType }, READ);
      if (!r) throw new Error('c2pa-node found no manifest in its own output');
    });
    const state = (await Reader.fromAsset({ buffer: signed, mimeType }, READ)).json().validation_state;
    row.verifyState = state;
    if (withDefaults) {
      row.signBytesDefaults = await median(() => {
        const out = { buffer: null };
        Builder.withJson(manifest(file, mimeType), DEFAULTS).sign(signer, { buffer: bytes, mimeType }, out);
      });
    }
    rows.push(row);
    console.error(`${name} done`);
  }
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}

const f = (v) => (v === undefined ? '' : v.toFixed(2));
const r = (a, b) => (a === undefined ? '' : (a / b).toFixed(2) + 'x');
console.log(`c2pa-node ${sdkVersion} (c2pa-rs), Node ${process.version}, median of ${iterations} after ${warmup} warm-up, ms`);
console.log('| image | bytes | SHA-256+copy | sign bytes | ratio | read+hash+write file | sign file | ratio | verify (read) | state |' + (withDefaults ? ' sign bytes, defaults | ratio |' : ''));
console.log('|---|---|---|---|---|---|---|---|---|---|' + (withDefaults ? '---|---|' : ''));
for (const x of rows) {
  console.log(
    `| ${x.image} | ${x.bytes} | ${f(x.baselineBytes)} | ${f(x.signBytes)} | ${r(x.signBytes, x.baselineBytes)} | ` +
      `${f(x.baselineFile)} | ${f(x.signFile)} | ${r(x.signFile, x.baselineFile)} | ${f(x.verify)} | ${x.verifyState} |` +
      (withDefaults ? ` ${f(x.signBytesDefaults)} | ${r(x.signBytesDefaults, x.baselineBytes)} |` : ''),
  );
}
fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
fs.writeFileSync(jsonOut, JSON.stringify({ sdk: sdkVersion, node: process.version, iterations, warmup, rows }, null, 2));
console.error(`wrote ${jsonOut}`);
