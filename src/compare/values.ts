import { isObject } from '../lib/json-walk.js';
// The leaf values a comparison sees. JSON.parse reads every number as a double, so 9007199254740993 and
// 9007199254740992 (or 1e999 and 2e999) would be one value: a number a double cannot hold is kept as its source
// text instead. An expected file's alternate readings of one field are one leaf too.

/** A JSON number kept as written, because a double would lose digits of it. */
export class ExactNumber {
  constructor(readonly text: string) {}

  /** In JSON another module writes (a mismatch's value), the digits as a string: JSON has no other lossless form. */
  toJSON(): string {
    return this.text;
  }
}

/** `{"$one-of": [...]}` in an expected file: any of these readings is right. */
export class OneOf {
  constructor(readonly values: readonly Scalar[]) {}

  /** In JSON, as it is written in an expected file. */
  toJSON(): { '$one-of': readonly Scalar[] } {
    return { '$one-of': this.values };
  }
}

export type Scalar = string | number | boolean | null | ExactNumber;

/** What a leaf of either side can be: a result's leaves are Scalars, an expected file's may be a OneOf. */
export type LeafValue = Scalar | OneOf;

export function isScalar(value: unknown): value is Scalar {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof ExactNumber
  );
}

export function isLeaf(value: unknown): value is LeafValue {
  return isScalar(value) || value instanceof OneOf;
}

/** A JSON object of the document (not a leaf held in an object). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !(value instanceof ExactNumber) && !(value instanceof OneOf);
}
