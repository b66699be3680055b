"use strict";
exports.id = 910;
exports.ids = [910];
exports.modules = {

/***/ 6910:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./node_modules/@cantoo/pdf-lib/es/index.js + 325 modules
var es = __webpack_require__(6069);
;// CONCATENATED MODULE: ./src/start/budget/pdf-pages.ts
// A PDF's page count, read by @cantoo/pdf-lib (the maintained fork of pdf-lib). Runs inside the page counter
// (page-worker.ts), a process whose time and heap are bounded: a hostile file can only fail to be counted.


/** A stream of the PDF decodes to more than PDF_STREAM_BOUND_BYTES. */
class StreamTooLarge extends Error {
    constructor() {
        super(`a stream decodes to more than ${constants/* PDF_STREAM_BOUND_BYTES */.fT} bytes`);
    }
}
/** Read at a time while a stream is measured. */
const CHUNK_BYTES = 1024 * 1024;
// Loading decodes each object and cross-reference stream whole, into buffers the counter's heap limit does not
// cover, so a decompression bomb would take the runner's memory: each is first decoded up to the bound, no further.
const objectStreams = es/* PDFObjectStreamParser */.D7Q.forStream;
es/* PDFObjectStreamParser */.D7Q.forStream = (raw, ...rest) => objectStreams(withinBound(raw), ...rest);
const xrefStreams = es/* PDFXRefStreamParser */.bsL.forStream;
es/* PDFXRefStreamParser */.bsL.forStream = (raw) => xrefStreams(withinBound(raw));
/** A stream of the count under way went past the bound: the parser recovers from the error, the count does not. */
let overBound = false;
function withinBound(raw) {
    const stream = (0,es/* decodePDFRawStream */.jYL)(raw);
    let decoded = 0;
    for (let chunk = stream.getBytes(CHUNK_BYTES); chunk.length > 0; chunk = stream.getBytes(CHUNK_BYTES)) {
        decoded += chunk.length;
        if (decoded > constants/* PDF_STREAM_BOUND_BYTES */.fT) {
            overBound = true;
            throw new StreamTooLarge();
        }
    }
    return raw;
}
async function countPdfPages(bytes) {
    overBound = false;
    const document = await es/* PDFDocument */.UL4.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    // The parser keeps a stream it could not read undecoded and goes on: the pages of the objects it held are not seen.
    if (overBound)
        throw new StreamTooLarge();
    return document.getPageCount();
}

;// CONCATENATED MODULE: ./src/start/budget/page-worker.ts
// The page counter: a child process of the action's own entry file (started by estimate.ts, so it ships in the
// bundle) that counts the pages of the PDF named after the flag and sends the count, 'stream' for a stream
// over the bound, or null for a PDF it cannot count.



const file = process.argv[process.argv.indexOf(constants/* PAGE_WORKER_FLAG */.S) + 1] ?? '';
countPdfPages((0,external_node_fs_.readFileSync)(file)).then((pages) => process.send?.(pages), (error) => process.send?.(error instanceof StreamTooLarge ? 'stream' : null));


/***/ })

};
;