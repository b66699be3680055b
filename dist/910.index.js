"use strict";
exports.id = 910;
exports.ids = [910];
exports.modules = {

/***/ 6910:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./node_modules/@cantoo/pdf-lib/es/index.js + 325 modules
var es = __webpack_require__(6069);
;// CONCATENATED MODULE: ./src/start/budget/pdf-pages.ts
// A PDF's page count, read by @cantoo/pdf-lib (the maintained fork of pdf-lib). Runs inside the page worker
// (page-worker.ts), whose time and memory are bounded: a hostile file can only fail to be counted.

async function countPdfPages(bytes) {
    const document = await es/* PDFDocument */.UL4.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    return document.getPageCount();
}

;// CONCATENATED MODULE: ./src/start/budget/page-worker.ts
// The page worker: counts the pages of the PDF named in workerData and posts the count (or nothing it can
// count) back. Started by estimate.ts on the action's own entry file, so it ships in the bundle.



const { file } = external_node_worker_threads_.workerData;
countPdfPages((0,external_node_fs_.readFileSync)(file)).then((pages) => external_node_worker_threads_.parentPort?.postMessage(pages), () => external_node_worker_threads_.parentPort?.postMessage(null));


/***/ })

};
;