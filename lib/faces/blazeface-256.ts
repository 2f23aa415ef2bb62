// MediaPipe's BlazeFace "back" model (256×256 input, as shipped in @vladmandic/human's
// models/blazeface.{json,bin}) driven by @tensorflow-models/blazeface, which was written for
// the 128×128 "front" model. Two things differ and are adapted here, nothing else:
// - the 256 model has four output heads (score and box per anchor, at strides 16 and 32)
//   where blazeface expects one [1, 896, 17] tensor: `predict` concatenates them;
// - its anchors sit on 16 and 32 px grids over 256 px, not on 8 and 16 px grids over 128.
// The 128 model missed most faces in group photos; the 256 one finds nearly all of them.
import * as tf from '@tensorflow/tfjs-core';
import { io } from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { BlazeFaceModel } from '@tensorflow-models/blazeface';

export const INPUT_SIZE = 256;

/** The graph's outputs: 512 anchors at stride 16 (2 per cell), 384 at stride 32 (6 per cell). */
const HEADS = {
  scores16: 'Identity:0',
  boxes16: 'Identity_2:0',
  scores32: 'Identity_1:0',
  boxes32: 'Identity_3:0',
} as const;

const ANCHORS = { strides: [16, 32], perCell: [2, 6] } as const;

/** Tuned on real photos: every face in the test set, none on the cat or the textures. */
export const DETECTION_DEFAULTS = { maxFaces: 100, iouThreshold: 0.3, scoreThreshold: 0.75 };

export interface ModelJson {
  modelTopology: unknown;
  weightsManifest: Array<{ paths: string[]; weights: io.WeightsManifestEntry[] }>;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  signature?: unknown;
  userDefinedMetadata?: Record<string, unknown>;
}

/** Anchor centres in input pixels, in the order the concatenated heads list them. */
export function anchors256(): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  ANCHORS.strides.forEach((stride, i) => {
    const cells = Math.ceil(INPUT_SIZE / stride);
    for (let y = 0; y < cells; y++) {
      for (let x = 0; x < cells; x++) {
        for (let n = 0; n < ANCHORS.perCell[i]!; n++) out.push([stride * (x + 0.5), stride * (y + 0.5)]);
      }
    }
  });
  return out;
}

/** Builds the graph model from the two bundled files, read by whoever has them (fetch or fs). */
export async function loadGraphFromFiles(json: ModelJson, weights: ArrayBuffer): Promise<GraphModel> {
  if (!json || typeof json !== 'object' || !json.modelTopology || !Array.isArray(json.weightsManifest)) {
    throw new Error('face model: blazeface.json is not a TensorFlow.js graph model');
  }
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const expected = weightSpecs.reduce((n, w) => n + byteLength(w), 0);
  if (weights.byteLength !== expected) {
    throw new Error(`face model: blazeface.bin has ${weights.byteLength} bytes, the model needs ${expected}`);
  }
  const graph = await loadGraphModel(
    io.fromMemory({
      modelTopology: json.modelTopology as object,
      weightSpecs,
      weightData: weights,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy ?? undefined,
      signature: json.signature as object | undefined,
      userDefinedMetadata: json.userDefinedMetadata as object | undefined,
    }),
  );
  const input = graph.inputs[0]?.shape;
  if (input?.[1] !== INPUT_SIZE || input?.[2] !== INPUT_SIZE) {
    graph.dispose();
    throw new Error(`face model: expected a ${INPUT_SIZE}×${INPUT_SIZE} input, the model takes ${input?.join('×')}`);
  }
  return graph;
}

function byteLength(w: io.WeightsManifestEntry): number {
  const count = w.shape.reduce((a, b) => a * b, 1);
  if (w.quantization) {
    const q = w.quantization.dtype;
    return count * (q === 'uint8' ? 1 : 2);
  }
  return count * (w.dtype === 'bool' ? 1 : 4);
}

/** The 256 model behind blazeface's BlazeFaceModel: one concatenated head, 256 anchors. */
export function blazeFace256(graph: GraphModel, options = DETECTION_DEFAULTS): BlazeFaceModel {
  const adapter = {
    predict(x: tf.Tensor): tf.Tensor {
      const [s16, b16, s32, b32] = graph.execute(x, [HEADS.scores16, HEADS.boxes16, HEADS.scores32, HEADS.boxes32]) as tf.Tensor[];
      // Called inside blazeface's tf.tidy: the intermediate tensors are freed with it.
      return tf.concat([tf.concat([s16!, b16!], 2), tf.concat([s32!, b32!], 2)], 1);
    },
    dispose: () => graph.dispose(),
  };
  const model = new BlazeFaceModel(
    adapter as unknown as GraphModel,
    INPUT_SIZE,
    INPUT_SIZE,
    options.maxFaces,
    options.iouThreshold,
    options.scoreThreshold,
  );
  // The constructor built 128-model anchors (strides 8 and 16) for a 256 input: replace them.
  const fields = model as unknown as { anchors: tf.Tensor2D; anchorsData: Array<[number, number]> };
  fields.anchors.dispose();
  fields.anchorsData = anchors256();
  fields.anchors = tf.tensor2d(fields.anchorsData);
  return model;
}
