/**
 * The compression of the streams our PDF clean-up rewrites (content streams, ToUnicode CMaps, SARA
 * AM's CIDToGIDMap). Measured (issue 10, the 77-file ZIP profiled on the server): zlib's default level
 * 6 re-deflating every notice's content streams was ~3.7 ms of Node's main thread per notice, the
 * largest single cost after the HTML; level 1 is several times cheaper and the streams are a small
 * part of a PDF whose size is mostly the embedded Sarabun subsets, which we never re-deflate.
 */
import { deflateSync } from 'node:zlib';

export const REWRITE_LEVEL = 1;

/** Deflates a rewritten stream's bytes at `REWRITE_LEVEL`. */
export const deflateRewritten = (bytes: Uint8Array): Buffer => deflateSync(bytes, { level: REWRITE_LEVEL });
