/**
 * The compression of the streams our PDF clean-up rewrites (content streams, ToUnicode CMaps, SARA
 * AM's CIDToGIDMap). Measured (issue 10, the 77-file ZIP profiled on the server): zlib's default level
 * 6 re-deflating every notice's content streams was ~3.7 ms of Node's main thread per notice, the
 * largest single cost after the HTML. On อ่างทอง's streams (362 KB inflated), CPU per PDF and output:
 * level 6 5.3–6.2 ms, 47.8 KB; level 4 3.0–3.3 ms, 53.2 KB; level 1 2.8–4.0 ms, 62.1 KB (the ZIP of 77
 * grew from 3.0 to 3.5 MB at level 1). Level 4 keeps most of the saving at a tenth more bytes.
 */
import { deflateSync } from 'node:zlib';

export const REWRITE_LEVEL = 4;

/** Deflates a rewritten stream's bytes at `REWRITE_LEVEL`. */
export const deflateRewritten = (bytes: Uint8Array): Buffer => deflateSync(bytes, { level: REWRITE_LEVEL });
