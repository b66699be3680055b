"use strict";
exports.id = 418;
exports.ids = [418];
exports.modules = {

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   favourMemoryOverSpeed: () => (/* binding */ favourMemoryOverSpeed)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// How much heap a long step keeps. A step with many jobs lives for minutes on LlamaCloud's rate limits, each of
// its requests leaving a little garbage. V8's defaults size the heap for speed: the young generation grows to its
// ceiling (32 MiB on Node 20, 128 MiB on Node 24) and the old one is collected seldom, so at 10,000 documents the
// peak was two (Node 20) to three (Node 24) times that at 100. Favouring memory costs about half as much CPU
// again, which the rate limits leave idle.

/**
 * Keeps the young generation at the size it has now and collects the old one sooner. V8 reads both flags at each
 * garbage collection, not only at start-up, so setting them while running takes effect (measured on Node 20 and 24).
 */
function favourMemoryOverSpeed() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--optimize-for-size');
}


/***/ })

};
;