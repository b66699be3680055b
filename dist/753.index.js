"use strict";
exports.id = 753;
exports.ids = [753];
exports.modules = {

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
// What the bundle gets for `undici` (tsconfig.json `paths`): the action's own transport never needs it, and
// @actions/github (the pull-request comment) needs only `fetch`, which is Node's own (undici inside). A proxy
// dispatcher is not bundled: behind a proxy the comment fails with a warning.
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled');
    }
}
const fetch = (input, init) => globalThis.fetch(input, init);


/***/ })

};
;