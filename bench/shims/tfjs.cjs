/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS shim, loaded by require() */
// face-api's Node build requires the @tensorflow/tfjs umbrella, which this project does not
// install: its face detector needs only the core ops and model loading, so the benchmark
// hands it tfjs-core and tfjs-converter (the same engine and wasm backend PostGuard uses).
require('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops');
module.exports = { ...require('@tensorflow/tfjs-core'), ...require('@tensorflow/tfjs-converter') };
