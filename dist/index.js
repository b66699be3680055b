/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/actions-core.ts
// What the bundle gets for `import * as core from '@actions/core'` (tsconfig.json `paths`, which ncc applies):
// the entry points the action uses, as @actions/core's lib/core.js defines them, over its own command,
// file-command and summary modules. Its entry module also imports the OIDC client, and with it
// @actions/http-client, tunnel and undici (about 100 modules): a third of the start-up, for a token the
// action never asks for. Tests and tsx load the real package, so its mocks and behaviour stay the reference.





function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    annotate('notice', message, properties);
}
function warning(message, properties = {}) {
    annotate('warning', message, properties);
}
function error(message, properties = {}) {
    annotate('error', message, properties);
}
function annotate(level, message, properties) {
    issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}


/***/ }),

/***/ 6050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   pb: () => (/* binding */ apiError),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7659);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6670);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8522);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3860);
// One-line explanations of what LlamaCloud answered, each saying what to do about it.







/** A final answer from the API that another try will not change (401, 403, 404, 422, other 4xx). */
class ApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function apiError(response, context) {
    const { status } = response;
    if ((0,_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .isRedirect */ .N6)(status))
        return redirectError(response, context);
    const elsewhere = response.url.origin === new URL(context.baseUrl).origin ? undefined : response.url.origin;
    if ((status === 401 || status === 403) && elsewhere) {
        // The transport dropped the key on the way there: the key is not at fault.
        return new ApiError(status, `${context.what} was redirected to another origin, ${elsewhere}, which answered ${statusText(status)}: the API key is only sent to the origin of '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}'. If LlamaCloud is served at ${elsewhere}, set '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}' to it.`);
    }
    const detail = errorDetail(response.body);
    switch (status) {
        case 401:
            return new ApiError(status, `LlamaCloud rejected the API key (401 Unauthorized): it is invalid or expired. Check the secret passed as '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ApiKey}'.` +
                (context.baseUrl === _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .EU_BASE_URL */ .bc
                    ? ' This base-url is the EU region: a key made in the US region does not work there.'
                    : ` A key made in the EU region needs '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}: ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .EU_BASE_URL */ .bc}'.`));
        case 403:
            return new ApiError(status, `The API key may not access ${scope(context) || 'this resource'} (403 Forbidden). Use a key of that project, or fix '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ProjectId}' / '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OrganizationId}'.${detail ? ` LlamaCloud said: ${detail}` : ''}`);
        case 404:
            return new ApiError(status, `Extract job '${context.jobId ?? '?'}' was not found${context.projectId ? ` in project '${context.projectId}'` : ''} (404 Not Found). Check '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.JobId}'${context.projectId ? ` and '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ProjectId}'` : ''}, and that the key belongs to the job's project and region.`);
        case 422:
            return new ApiError(status, `LlamaCloud refused ${context.what} (422 Unprocessable Entity): ${detail || 'no detail given'}. Fix the input it names.`);
        default:
            return new ApiError(status, `LlamaCloud answered ${statusText(status)} to ${context.what}${detail ? `: ${detail}` : ''}.`);
    }
}
/** A redirect the transport did not follow. */
function redirectError(response, context) {
    const location = response.headers.location;
    const why = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .redirectRefusal */ .Hu)(response.url, location) ?? `more than ${_http_transport_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REDIRECTS */ .NX} redirects in a row`;
    const target = location && URL.canParse(location, response.url.href) ? new URL(location, response.url) : undefined;
    const to = target ? ` to ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${target.origin}${target.pathname}`)}` : '';
    return new ApiError(response.status, `${context.what} was redirected (${statusText(response.status)})${to} and not followed: ${why}. Set '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.BaseUrl}' to the API's own https address.`);
}
function statusText(status) {
    return `${status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status] ?? ''}`.trim();
}
/** FastAPI's `detail`, cut to a bound: a string, or a list of `{ loc, msg }` rendered as `query.project_id: msg`. */
function errorDetail(body) {
    return (0,_bound_js__WEBPACK_IMPORTED_MODULE_3__/* .bound */ .$s)(fullDetail(body));
}
function fullDetail(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return snippet(body);
    }
    const detail = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(parsed) ? (parsed.detail ?? parsed.message ?? parsed.error) : undefined;
    if (typeof detail === 'string')
        return clean(detail);
    if (Array.isArray(detail)) {
        return clean(detail
            .filter(_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)
            .map((item) => `${Array.isArray(item.loc) ? item.loc.join('.') : '?'}: ${typeof item.msg === 'string' ? item.msg : JSON.stringify(item.msg)}`)
            .join('; '));
    }
    return '';
}
/** The start of a body for an error line: secrets masked, control characters and runs of space folded. */
function snippet(body, max = 200) {
    const text = clean(body.toString('utf8', 0, Math.min(body.length, max * 4)));
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function clean(text) {
    // eslint-disable-next-line no-control-regex -- control characters (escapes, CR/LF) are what is folded away
    const controls = /[\u0000-\u001f\u007f]+/g;
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(text).replace(controls, ' ').replace(/\s+/g, ' ').trim();
}
function scope(context) {
    return [context.projectId && `project '${context.projectId}'`, context.organizationId && `organization '${context.organizationId}'`]
        .filter(Boolean)
        .join(' in ');
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jv: () => (/* binding */ ExtractClient),
  uK: () => (/* binding */ MAX_IN_FLIGHT),
  JD: () => (/* binding */ RequestFailedError),
  yy: () => (/* binding */ sleep)
});

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = require("node:stream");
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/http/retry-policy.ts
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** A server hint longer than this is not waited for blindly; the backoff applies instead. */
const MAX_HINT_MS = 60_000;
function isRetryableStatus(status, headers) {
    const hint = header(headers, 'x-should-retry');
    if (hint === 'true')
        return true;
    if (hint === 'false')
        return false;
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
/** The server's own wait: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(headers, now = Date.now()) {
    const ms = Number.parseFloat(header(headers, 'retry-after-ms') ?? '');
    if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_HINT_MS)
        return ms;
    const after = header(headers, 'retry-after');
    if (!after)
        return undefined;
    const seconds = Number(after);
    const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
    return Number.isFinite(wait) && wait >= 0 && wait <= MAX_HINT_MS ? wait : undefined;
}
/** Delay before retry number `retry` (0-based) when the server gave no hint. */
function backoffMs(retry, random = Math.random) {
    const delay = Math.min(BASE_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
    return delay * (1 - 0.25 * random());
}
function header(headers, name) {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/http/multipart.ts
// A multipart/form-data body whose file part streams from disk: the document is never held in memory,
// and each try opens it afresh (an upload cut off halfway is sent again whole).



function multipartBody(fields, file) {
    const boundary = `----llamacloud-extract-action-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(fields.map(([name, value]) => `--${boundary}\r\n${disposition(name)}\r\n\r\n${value}\r\n`).join('') +
        `--${boundary}\r\n${disposition(file.field, file.name)}\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + file.size + tail.length,
        open: () => external_node_stream_namespaceObject.Readable.from((async function* () {
            yield head;
            yield* (0,external_node_fs_.createReadStream)(file.path);
            yield tail;
        })())
    };
}
/** Quotes and line breaks in a name are percent-encoded, as browsers do (RFC 7578 4.2), so a name cannot end the header. */
function disposition(name, filename) {
    const quote = (value) => `"${value.replace(/["\r\n%]/g, (char) => encodeURIComponent(char))}"`;
    return `Content-Disposition: form-data; name=${quote(name)}${filename === undefined ? '' : `; filename=${quote(filename)}`}`;
}

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __nccwpck_require__(3860);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/api/adaptive-limit.ts
// How many requests may be in flight at once: halved on every 429, grown back by one per round of answers
// that were not refused (additive increase, multiplicative decrease, as TCP does), so many readers settle
// at the rate the API accepts instead of each collecting its own refusals.
class AdaptiveLimit {
    max;
    limit;
    inFlight = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = max;
    }
    /** Resolves to the release function once a request may go out. */
    async acquire() {
        while (this.inFlight >= Math.floor(this.limit))
            await new Promise((resolve) => this.waiting.push(resolve));
        this.inFlight++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.inFlight--;
            this.waiting.shift()?.();
        };
    }
    refused() {
        this.limit = Math.max(1, this.limit / 2);
    }
    accepted() {
        const before = Math.floor(this.limit);
        this.limit = Math.min(this.max, this.limit + 1 / this.limit);
        // A slot that opened up goes to a waiting request at once.
        if (Math.floor(this.limit) > before)
            this.waiting.shift()?.();
    }
    get current() {
        return Math.floor(this.limit);
    }
}

// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __nccwpck_require__(6050);
// EXTERNAL MODULE: ./src/json-scan.ts
var json_scan = __nccwpck_require__(3627);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __nccwpck_require__(955);
// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/api/usage.ts
var usage = __nccwpck_require__(4787);
;// CONCATENATED MODULE: ./src/api/parse-job.ts
// Reads a job from the API's bytes by what is present, so the seed shape, the current shape and
// fields added later all parse; only a body that is not a job at all is refused. The bytes come split by
// JobBody: the result aside (as served, never re-serialised), the rest small enough to parse.


/** The answer was not a JSON job: a proxy page, a cut body. Worth another try. */
class BadPayloadError extends Error {
}
function parseJob(parts) {
    const job = parseJson(parts.rest);
    if (!(0,types/* isObject */.Gv)(job))
        throw new BadPayloadError('not a JSON object');
    if (typeof job.id !== 'string' || typeof job.status !== 'string') {
        throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(job)}`);
    }
    const { json, spool } = parts;
    const isNull = json !== undefined && json.length === 4 && json.toString('latin1') === 'null';
    const resultJson = json && !isNull ? json : undefined;
    return {
        id: job.id,
        status: job.status,
        errorMessage: typeof job.error_message === 'string' && job.error_message ? job.error_message : undefined,
        createdAt: stringAt(job, 'created_at'),
        updatedAt: stringAt(job, 'updated_at'),
        fileInput: stringAt(job, 'file_input') ?? stringAt(job, 'value'),
        usage: (0,usage/* readUsage */.k9)(job),
        fieldMetadata: (0,usage/* objectAt */.lJ)(job, 'extract_metadata')?.field_metadata ?? undefined,
        resultJson,
        resultSpool: spool,
        // A result kept in memory is small: parsed once here, for the gates and the summary.
        parsedResult: resultJson ? parseJson(resultJson) : undefined,
        raw: spool || resultJson === undefined || parts.resultAt === undefined ? parts.rest : spliced(parts.rest, parts.resultAt, resultJson),
        rawResultAt: spool ? parts.resultAt : undefined
    };
}
/** The whole job as served: `rest` with its `null` placeholder at `at` replaced by the result again. */
function spliced(rest, at, result) {
    return Buffer.concat([rest.subarray(0, at), result, rest.subarray(at + 4)]);
}
/** The jobs of a list page, and the token of the next page. */
function parseJobList(body) {
    const page = parseJson(body);
    if (!(0,types/* isObject */.Gv)(page) || !Array.isArray(page.items))
        throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
    const jobs = page.items.filter(types/* isObject */.Gv).flatMap((item) => {
        const job = listedJob(item);
        return job ? [job] : [];
    });
    return { jobs, nextPageToken: typeof page.next_page_token === 'string' && page.next_page_token ? page.next_page_token : undefined };
}
/** The answer to a create: the new job. */
function parseCreatedJob(body) {
    const value = parseJson(body);
    const job = (0,types/* isObject */.Gv)(value) ? listedJob(value) : undefined;
    if (!job)
        throw new BadPayloadError(`JSON without a job's "id" and "status": ${describeKeys(value)}`);
    return job;
}
/** What LlamaCloud's IDs look like (`ext-…`, `dfl-…`): anything else is not taken as one, so it never reaches a log line. */
const API_ID = /^[A-Za-z0-9_-]{1,128}$/;
function listedJob(item) {
    if (typeof item.id !== 'string' || !API_ID.test(item.id) || typeof item.status !== 'string')
        return undefined;
    return {
        id: item.id,
        status: item.status,
        createdAt: stringAt(item, 'created_at'),
        configurationId: stringAt(item, 'configuration_id'),
        configuration: (0,types/* isObject */.Gv)(item.configuration) ? item.configuration : undefined
    };
}
function parseFile(body) {
    const value = parseJson(body);
    const file = (0,types/* isObject */.Gv)(value) ? fileRecord(value) : undefined;
    if (!file)
        throw new BadPayloadError(`JSON without a file's "id": ${describeKeys(value)}`);
    return file;
}
function parseFileList(body) {
    const page = parseJson(body);
    if (!(0,types/* isObject */.Gv)(page) || !Array.isArray(page.items))
        throw new BadPayloadError(`JSON without "items": ${describeKeys(page)}`);
    return page.items.filter(types/* isObject */.Gv).flatMap((item) => {
        const file = fileRecord(item);
        return file ? [file] : [];
    });
}
function fileRecord(item) {
    if (typeof item.id !== 'string' || !API_ID.test(item.id))
        return undefined;
    return { id: item.id, externalFileId: stringAt(item, 'external_file_id'), expiresAt: stringAt(item, 'expires_at') };
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new BadPayloadError(`not valid JSON (${error.message})`);
    }
}
function stringAt(job, key) {
    const value = job[key];
    return typeof value === 'string' && value ? value : undefined;
}
function describeKeys(value) {
    return (0,types/* isObject */.Gv)(value)
        ? `keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`
        : `a JSON ${Array.isArray(value) ? 'array' : typeof value}`;
}

;// CONCATENATED MODULE: ./src/api/job-body.ts
// Takes a job answer as it arrives, in one pass: masks the secrets, checks the JSON syntax of the whole
// body, and routes the bytes of `extract_result` aside: kept in memory when small, written to a spool file
// as they come when large, so a 100 MB result never sits in memory. What is left of the job (its other
// members, with `null` where the result was) is small and parsed as usual.




const RESULT_KEY = 'extract_result';
/** Results up to this size stay in memory and are parsed once (the gates and the summary read the value). */
const KEEP_RESULT_BYTES = 8 * 1024 * 1024;
const NULL = Buffer.from('null');
const HEAD_BYTES = 800;
class JobBody {
    keepBytes;
    masker = (0,redact/* createMasker */.aD)();
    scanner;
    /** Absolute offset of the masked stream's next byte. */
    offset = 0;
    rest = [];
    restBytes = 0;
    resultAt;
    /** Routing is inside the result's value. */
    inResult = false;
    /** The scanner is inside the result's value (it runs ahead of the routing, one piece at a time). */
    scanningResult = false;
    started = false;
    json = [];
    jsonBytes = 0;
    spool;
    head = [];
    headBytes = 0;
    marks = [];
    constructor(keepBytes = KEEP_RESULT_BYTES) {
        this.keepBytes = keepBytes;
        this.scanner = new json_scan/* JsonScanner */.V({
            valueStart: (name, at) => {
                if (name !== RESULT_KEY)
                    return;
                this.scanningResult = true;
                this.marks.push({ at, start: true });
            },
            valueEnd: (at) => {
                if (!this.scanningResult)
                    return;
                this.scanningResult = false;
                this.marks.push({ at, start: false });
            }
        });
    }
    /** Takes the next bytes as served; throws BadPayloadError (and keeps nothing) as soon as they cannot be JSON. */
    write(chunk) {
        this.checked(() => this.takeAll(this.masker.write(chunk)));
    }
    /** The parts once the whole answer has arrived; throws BadPayloadError unless it was one JSON object. */
    end() {
        this.checked(() => {
            this.takeAll(this.masker.end());
            this.scanner.end();
        });
        const parts = { rest: Buffer.concat(this.rest, this.restBytes), head: this.firstBytes(), resultAt: this.resultAt };
        if (this.resultAt === undefined)
            return parts;
        if (this.spool) {
            this.spool.finish();
            parts.spool = this.spool;
        }
        else
            parts.json = Buffer.concat(this.json, this.jsonBytes);
        return parts;
    }
    checked(step) {
        try {
            step();
        }
        catch (error) {
            if (!(error instanceof json_scan/* JsonSyntaxError */.q))
                throw error;
            this.abort();
            throw new BadPayloadError(`not a JSON object (${error.message})`);
        }
    }
    /** The first bytes seen (masked), for saying what came instead of a job. */
    firstBytes() {
        return Buffer.concat(this.head);
    }
    /** The answer broke off or failed: nothing of it is kept. */
    abort() {
        this.spool?.discard();
        this.spool = undefined;
    }
    /** The head first, so an error on the chunk's first byte can still show what came. */
    takeAll(pieces) {
        for (const piece of pieces) {
            if (this.headBytes >= HEAD_BYTES)
                break;
            this.head.push(piece.subarray(0, HEAD_BYTES - this.headBytes));
            this.headBytes += Math.min(piece.length, HEAD_BYTES - this.headBytes);
        }
        for (const piece of pieces)
            this.take(piece);
    }
    take(piece) {
        if (!this.started)
            this.checkStart(piece);
        const base = this.offset;
        this.marks = [];
        try {
            this.scanner.write(piece);
        }
        finally {
            this.offset += piece.length;
        }
        // Route the piece: bytes inside the result's value aside, the rest (with `null` for it) to `rest`.
        let from = 0;
        for (const mark of this.marks) {
            const at = mark.at - base;
            if (mark.start) {
                this.toRest(piece.subarray(from, at));
                this.startResult();
            }
            else {
                this.toResult(piece.subarray(from, at));
                this.inResult = false;
            }
            from = at;
        }
        if (this.inResult)
            this.toResult(piece.subarray(from));
        else
            this.toRest(piece.subarray(from));
    }
    /** A job is an object: anything else (an HTML page, a list) is named at its first byte. */
    checkStart(piece) {
        const first = piece.findIndex((c) => c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09);
        if (first < 0)
            return;
        this.started = true;
        if (piece[first] !== 0x7b)
            throw new json_scan/* JsonSyntaxError */.q(`expected '{' at byte ${this.offset + first}`);
    }
    /** A (last-wins) `extract_result` member begins: an earlier one is dropped, as JSON.parse would. */
    startResult() {
        this.abort();
        this.json = [];
        this.jsonBytes = 0;
        this.inResult = true;
        this.resultAt = this.restBytes;
        this.toRest(NULL);
    }
    toRest(bytes) {
        if (bytes.length === 0)
            return;
        this.rest.push(bytes);
        this.restBytes += bytes.length;
    }
    toResult(bytes) {
        if (bytes.length === 0)
            return;
        if (this.spool)
            return this.spool.write(bytes);
        this.json.push(bytes);
        this.jsonBytes += bytes.length;
        if (this.jsonBytes > this.keepBytes) {
            this.spool = (0,file_writer/* openSpool */.KK)();
            for (const part of this.json)
                this.spool.write(part);
            this.json = [];
        }
    }
}

;// CONCATENATED MODULE: ./src/api/rate-window.ts
// A published rate limit kept on our side (uploads 50 per 5 s, creates 15 per second): a request waits
// for a free place in the sliding window instead of being refused with a 429.
class RateWindow {
    max;
    windowMs;
    clock;
    starts = [];
    queue = Promise.resolve();
    constructor(max, windowMs, clock) {
        this.max = max;
        this.windowMs = windowMs;
        this.clock = clock;
    }
    /** Resolves when one more request may start; callers are served in order. */
    take(signal) {
        const turn = this.queue.then(() => this.waitForRoom(signal));
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    async waitForRoom(signal) {
        for (;;) {
            const now = this.clock.now();
            while ((this.starts[0] ?? Infinity) <= now - this.windowMs)
                this.starts.shift();
            const oldest = this.starts[0];
            if (oldest === undefined || this.starts.length < this.max) {
                this.starts.push(now);
                return;
            }
            await this.clock.sleep(oldest + this.windowMs - now, signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/api/extract-client.ts
// LlamaCloud's extract endpoints with the retry policy applied: every call is bounded by a deadline
// and a retry budget, and ends in a job, a final ApiError, or a RequestFailedError saying what went wrong.














/** Transient failures went on until the retry budget or the deadline ran out. */
class RequestFailedError extends errors/* ActionError */.l {
    deadlineReached;
    constructor(message, deadlineReached) {
        super(message);
        this.deadlineReached = deadlineReached;
    }
}
/** A job, but not the one asked for (a cache or proxy mixing answers up): never taken for it, and worth another try. */
class WrongJobError extends BadPayloadError {
}
/** No single request waits longer than this, however much of the timeout is left. */
const MAX_REQUEST_MS = 60_000;
/** An upload carries a whole document: it may take longer than any read. */
const MAX_UPLOAD_MS = 10 * 60_000;
const LIST_PAGE_SIZE = 50;
/** Pages of a job list read for reuse or adoption: the newest jobs of one file come first. */
const MAX_LIST_PAGES = 4;
const FILES_PATH = '/api/v1/beta/files';
/** A file about to expire may be gone before its job reads it: one with less left than this is uploaded again. */
const EXPIRY_MARGIN_MS = 15 * 60_000;
/** LlamaCloud's published limits (see ../shared/api/README.md): kept on our side rather than learnt from 429s. */
const UPLOADS_PER_WINDOW = 50;
const UPLOAD_WINDOW_MS = 5000;
const CREATES_PER_SECOND = 15;
/** Connection failures that never reached the service: a create refused this way made no job. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** A try made at the short bound (see reachBy) still gets this long to be answered, so its failure says what is wrong. */
const MIN_ANSWER_MS = 1000;
/** However soon a server asks for another try: a few tries a second at most, even through a long outage. */
const MIN_RETRY_MS = 250;
/** Requests in flight at once, before any 429 lowers it: bounds sockets for 200 jobs. */
const MAX_IN_FLIGHT = 8;
const NETWORK_ADVICE = "Check base-url and the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY).";
const STATUS_ADVICE = 'LlamaCloud is unavailable or rate-limiting: try again later, or raise timeout.';
const PAYLOAD_ADVICE = "A proxy or firewall may be answering instead of LlamaCloud: check base-url and the runner's proxy settings.";
const clock = { now: Date.now, sleep };
class ExtractClient {
    transport;
    rateLimitedUntil = 0;
    uploads = new RateWindow(UPLOADS_PER_WINDOW, UPLOAD_WINDOW_MS, clock);
    creates = new RateWindow(CREATES_PER_SECOND, 1000, clock);
    /** The API has answered in this step: its address, key and the way there work, so later faults are transient. */
    answered = false;
    /** When the current run of failed tries began (any call's), for the message that gives up on it. */
    failingSince;
    inFlight = new AdaptiveLimit(MAX_IN_FLIGHT);
    /** What every request and its errors may name: the key is kept apart, so no error context carries it. */
    scope;
    authorization;
    constructor({ apiKey, baseUrl, projectId, organizationId }, transport) {
        this.transport = transport;
        this.scope = { baseUrl, projectId, organizationId };
        this.authorization = `Bearer ${apiKey}`;
    }
    getJob(jobId, options) {
        const url = this.url(`/api/v2/extract/${jobId}`, [...constants/* JOB_EXPAND */.nF.map((value) => ['expand', value])]);
        // A job's answer is masked, checked and split as it arrives (see JobBody); other answers are collected.
        const sink = (status, headers) => status >= 200 && status < 300 ? jobSink(headers) : undefined;
        const read = (response) => {
            const parts = response.received;
            const job = parseJob(parts);
            if (job.id !== jobId) {
                parts.spool?.discard();
                throw new WrongJobError(`the answer is job '${job.id}', not the job '${jobId}' asked for`);
            }
            return job;
        };
        return this.call('GET', url, { jobId }, options, read, { sink });
    }
    /** Status of each listed job that the API knows, in as few requests as the page size allows. */
    async listStatuses(jobIds, options) {
        const statuses = new Map();
        for (let first = 0; first < jobIds.length; first += LIST_PAGE_SIZE) {
            const chunk = jobIds.slice(first, first + LIST_PAGE_SIZE);
            const wanted = new Set(chunk);
            const tokens = new Set();
            let pageToken;
            do {
                const query = [
                    ...chunk.map((id) => ['job_ids', id]),
                    ['page_size', String(LIST_PAGE_SIZE)]
                ];
                if (pageToken)
                    query.push(['page_token', pageToken]);
                const page = await this.call('GET', this.url('/api/v2/extract', query), {}, options, (response) => parseJobList(response.body));
                const before = wanted.size;
                for (const job of page.jobs) {
                    statuses.set(job.id, job.status);
                    wanted.delete(job.id);
                }
                pageToken = page.nextPageToken;
                // Every page must bring a job asked for and a token not seen before: a listing that does not advance
                // would otherwise be read back to back without end. The caller then reads the jobs one by one.
                if (pageToken && (wanted.size === before || tokens.has(pageToken))) {
                    throw new errors/* ActionError */.l(`GET /api/v2/extract made no progress: a page brought none of the jobs asked for, or a next_page_token seen before`);
                }
                if (pageToken)
                    tokens.add(pageToken);
            } while (pageToken && wanted.size > 0);
        }
        return statuses;
    }
    async cancelJob(jobId, options) {
        await this.call('POST', this.url(`/api/v2/extract/${jobId}/cancel`, []), { jobId }, options, () => undefined);
    }
    /** The file uploaded under `externalFileId` that will not expire soon, if there is one. */
    async findFile(externalFileId, options) {
        const url = this.url(FILES_PATH, [
            ['external_file_id', externalFileId],
            ['page_size', String(LIST_PAGE_SIZE)]
        ]);
        const files = await this.call('GET', url, {}, options, (response) => parseFileList(response.body));
        const usableAfter = Date.now() + EXPIRY_MARGIN_MS;
        return files.find((file) => file.externalFileId === externalFileId && (file.expiresAt === undefined || Date.parse(file.expiresAt) > usableAfter));
    }
    /** Streams the document as multipart/form-data; before sending it again, looks its digest up (an upload whose answer was lost). */
    uploadFile(upload, options) {
        const body = multipartBody([
            ['purpose', 'extract'],
            ['external_file_id', upload.externalFileId]
        ], { field: 'file', path: upload.path, name: upload.name, size: upload.size });
        return this.call('POST', this.url(FILES_PATH, []), {}, options, (response) => parseFile(response.body), {
            body,
            window: this.uploads,
            maxRequestMs: MAX_UPLOAD_MS,
            reconcile: () => this.findFile(upload.externalFileId, options)
        });
    }
    /** Creates a job; a try that may have made one is only repeated after `reconcile` found none. */
    createJob(fileId, configuration, options, reconcile) {
        const fields = 'id' in configuration ? { configuration_id: configuration.id } : { configuration: configuration.inline };
        const json = Buffer.from(JSON.stringify({ file_input: fileId, ...fields }));
        const body = { contentType: 'application/json', length: json.length, open: () => external_node_stream_namespaceObject.Readable.from([json]) };
        return this.call('POST', this.url('/api/v2/extract', []), {}, options, (response) => parseCreatedJob(response.body), {
            body,
            window: this.creates,
            reconcile
        });
    }
    /** Jobs of one file, newest first, with their configuration; `since` (epoch ms) keeps only those created from then on. */
    async listJobsOfFile(fileId, filter, options) {
        const jobs = [];
        let pageToken;
        for (let page = 0; page < MAX_LIST_PAGES && (page === 0 || pageToken); page++) {
            const query = [
                ['file_input', fileId],
                ['expand', 'configuration'],
                ['page_size', String(LIST_PAGE_SIZE)]
            ];
            if (filter.status)
                query.push(['status', filter.status]);
            if (filter.since !== undefined)
                query.push(['created_at_on_or_after', new Date(filter.since).toISOString()]);
            if (pageToken)
                query.push(['page_token', pageToken]);
            const answer = await this.call('GET', this.url('/api/v2/extract', query), {}, options, (response) => parseJobList(response.body));
            jobs.push(...answer.jobs);
            pageToken = answer.nextPageToken;
        }
        return jobs;
    }
    /** One request within the in-flight limit and any rate-limit pause, its body masked on arrival. */
    async send(method, url, options, answerBy, extras) {
        await extras.window?.take(options.signal);
        const release = await this.inFlight.acquire();
        let sent;
        try {
            await this.waitOutRateLimit(options);
            sent = await this.transport.send({
                method,
                url,
                headers: { Authorization: this.authorization, Accept: 'application/json' },
                body: extras.body,
                timeoutMs: Math.min(extras.maxRequestMs ?? MAX_REQUEST_MS, Math.max(1, options.deadline - Date.now())),
                answerTimeoutMs: Math.max(MIN_ANSWER_MS, answerBy - Date.now()),
                signal: options.signal,
                sink: extras.sink
            });
        }
        finally {
            release();
        }
        if (sent.status === 429) {
            this.inFlight.refused();
            this.rateLimitedUntil = Math.max(this.rateLimitedUntil, Date.now() + (retryAfterMs(sent.headers) ?? backoffMs(0)));
        }
        else {
            this.inFlight.accepted();
        }
        // Masked on arrival: a key the API echoes cannot reach a message, file or summary, whole or cut short
        // (a sink masks what it takes as it comes).
        return { ...sent, body: (0,redact/* redactBuffer */.Um)(sent.body) };
    }
    /** A 429 speaks for the whole key: every read in flight holds off until it has passed, not just the one refused. */
    async waitOutRateLimit(options) {
        const pause = Math.min(this.rateLimitedUntil, options.deadline) - Date.now();
        if (pause > 0)
            await sleep(pause, options.signal);
    }
    url(path, query) {
        const url = new URL(`${this.scope.baseUrl}${path}`);
        for (const [name, value] of query)
            url.searchParams.append(name, value);
        if (this.scope.projectId)
            url.searchParams.append('project_id', this.scope.projectId);
        if (this.scope.organizationId)
            url.searchParams.append('organization_id', this.scope.organizationId);
        return url;
    }
    async call(method, url, ids, options, parse, extras = {}) {
        const context = { what: `${method} ${url.pathname}`, ...ids, ...this.scope };
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            let failure;
            let advice = NETWORK_ADVICE;
            let hintMs;
            // Read at each try, as another call may have reached the API meanwhile.
            const ridingOut = options.rideOut === true && this.answered;
            const giveUpAt = this.answered ? options.deadline : Math.min(options.deadline, options.reachBy ?? options.deadline);
            // Whether this try may have done its work on the service although no answer says so.
            let mayHaveArrived = true;
            try {
                const response = await this.send(method, url, options, giveUpAt, extras);
                if (response.status >= 200 && response.status < 300) {
                    const value = parseOrExplain(response, parse);
                    this.answered = true;
                    this.failingSince = undefined;
                    return value;
                }
                if (!isRetryableStatus(response.status, response.headers))
                    throw (0,api_errors/* apiError */.pb)(response, context);
                failure = (0,api_errors/* statusText */.qS)(response.status);
                advice = STATUS_ADVICE;
                hintMs = retryAfterMs(response.headers);
                mayHaveArrived = response.status !== 429;
            }
            catch (error) {
                if (!(error instanceof transport/* NetworkError */.Dr || error instanceof BadPayloadError))
                    throw error;
                failure = error.message;
                if (error instanceof BadPayloadError)
                    advice = PAYLOAD_ADVICE;
                else
                    mayHaveArrived = !NOT_SENT.has(error.code);
            }
            this.failingSince ??= Date.now();
            const waitMs = Math.max(MIN_RETRY_MS, hintMs ?? backoffMs(attempt - 1));
            const outOfTime = Date.now() + waitMs >= giveUpAt;
            const reconcile = mayHaveArrived ? extras.reconcile : undefined;
            if ((!ridingOut && attempt > options.maxRetries) || outOfTime) {
                const made = await reconcile?.();
                if (made !== undefined)
                    return made;
                const deadlineReached = outOfTime && giveUpAt === options.deadline;
                const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts`;
                const gaveUp = ridingOut
                    ? `LlamaCloud was unreachable from ${clockTime(this.failingSince)} (for ${(0,duration/* formatDuration */.a3)(Date.now() - this.failingSince)}) until the timeout; ${tries}`
                    : `Gave up after ${tries} over ${(0,duration/* formatDuration */.a3)(Date.now() - started)}${deadlineReached ? ' (the timeout was reached)' : ''}`;
                throw new RequestFailedError(`${context.what} failed: ${failure}. ${gaveUp}. ${advice}`, deadlineReached);
            }
            log/* info */.pq(`${context.what}: ${failure}; ${reconcile ? 'it may have reached LlamaCloud: checking before ' : ''}retry ${attempt} in ${(0,duration/* formatDuration */.a3)(waitMs)}`);
            await sleep(waitMs, options.signal);
            const made = await reconcile?.();
            if (made !== undefined)
                return made;
        }
    }
}
/** `07:41:05 UTC`: when an outage began, as the run's log timestamps show it. */
function clockTime(ms) {
    return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}
function parseOrExplain(response, parse) {
    try {
        return parse(response);
    }
    catch (error) {
        if (!(error instanceof BadPayloadError) || error instanceof WrongJobError)
            throw error;
        const head = response.received?.head ?? response.body;
        throw notAJob(error.message, response.headers, head);
    }
}
function notAJob(reason, headers, head) {
    const type = String(headers['content-type'] ?? 'none');
    return new BadPayloadError(`answer is not a JSON job (${reason}; content-type ${type}; begins "${(0,api_errors/* snippet */.UA)(head)}")`);
}
/** A JobBody whose syntax errors say what came instead of a job (a BadPayloadError: retried). */
function jobSink(headers) {
    const body = new JobBody();
    const explained = (step) => {
        try {
            return step();
        }
        catch (error) {
            if (error instanceof BadPayloadError)
                throw notAJob(error.message, headers, body.firstBytes());
            throw error;
        }
    };
    return {
        write: (chunk) => explained(() => body.write(chunk)),
        end: () => explained(() => body.end()),
        abort: () => body.abort()
    };
}
/** Waits `ms`, or rejects with the signal's reason as soon as the step is cancelled. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rl: () => (/* binding */ sumUsage),
/* harmony export */   k9: () => (/* binding */ readUsage),
/* harmony export */   lJ: () => (/* binding */ objectAt)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
// Usage numbers live in three places depending on the API's age: `extract_metadata.usage` (seed shape:
// tokens, pages), `metadata.usage` (pages extracted/billed) and `usage` (credits, with expand=usage).

/** Every finite number in the three usage objects; the current API's places win over the seed's. */
function readUsage(job) {
    const usage = {};
    for (const source of [
        objectAt(job, 'usage'),
        objectAt(objectAt(job, 'metadata'), 'usage'),
        objectAt(objectAt(job, 'extract_metadata'), 'usage')
    ]) {
        for (const [name, value] of Object.entries(source ?? {})) {
            if (typeof value === 'number' && Number.isFinite(value) && !(name in usage))
                usage[name] = value;
        }
    }
    return usage;
}
/** Sums each number over the jobs that carry it; a number no job carries stays absent. */
function sumUsage(all) {
    const total = {};
    for (const usage of all)
        for (const [name, value] of Object.entries(usage))
            total[name] = (total[name] ?? 0) + value;
    return total;
}
function objectAt(value, key) {
    const child = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) ? value[key] : undefined;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(child) ? child : undefined;
}


/***/ }),

/***/ 7659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ bound),
/* harmony export */   BC: () => (/* binding */ TEXT_BOUND_BYTES),
/* harmony export */   Lr: () => (/* binding */ PATH_BOUND_BYTES),
/* harmony export */   vY: () => (/* binding */ MESSAGE_BOUND_BYTES)
/* harmony export */ });
// API text is cut to a readable bound wherever it is shown or set as an output: this is the one cut.
/** Longest text from the API shown or set as an output in one piece; longer text is cut, saying so. */
const TEXT_BOUND_BYTES = 4096;
/** A field path inside a message: short enough that the message's reason after it survives the message's own cut. */
const PATH_BOUND_BYTES = 256;
/** One message of ours around a bounded piece of API text. */
const MESSAGE_BOUND_BYTES = TEXT_BOUND_BYTES + 1024;
/** `text` cut to at most `maxBytes` of UTF-8 (whole characters), ending with a note saying how much was cut. */
function bound(text, maxBytes = TEXT_BOUND_BYTES) {
    const size = Buffer.byteLength(text);
    if (size <= maxBytes)
        return text;
    const note = ` … [cut: ${size} bytes in all]`;
    const keep = Buffer.from(text).subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note)));
    // A cut in the middle of a character decodes to U+FFFD; drop it.
    return `${keep.toString('utf8').replace(/\uFFFD$/, '')}${note}`;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Do: () => (/* binding */ KNOWN_STATUSES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   _w: () => (/* binding */ PATH_PLACEHOLDER),
/* harmony export */   bc: () => (/* binding */ EU_BASE_URL),
/* harmony export */   et: () => (/* binding */ EnvVars),
/* harmony export */   gs: () => (/* binding */ JOB_ID_PLACEHOLDER),
/* harmony export */   nF: () => (/* binding */ JOB_EXPAND),
/* harmony export */   nW: () => (/* binding */ Status),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   uE: () => (/* binding */ NAME_PLACEHOLDER)
/* harmony export */ });
// Every input, output, environment variable and API fact lives here, so no module spells them loose.
var Inputs;
(function (Inputs) {
    Inputs["JobId"] = "job-id";
    Inputs["File"] = "file";
    Inputs["ConfigurationId"] = "configuration-id";
    Inputs["Configuration"] = "configuration";
    Inputs["Reuse"] = "reuse";
    Inputs["ApiKey"] = "api-key";
    Inputs["ProjectId"] = "project-id";
    Inputs["OrganizationId"] = "organization-id";
    Inputs["BaseUrl"] = "base-url";
    Inputs["Wait"] = "wait";
    Inputs["Timeout"] = "timeout";
    Inputs["PollInterval"] = "poll-interval";
    Inputs["OutputFile"] = "output-file";
    Inputs["JobFile"] = "job-file";
    Inputs["FailOnError"] = "fail-on-error";
    Inputs["Schema"] = "schema";
    Inputs["MinConfidence"] = "min-confidence";
    Inputs["CancelOnTimeout"] = "cancel-on-timeout";
    Inputs["Expected"] = "expected";
    Inputs["MinAccuracy"] = "min-accuracy";
    Inputs["Compare"] = "compare";
    Inputs["UpdateExpected"] = "update-expected";
})(Inputs || (Inputs = {}));
var Outputs;
(function (Outputs) {
    Outputs["Status"] = "status";
    Outputs["JobId"] = "job-id";
    Outputs["ResultFile"] = "result-file";
    Outputs["Result"] = "result";
    Outputs["ErrorMessage"] = "error-message";
    Outputs["TimedOut"] = "timed-out";
    Outputs["Usage"] = "usage";
    Outputs["NumPagesExtracted"] = "num-pages-extracted";
    Outputs["NumDocumentTokens"] = "num-document-tokens";
    Outputs["NumOutputTokens"] = "num-output-tokens";
    Outputs["NumPagesBilled"] = "num-pages-billed";
    Outputs["Credits"] = "credits";
    Outputs["Jobs"] = "jobs";
    Outputs["Accuracy"] = "accuracy";
})(Outputs || (Outputs = {}));
const EnvVars = {
    ApiKey: 'LLAMA_CLOUD_API_KEY',
    BaseUrl: 'LLAMA_CLOUD_BASE_URL',
    Workspace: 'GITHUB_WORKSPACE',
    RunnerDebug: 'RUNNER_DEBUG'
};
const DEFAULT_BASE_URL = 'https://api.cloud.llamaindex.ai';
const EU_BASE_URL = 'https://api.cloud.eu.llamaindex.ai';
/** Placeholders in `output-file` / `job-file`: each job's ID, and (with `file`) its document's name and path without the extension. */
const JOB_ID_PLACEHOLDER = '{job_id}';
const NAME_PLACEHOLDER = '{name}';
const PATH_PLACEHOLDER = '{path}';
const Status = {
    Pending: 'PENDING',
    Throttled: 'THROTTLED',
    Running: 'RUNNING',
    Completed: 'COMPLETED',
    Failed: 'FAILED',
    Cancelled: 'CANCELLED'
};
const TERMINAL_STATUSES = [Status.Completed, Status.Failed, Status.Cancelled];
const KNOWN_STATUSES = [Status.Pending, Status.Throttled, Status.Running, ...TERMINAL_STATUSES];
/** The `expand` values asked for on every job read: credits and per-field metadata. */
const JOB_EXPAND = ['usage', 'extract_metadata'];
/** GitHub refuses a step output or summary above 1 MiB. */
const MAX_OUTPUT_BYTES = 1024 * 1024;


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   d5: () => (/* binding */ elapsedMs)
/* harmony export */ });
// Durations as workflow authors write them: `90` (seconds), `90s`, `15m`, `1h`, `1h30m`, `500ms`.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/** Milliseconds for `text`, or undefined when it is not a duration. */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (value === '')
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        // PART's second group matches only the units UNIT_MS names.
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === value.length ? Math.round(total) : undefined;
}
/** `95000` → `1m 35s`; `1500` → `1.5s`: short, for log lines and the summary. */
function formatDuration(ms) {
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const totalSeconds = Math.round(ms / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = String(totalSeconds % 60).padStart(2, '0');
    return hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s` : `${minutes}m ${seconds}s`;
}
/** Milliseconds between two ISO timestamps (a job's created_at and updated_at), when both are readable. */
function elapsedMs(from, to) {
    const ms = Date.parse(to ?? '') - Date.parse(from ?? '');
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
// Expected failures carry a one-line message that says what to do; main prints it without a stack.
/** A failure the user can act on: printed as one `::error::` line, stack only under RUNNER_DEBUG. */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A bad input, caught before any request is sent. */
class InputError extends ActionError {
    input;
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NX: () => (/* binding */ MAX_REDIRECTS),
  Dr: () => (/* binding */ NetworkError),
  oK: () => (/* binding */ Transport),
  N6: () => (/* binding */ isRedirect),
  Hu: () => (/* binding */ redirectRefusal)
});

// UNUSED EXPORTS: hostOf

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = require("node:https");
;// CONCATENATED MODULE: ./src/http/transport.ts



/** The exchange failed below HTTP: `code` is Node's (ECONNREFUSED, ENOTFOUND, ...) or ours (ETIMEDOUT, ETRUNCATED). */
class NetworkError extends Error {
    code;
    host;
    constructor(code, host, detail) {
        super(`${host}: ${detail} (${code})`);
        this.code = code;
        this.host = host;
        this.name = 'NetworkError';
    }
}
const REDIRECTS = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 5;
const MAX_BODY_BYTES = 1024 ** 3;
class Transport {
    userAgent;
    maxSockets;
    /** Keep-alive agents by protocol: one for direct requests, and http-client's when a proxy applies. */
    direct = new Map();
    proxied = new Map();
    constructor(userAgent, maxSockets) {
        this.userAgent = userAgent;
        this.maxSockets = maxSockets;
    }
    async send(request) {
        let url = request.url;
        let method = request.method;
        const headers = { ...request.headers };
        const deadline = Date.now() + request.timeoutMs;
        const answerBy = Math.min(deadline, Date.now() + (request.answerTimeoutMs ?? request.timeoutMs));
        for (let hop = 0;; hop++) {
            // A 303 turns the request into a GET, which carries no body.
            const body = method === request.method ? request.body : undefined;
            const response = await this.exchange(method, url, headers, body, { deadline, answerBy }, request);
            const location = response.headers.location;
            // A redirect not taken is the answer: a final one, which the caller explains (see redirectRefusal).
            if (!isRedirect(response.status) || hop === MAX_REDIRECTS || redirectRefusal(url, location))
                return response;
            const next = new URL(location, url);
            // The key is only ever sent to the origin it was configured for.
            if (next.origin !== url.origin) {
                for (const name of Object.keys(headers))
                    if (name.toLowerCase() === 'authorization')
                        delete headers[name];
            }
            if (response.status === 303)
                method = 'GET';
            url = next;
        }
    }
    /** Closes kept-alive sockets so the process can exit. */
    dispose() {
        for (const agent of this.direct.values())
            agent.destroy();
        for (const client of this.proxied.values())
            client.dispose();
        this.direct.clear();
        this.proxied.clear();
    }
    async agentFor(url) {
        // http-client's proxy stack (tunnel, undici: a third of the start-up) loads only when a proxy applies to
        // the URL, by its own rules (HTTPS_PROXY, NO_PROXY); eager keeps it inside the one-file bundle.
        if ((0,proxy/* getProxyUrl */.s)(url)?.hostname) {
            const { HttpClient } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 1983));
            let client = this.proxied.get(url.protocol);
            if (!client) {
                client = new HttpClient(this.userAgent, [], { keepAlive: true, maxSockets: this.maxSockets });
                this.proxied.set(url.protocol, client);
            }
            const agent = client.getAgent(url.href);
            if (isTunnel(agent))
                boundConnect(agent);
            return agent;
        }
        let agent = this.direct.get(url.protocol);
        if (!agent) {
            const options = { keepAlive: true, maxSockets: this.maxSockets };
            agent = url.protocol === 'https:' ? new external_node_https_namespaceObject.Agent(options) : new external_node_http_.Agent(options);
            this.direct.set(url.protocol, agent);
        }
        return agent;
    }
    async exchange(method, url, headers, body, { deadline, answerBy }, { signal, sink }) {
        const host = hostOf(url);
        const agent = await this.agentFor(url);
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const transport = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_;
            const setUp = new AbortController();
            const options = {
                method,
                headers: {
                    'User-Agent': this.userAgent,
                    'Accept-Encoding': ACCEPT_ENCODING,
                    ...(body ? { 'Content-Type': body.contentType, 'Content-Length': String(body.length) } : {}),
                    ...headers
                },
                agent,
                [CONNECT_SIGNAL]: setUp.signal
            };
            const req = transport.request(url, options);
            let settled = false;
            let onFailure = () => undefined;
            const finish = (error, response) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                if (response)
                    resolve(response);
                else {
                    onFailure();
                    setUp.abort();
                    req.destroy();
                    reject(error);
                }
            };
            const onAbort = () => finish(signal?.reason);
            const expire = (at, detail) => setTimeout(() => finish(new NetworkError('ETIMEDOUT', host, detail)), Math.max(1, at - Date.now()));
            let timer = answerBy < deadline
                ? expire(answerBy, 'no answer in the time allowed (connection set-up included)')
                : expire(deadline, 'no complete answer in the time allowed');
            signal?.addEventListener('abort', onAbort, { once: true });
            req.on('error', (error) => finish(new NetworkError(error.code ?? 'ECONNRESET', host, error.message)));
            req.on('response', (res) => {
                if (answerBy < deadline) {
                    clearTimeout(timer);
                    timer = expire(deadline, 'no complete answer in the time allowed');
                }
                const status = res.statusCode ?? 0;
                const custom = isRedirect(status) ? undefined : sink?.(status, res.headers);
                const taker = custom ?? collector(res);
                onFailure = () => taker.abort();
                receive(res, host, taker).then((received) => finish(undefined, { status, headers: res.headers, body: custom ? EMPTY : received, received, url }), (error) => finish(error));
            });
            if (!body)
                return void req.end();
            const source = body.open();
            // A document that cannot be read is no network failure: it ends the exchange with its own error.
            source.once('error', (error) => finish(error));
            source.pipe(req);
            req.once('close', () => source.destroy());
        });
    }
}
/** Request options carry the signal that ends a request's connection set-up to the proxy agent (see boundConnect). */
const CONNECT_SIGNAL = 'llxConnectSignal';
function isTunnel(agent) {
    const candidate = agent;
    return (typeof candidate.proxyOptions === 'object' && typeof candidate.request === 'function' && typeof candidate.createSocket === 'function');
}
const boundAgents = new WeakSet();
/**
 * The tunnel agent's CONNECT has no deadline and is out of reach of the request it serves, so a proxy that
 * accepts and never answers would hold it (and the process) until the proxy drops it. Each CONNECT gets the
 * signal of its request (passed through the request's options, which the agent hands to createSocket), so it
 * ends when that request gives up.
 */
function boundConnect(agent) {
    if (boundAgents.has(agent))
        return;
    boundAgents.add(agent);
    const createSocket = agent.createSocket;
    const send = agent.request;
    agent.createSocket = function (options, onSocket) {
        const signal = options[CONNECT_SIGNAL];
        // createSocket sends its CONNECT synchronously, through `this.request`.
        this.request = (connect) => send({ ...connect, signal });
        try {
            createSocket.call(this, options, onSocket);
        }
        finally {
            this.request = send;
        }
    };
}
const EMPTY = Buffer.alloc(0);
/** Collects a body in one buffer, preallocated when its length is announced (one copy of a large answer, not two). */
function collector(res) {
    const announced = Number(res.headers['content-length']);
    const whole = !res.headers['content-encoding'] && Number.isSafeInteger(announced) && announced <= MAX_BODY_BYTES
        ? Buffer.allocUnsafe(announced)
        : undefined;
    const chunks = [];
    let received = 0;
    return {
        write(chunk) {
            if (whole && received + chunk.length <= whole.length)
                chunk.copy(whole, received);
            else
                chunks.push(chunk);
            received += chunk.length;
        },
        end: () => (whole && received === whole.length ? whole : Buffer.concat(chunks, received)),
        abort: () => undefined
    };
}
// JSON compresses about tenfold: a large result crosses the network compressed when the API offers it.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const DECODERS = {
    gzip: (z) => z.createGunzip(),
    'x-gzip': (z) => z.createGunzip(),
    deflate: (z) => z.createInflate(),
    br: (z) => z.createBrotliDecompress()
};
/**
 * Streams the body into `sink`, decompressed as it arrives (zlib is loaded only for an encoded answer):
 * resolves with what the sink made of it once the whole body is in. A body cut short, longer than
 * announced, over 1 GiB or corrupt in its encoding is a transport failure worth another try.
 */
async function receive(res, host, sink) {
    const announced = Number(res.headers['content-length']);
    const known = Number.isSafeInteger(announced) && announced >= 0;
    if (known && announced > MAX_BODY_BYTES) {
        res.destroy();
        throw new NetworkError('ETOOLARGE', host, `answer of ${announced} bytes is over the 1 GiB limit`);
    }
    const name = res.headers['content-encoding']?.trim().toLowerCase();
    const encoded = !!name && name !== 'identity';
    const makeDecoder = encoded ? DECODERS[name] : undefined;
    if (encoded && !makeDecoder) {
        res.destroy();
        throw new NetworkError('EBADENCODING', host, `answer in an unknown encoding '${name}'`);
    }
    const decoder = makeDecoder?.(await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6141, 23)));
    return new Promise((resolve, reject) => {
        let received = 0;
        let decoded = 0;
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            res.destroy();
            decoder?.destroy();
            reject(error);
        };
        const deliver = (chunk) => {
            if (failed)
                return;
            decoded += chunk.length;
            if (decoded > MAX_BODY_BYTES)
                return fail(new NetworkError('ETOOLARGE', host, 'answer is over the 1 GiB limit'));
            try {
                sink.write(chunk);
            }
            catch (error) {
                fail(error);
            }
        };
        const done = () => {
            if (failed)
                return;
            try {
                resolve(sink.end());
            }
            catch (error) {
                fail(error);
            }
        };
        res.on('data', (chunk) => {
            received += chunk.length;
            if (known && received > announced)
                return fail(new NetworkError('EBADLENGTH', host, 'answer longer than its Content-Length'));
            if (decoder)
                decoder.write(chunk);
            else
                deliver(chunk);
        });
        res.on('end', () => {
            if (known && received !== announced)
                return fail(truncated(host, received, announced));
            if (decoder)
                decoder.end();
            else
                done();
        });
        res.on('error', () => fail(truncated(host, received, known ? announced : undefined)));
        res.on('close', () => {
            if (!res.complete)
                fail(truncated(host, received, known ? announced : undefined));
        });
        if (decoder) {
            decoder.on('data', deliver);
            decoder.on('end', done);
            decoder.on('error', (error) => fail(new NetworkError('EBADENCODING', host, `the ${name} answer could not be decompressed (${error.message})`)));
        }
    });
}
function truncated(host, received, announced) {
    const of = announced === undefined ? '' : ` of ${announced}`;
    return new NetworkError('ETRUNCATED', host, `connection closed after ${received}${of} bytes of the answer`);
}
function isRedirect(status) {
    return REDIRECTS.includes(status);
}
/** Why a redirect from `from` to `location` is not followed, or undefined when it is. */
function redirectRefusal(from, location) {
    if (!location || !URL.canParse(location, from.href))
        return 'it has no valid Location';
    const to = new URL(location, from).protocol;
    // Downgrading would send the key and the result in clear text.
    if (from.protocol === 'https:' && to !== 'https:') {
        return `a redirect from https to ${to.replace(':', '')} is refused, so the key and the result never travel unencrypted`;
    }
    if (to !== 'http:' && to !== 'https:')
        return `only http and https redirects are followed`;
    return undefined;
}
function hostOf(url) {
    return url.port ? `${url.hostname}:${url.port}` : `${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`;
}


/***/ }),

/***/ 3627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ JsonScanner),
/* harmony export */   q: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
// A validating JSON scanner that builds nothing: it checks the full grammar of RFC 8259 in one linear pass,
// chunk by chunk as bytes arrive, and reports where the values of the top-level object's members begin and
// end. A body of any size is thus known to be valid JSON before its result is written, at the cost of one
// look at each byte, and a large `extract_result` can go to disk as it arrives.
class JsonSyntaxError extends Error {
}
// The scanner's states, as numeric literals in the code (`case 6 /* String */`): a switch over literals
// compiles to a jump table, where an enum object would cost a property load per case and byte.
//    0 Value: a value must come (after '[', ':', ',' in an array, or at the top)
//    1 ValueOrEnd: right after '[': a value or ']'
//    2 KeyOrEnd: right after '{': a key or '}'
//    3 Key: after ',' in an object
//    4 Colon
//    5 AfterValue: ',' or the container's close, or the end at the top
//    6 String
//    7 Escape
//    8 Unicode: `left` hex digits to go
//    9 Minus: after '-': a digit
//   10 Zero: after a leading 0
//   11 Int: integer digits
//   12 Dot: after '.': a digit
//   13 Frac
//   14 Exp: after 'e': sign or digit
//   15 ExpSign: after the exponent's sign: a digit
//   16 ExpDigits
//   17 Literal: `literal` bytes to match from `left`
//   18 Done: the top-level value has ended: only whitespace
const OBJECT = 1;
const ARRAY = 2;
/** Keys longer than this (raw bytes) are never a member anyone asks about; they are still validated. */
const MAX_KEY_BYTES = 256;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
/** Byte classes: 1 where the byte belongs. */
const table = (test) => Uint8Array.from({ length: 256 }, (_, c) => (test(c) ? 1 : 0));
const SPACE = table((c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09);
const DIGIT = table((c) => c >= 0x30 && c <= 0x39);
const HEX = table((c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
/** Bytes a string holds as they are: not a quote, a backslash or a control character. */
const PLAIN = table((c) => c >= 0x20 && c !== 0x22 && c !== 0x5c);
/** What may follow a backslash, \u aside. */
const ESCAPE = table((c) => '"\\/bfnrt'.includes(String.fromCharCode(c)));
class JsonScanner {
    events;
    state = 0; /* Value */
    /** Open containers, innermost last (iterative: no depth can overflow a stack). */
    stack = new Uint8Array(64);
    depth = 0;
    offset = 0;
    left = 0;
    literal = NULL;
    inKey = false;
    /** The raw bytes of the top-level key being read, while short enough to matter. */
    keyParts = [];
    keyBytes = 0;
    key;
    /** Inside a top-level member's value (depth counts from the top-level object). */
    memberOpen = false;
    constructor(events = {}) {
        this.events = events;
    }
    /** Scans `chunk`; throws JsonSyntaxError at the first byte that cannot continue valid JSON. */
    write(chunk) {
        const n = chunk.length;
        let i = 0;
        // The state lives in a local while the loop runs: the hot paths (string bodies, digits, whitespace)
        // are tight loops over a lookup table, not a dispatch per byte.
        let state = this.state;
        // A top-level key cut by the chunk boundary goes on from the chunk's first byte.
        let keyFrom = this.inKey && this.depth === 1 && (state === 6 /* String */ || state === 7 /* Escape */ || state === 8) /* Unicode */ ? 0 : -1;
        while (i < n) {
            switch (state) {
                case 6 /* String */: {
                    while (i < n && PLAIN[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const d = chunk[i++];
                    if (d === 0x5c) {
                        state = 7; /* Escape */
                        break;
                    }
                    if (d !== 0x22)
                        this.fail(i - 1, 'a control character inside a string');
                    if (this.inKey) {
                        if (keyFrom >= 0)
                            this.keyPart(chunk.subarray(keyFrom, i));
                        keyFrom = -1;
                        this.inKey = false;
                        if (this.depth === 1)
                            this.endKey();
                        state = 4; /* Colon */
                    }
                    else
                        state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
                    break;
                }
                case 7 /* Escape */: {
                    const c = chunk[i++];
                    if (c === 0x75) {
                        state = 8; /* Unicode */
                        this.left = 4;
                    }
                    else if (ESCAPE[c] === 1)
                        state = 6; /* String */
                    else
                        this.fail(i - 1, 'an invalid escape in a string');
                    break;
                }
                case 8 /* Unicode */:
                    if (HEX[chunk[i++]] !== 1)
                        this.fail(i - 1, 'an invalid \\u escape');
                    if (--this.left === 0)
                        state = 6; /* String */
                    break;
                case 0 /* Value */:
                case 1 /* ValueOrEnd */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x5d && state === 1 /* ValueOrEnd */) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else if (c === 0x22) {
                        this.memberStart(i);
                        this.inKey = false;
                        state = 6; /* String */
                        i++;
                    }
                    else
                        state = this.startValue(chunk, i++, c);
                    break;
                }
                case 2 /* KeyOrEnd */:
                case 3 /* Key */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x22) {
                        state = 6; /* String */
                        this.inKey = true;
                        if (this.depth === 1) {
                            this.keyParts = [];
                            this.keyBytes = 0;
                            keyFrom = i;
                        }
                        i++;
                    }
                    else if (c === 0x7d && state === 2 /* KeyOrEnd */) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else
                        this.fail(i, state === 3 /* Key */ ? 'a key after a comma' : "a key or '}'");
                    break;
                }
                case 4 /* Colon */:
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    if (chunk[i] !== 0x3a)
                        this.fail(i, "':' after a key");
                    state = 0; /* Value */
                    i++;
                    // The usual value inside the result, straight away: a string, or a number's first digit.
                    if (i < n && this.depth > 1) {
                        const c = chunk[i];
                        if (c === 0x22) {
                            this.inKey = false;
                            state = 6; /* String */
                            i++;
                        }
                        else if (c >= 0x31 && c <= 0x39) {
                            state = 11; /* Int */
                            i++;
                        }
                    }
                    break;
                case 5 /* AfterValue */: {
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    const top = this.stack[this.depth - 1];
                    if (c === 0x2c) {
                        i++;
                        // The usual next token, straight away: a key in an object, a string value in an array.
                        if (i < n && chunk[i] === 0x22) {
                            i++;
                            state = 6; /* String */
                            this.inKey = top === OBJECT;
                            if (this.inKey && this.depth === 1) {
                                this.keyParts = [];
                                this.keyBytes = 0;
                                keyFrom = i - 1;
                            }
                        }
                        else
                            state = top === OBJECT ? 3 /* Key */ : 0; /* Value */
                    }
                    else if ((c === 0x7d && top === OBJECT) || (c === 0x5d && top === ARRAY)) {
                        this.depth--;
                        state = this.endValue(++i);
                    }
                    else
                        this.fail(i, top === OBJECT ? "',' or '}'" : "',' or ']'");
                    break;
                }
                case 9 /* Minus */: {
                    const c = chunk[i++];
                    if (c === 0x30)
                        state = 10; /* Zero */
                    else if (DIGIT[c] === 1)
                        state = 11; /* Int */
                    else
                        this.fail(i - 1, "a digit after '-'");
                    break;
                }
                case 10 /* Zero */:
                case 11 /* Int */: {
                    if (state === 11 /* Int */) {
                        while (i < n && DIGIT[chunk[i]] === 1)
                            i++;
                        if (i === n)
                            break;
                    }
                    const c = chunk[i];
                    if (c === 0x2e) {
                        state = 12; /* Dot */
                        i++;
                    }
                    else if (c === 0x65 || c === 0x45) {
                        state = 14; /* Exp */
                        i++;
                    }
                    else
                        state = this.memberOpen ? this.endValue(i) : this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */ // the byte is the next token's: looked at again
                    break;
                }
                case 12 /* Dot */:
                    if (DIGIT[chunk[i++]] !== 1)
                        this.fail(i - 1, "a digit after '.'");
                    state = 13; /* Frac */
                    break;
                case 13 /* Frac */: {
                    while (i < n && DIGIT[chunk[i]] === 1)
                        i++;
                    if (i === n)
                        break;
                    const c = chunk[i];
                    if (c === 0x65 || c === 0x45) {
                        state = 14; /* Exp */
                        i++;
                    }
                    else
                        state = this.endValue(i);
                    break;
                }
                case 14 /* Exp */: {
                    const c = chunk[i++];
                    if (c === 0x2b || c === 0x2d)
                        state = 15; /* ExpSign */
                    else if (DIGIT[c] === 1)
                        state = 16; /* ExpDigits */
                    else
                        this.fail(i - 1, 'a digit in an exponent');
                    break;
                }
                case 15 /* ExpSign */:
                    if (DIGIT[chunk[i++]] !== 1)
                        this.fail(i - 1, 'a digit in an exponent');
                    state = 16; /* ExpDigits */
                    break;
                case 16 /* ExpDigits */:
                    while (i < n && DIGIT[chunk[i]] === 1)
                        i++;
                    if (i < n)
                        state = this.endValue(i);
                    break;
                case 17 /* Literal */:
                    if (chunk[i] !== this.literal[this.left])
                        this.fail(i, `'${this.literal.toString()}'`);
                    i++;
                    if (++this.left === this.literal.length)
                        state = this.endValue(i);
                    break;
                case 18 /* Done */:
                    while (i < n && SPACE[chunk[i]] === 1)
                        i++;
                    if (i < n)
                        this.fail(i, 'the end after the JSON value');
                    break;
            }
        }
        if (keyFrom >= 0)
            this.keyPart(chunk.subarray(keyFrom, n));
        this.state = state;
        this.offset += n;
    }
    /** Throws unless the bytes written so far are one whole JSON value. */
    end() {
        // A number may end with the input: `1` alone is whole.
        if (this.state === 10 /* Zero */ || this.state === 11 /* Int */ || this.state === 13 /* Frac */ || this.state === 16 /* ExpDigits */)
            this.state = this.endValue(0, true);
        if (this.state !== 18 /* Done */) {
            throw new JsonSyntaxError(this.offset === 0 ? 'the answer is empty' : `the JSON ends early, after ${this.offset} bytes`);
        }
    }
    /** A top-level member's value begins at byte `i` of the current chunk. */
    memberStart(i) {
        if (this.depth === 1 && !this.memberOpen && this.stack[0] === OBJECT) {
            this.memberOpen = true;
            this.events.valueStart?.(this.key, this.offset + i);
        }
    }
    /** The state after the first byte `c` (at `i`) of a value other than a string. */
    startValue(chunk, i, c) {
        this.memberStart(i);
        switch (c) {
            case 0x7b:
                this.push(OBJECT);
                return 2; /* KeyOrEnd */
            case 0x5b:
                this.push(ARRAY);
                return 1; /* ValueOrEnd */
            case 0x2d:
                return 9; /* Minus */
            case 0x74:
            case 0x66:
            case 0x6e:
                this.literal = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
                this.left = 1;
                return 17; /* Literal */
            default:
                if (DIGIT[c] !== 1)
                    this.fail(i, chunk[i] === 0x3c ? "a JSON value, not '<' (HTML?)" : 'a JSON value');
                return c === 0x30 ? 10 /* Zero */ : 11; /* Int */
        }
    }
    /** A value ended just before byte `i` of the current chunk (`atEnd`: at the end of the input); the next state. */
    endValue(i, atEnd = false) {
        if (this.memberOpen && this.depth === 1) {
            this.memberOpen = false;
            this.events.valueEnd?.(atEnd ? this.offset : this.offset + i);
        }
        return this.depth === 0 ? 18 /* Done */ : 5; /* AfterValue */
    }
    push(kind) {
        if (this.depth === this.stack.length) {
            const grown = new Uint8Array(this.stack.length * 2);
            grown.set(this.stack);
            this.stack = grown;
        }
        this.stack[this.depth++] = kind;
    }
    keyPart(part) {
        if (this.keyBytes > MAX_KEY_BYTES)
            return;
        this.keyParts.push(part);
        this.keyBytes += part.length;
    }
    /** A top-level key has ended: what it says, as JSON.parse reads it. */
    endKey() {
        this.key = this.keyBytes <= MAX_KEY_BYTES ? JSON.parse(Buffer.concat(this.keyParts).toString('utf8')) : undefined;
        this.keyParts = [];
    }
    fail(i, expected) {
        throw new JsonSyntaxError(`expected ${expected} at byte ${this.offset + i}`);
    }
}


/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ nestsDeeperThan),
/* harmony export */   l: () => (/* binding */ jsonPrefix)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
// Walks over parsed API JSON with a stack of its own, never the call stack: a result or field metadata nested
// thousands of levels deep (JSON.parse takes any depth) cannot crash the step.

/** Whether containers in `value` nest more than `limit` levels deep (the top-level container is level 1). */
function nestsDeeperThan(value, limit) {
    const stack = [[value, 1]];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [node, depth] = next;
        if (!Array.isArray(node) && !(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node))
            continue;
        if (depth > limit)
            return true;
        for (const child of Object.values(node))
            stack.push([child, depth + 1]);
    }
    return false;
}
/**
 * The start of `JSON.stringify(value)`, at most `max` characters, built only as far as it is shown: a preview
 * of a large or deep value costs what it shows. Values are as JSON.parse makes them.
 */
function jsonPrefix(root, max) {
    let out = '';
    // The containers being written, innermost last, each with the index of its next member.
    const open = [];
    let value = root;
    let haveValue = true;
    while (out.length < max) {
        if (haveValue) {
            haveValue = false;
            if (Array.isArray(value)) {
                out += '[';
                open.push({ node: value, next: 0 });
            }
            else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value)) {
                out += '{';
                open.push({ node: value, keys: Object.keys(value), next: 0 });
            }
            else {
                // A long string is cut before it is escaped; the cut falls inside it, so its closing quote is never shown.
                out += JSON.stringify(typeof value === 'string' ? value.slice(0, max) : value) ?? 'null';
            }
            continue;
        }
        const top = open.at(-1);
        if (!top)
            break;
        const { node, keys } = top;
        if (top.next === (keys ?? node).length) {
            out += keys ? '}' : ']';
            open.pop();
            continue;
        }
        if (top.next > 0)
            out += ',';
        // Only objects have keys; the check above keeps `next` within them.
        const key = keys?.[top.next];
        if (key === undefined) {
            value = node[top.next];
        }
        else {
            out += `${JSON.stringify(key)}:`;
            value = node[key];
        }
        top.next++;
        haveValue = true;
    }
    return out.slice(0, max);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export oneLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8855);
/* harmony import */ var _bound_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7659);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6670);
// Every line this action writes to the log goes through here, because most carry text from the API or
// from documents (statuses, error messages, IDs, field paths, file names) and the runner acts on any line
// that starts with `::` (after leading whitespace). Each message is made one line: CR, LF and the other
// line breaks become a visible `⏎`, so API text can never start a line; `##[` (the runner's older
// command syntax, honoured anywhere in a line) is broken up; and a line is cut to a bound. @actions/core
// escapes annotation messages itself but not `info` lines, so the same rule applies to both.



/** One log line: a message of ours around a few pieces of bounded API text. */
const LINE_BOUND_BYTES = 4 * _bound_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT_BOUND_BYTES */ .BC;
// \r\n, \r, \n, and what .NET and JavaScript also treat as line ends (VT, FF, NEL, LS, PS).
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
/** `message` as one safe line: redacted, line breaks shown as ⏎, `##[` broken up, never starting with `::`. */
function oneLine(message) {
    const line = (0,_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .bound */ .$s)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message), LINE_BOUND_BYTES).replace(LINE_BREAKS, ' ⏎ ').replace(/##\[/g, '#\u200b#[');
    return /^\s*::/.test(line) ? `\u203a ${line}` : line;
}
const info = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(oneLine(message));
const warning = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(oneLine(message));
const error = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(oneLine(message));
const notice = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(oneLine(message));
const setFailed = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(oneLine(message));
const startGroup = (title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(oneLine(title));
const endGroup = () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
/** A stack trace keeps its lines: `::debug::` escapes line breaks itself, so they cannot start a line. */
const debug = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_bound_js__WEBPACK_IMPORTED_MODULE_1__/* .bound */ .$s)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(message), LINE_BOUND_BYTES));


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ openSpool),
/* harmony export */   YL: () => (/* binding */ removeStaleFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   vU: () => (/* binding */ removeUnfinishedFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3916);
// Files appear whole or not at all: written to a temporary file beside the target, then renamed.






const COPY_BLOCK_BYTES = 1024 * 1024;
/** A spool gathers this much before each write: a few large writes, not one per network chunk. */
const SPOOL_BATCH_BYTES = 1024 * 1024;
/** Temporary files being written, removed if the process is stopped mid-write. */
const unfinished = new Set();
/** A new spool file; every one left is removed by removeUnfinishedFiles or at the step's end (discardSpools). */
function openSpool() {
    const file = node_path__WEBPACK_IMPORTED_MODULE_4__.join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir(), `.llx-result-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    let fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx', 0o600);
    unfinished.add(file);
    let size = 0;
    let batch = [];
    let batched = 0;
    let moved = false;
    // Synchronous: the answer's bytes go to disk as they come, so none pile up in memory.
    const flush = () => {
        if (fd === undefined || batched === 0)
            return;
        let done = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writevSync)(fd, batch);
        if (done < batched) {
            const rest = Buffer.concat(batch).subarray(done);
            for (done = 0; done < rest.length;)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, rest, done, rest.length - done);
        }
        batch = [];
        batched = 0;
    };
    const close = () => {
        flush();
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
    };
    return {
        path: file,
        get size() {
            return size;
        },
        write(bytes) {
            if (fd === undefined)
                throw new Error(`spool ${file} is closed`);
            batch.push(bytes);
            batched += bytes.length;
            size += bytes.length;
            if (batched >= SPOOL_BATCH_BYTES)
                flush();
        },
        finish: close,
        discard() {
            close();
            if (!moved)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
            unfinished.delete(file);
        },
        async moveTo(target, tail) {
            close();
            if (moved)
                return false;
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'a');
            try {
                await writeAll(handle, tail);
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(file, 0o644);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(file, target);
            }
            catch (error) {
                // Another file system (EXDEV): the caller copies instead; the tail is trimmed off again.
                if (error.code !== 'EXDEV')
                    throw error;
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r+');
                await handle.truncate(size).finally(() => handle.close());
                return false;
            }
            moved = true;
            unfinished.delete(file);
            return true;
        }
    };
}
/**
 * A short fixed-length name beside the target: it fits wherever the target's name does (a name near the
 * 255-byte limit plus a suffix would not), and the same folder keeps the rename atomic.
 */
function tempNameFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_4__.join(node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(file), `.llx-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
async function writeFileAtomic(file, chunks, what) {
    const temp = tempNameFor(file);
    let step = 'creating its folder';
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(file), { recursive: true });
        step = 'writing';
        // A file that is one spool (and a newline) is the spool itself, renamed into place: no copy.
        const [first, ...tail] = chunks;
        if (first && !Buffer.isBuffer(first) && tail.every((part) => Buffer.isBuffer(part)) && (await first.moveTo(file, tail)))
            return;
        unfinished.add(temp);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
        try {
            await writeParts(handle, chunks);
        }
        finally {
            await handle.close();
        }
        step = 'moving it into place';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (error) {
        // The cleanup fails too when the folder is unusable (ENOTDIR): the first error is the one to report.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true }).catch(() => undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .l(`Could not write ${what} to '${file}' (${reasonOf(error)}, while ${step}). Check that the path is a writable file location in the workspace.`);
    }
    finally {
        unfinished.delete(temp);
    }
}
async function writeParts(handle, parts) {
    let block;
    for (let i = 0; i < parts.length;) {
        const part = parts[i];
        if (!Buffer.isBuffer(part)) {
            // A spool is copied through one reused block: a large result never sits in memory, nor leaves garbage.
            block ??= Buffer.allocUnsafe(COPY_BLOCK_BYTES);
            const source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(part.path, 'r');
            try {
                for (let read; (read = (await source.read(block, 0, block.length, null)).bytesRead) > 0;) {
                    await writeAll(handle, [block.subarray(0, read)]);
                }
            }
            finally {
                await source.close();
            }
            i++;
            continue;
        }
        let end = i;
        while (end < parts.length && Buffer.isBuffer(parts[end]))
            end++;
        await writeAll(handle, parts.slice(i, end));
        i = end;
    }
}
async function writeAll(handle, buffers) {
    const { bytesWritten } = await handle.writev(buffers);
    // writev can stop short without an error (a full disk): a short file must never be renamed into place.
    const total = buffers.reduce((sum, chunk) => sum + chunk.length, 0);
    if (bytesWritten !== total)
        throw new Error(`only ${bytesWritten} of ${total} bytes were written; is the disk full?`);
}
/** For a stop by signal: leaves no temporary file behind. */
function removeUnfinishedFiles() {
    for (const temp of unfinished)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
    unfinished.clear();
}
/** A job without a result leaves no file from an earlier run at its path (self-hosted runners keep workspaces). */
async function removeStaleFile(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionError */ .l(`Could not remove the earlier result at '${file}' (${reasonOf(error)}). Point the output path at a file, not a folder.`);
    }
}
/** `ENOTDIR: not a directory`: Node's code and words, without the syscall and temporary path it appends. */
function reasonOf(error) {
    const { code, message } = error;
    return /^E[A-Z]+: [^,]+/.exec(message)?.[0] ?? code ?? message;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DOCUMENT_PLACEHOLDERS),
/* harmony export */   Kc: () => (/* binding */ hasPlaceholder),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7242);
// The placeholders of a file template (`output-file`, `job-file`, ...), rendered in one place for every input that takes them.


/** The placeholders that name a document: meaningful only with `file`. */
const DOCUMENT_PLACEHOLDERS = [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_PLACEHOLDER */ .uE, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_PLACEHOLDER */ ._w];
function renderTemplate(template, values) {
    const stem = values.document === undefined ? undefined : withoutExtension(values.document);
    let rendered = template.split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PLACEHOLDER */ .gs).join(values.jobId);
    if (stem !== undefined) {
        rendered = rendered.split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_PLACEHOLDER */ .uE).join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(stem)).split(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH_PLACEHOLDER */ ._w).join(stem);
    }
    return rendered;
}
/** Whether the template holds a placeholder that differs between documents (or jobs). */
function hasPlaceholder(template) {
    return [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PLACEHOLDER */ .gs, ...DOCUMENT_PLACEHOLDERS].some((placeholder) => template.includes(placeholder));
}
/** `invoices/2024/a.pdf` -> `invoices/2024/a`; a leading dot is a name, not an extension (`.env` stays). */
function withoutExtension(relative) {
    const extension = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.extname(relative);
    return extension ? relative.slice(0, -extension.length) : relative;
}


/***/ }),

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `task` over `items` with at most `limit` at a time, in order of start; results keep the items' order. */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    // One iterator shared by all workers: each takes the next item when it is free.
    const queue = items.entries();
    const worker = async () => {
        for (const [index, item] of queue)
            results[index] = await task(item);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Um: () => (/* binding */ redactBuffer),
/* harmony export */   aD: () => (/* binding */ createMasker),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8855);
// The runner masks registered secrets in the log, but not in files, outputs or the summary we write:
// everything that leaves the action passes through here, so an API that echoes the key leaks nothing.

const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);
const secrets = [];
/** Masks `secret` in the runner log and in everything redacted from now on. */
function registerSecret(secret) {
    if (!secret || secrets.includes(secret))
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    secrets.push(secret);
}
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(MASK);
    return out;
}
/** A masker for every secret registered so far, applied one after the other as redact does. */
function createMasker() {
    const stages = secrets.map((secret) => new SecretMatcher(Buffer.from(secret)));
    const through = (pieces, stage) => pieces.flatMap((piece) => stage.write(piece));
    return {
        write: (chunk) => stages.reduce(through, [chunk]),
        end: () => stages.reduce((pieces, stage) => [...through(pieces, stage), ...stage.end()], [])
    };
}
/**
 * `data` with every secret masked, byte for byte otherwise (no text round trip, so no string size limit);
 * `data` itself when it holds no secret, so large results are not copied.
 */
function redactBuffer(data) {
    const masker = createMasker();
    const pieces = [...masker.write(data), ...masker.end()];
    return pieces.length === 1 && pieces[0]?.length === data.length ? data : Buffer.concat(pieces);
}
/**
 * One secret over a stream. Within a chunk the secret is found by Node's native search (Boyer-Moore-Horspool,
 * no copies); across chunk boundaries by Knuth-Morris-Pratt, whose state (how much of the secret the stream
 * ends with) is all that is held back. Those held bytes are the secret's own first bytes, so they are
 * re-emitted from the secret when the match fails. Every byte is looked at a bounded number of times.
 */
class SecretMatcher {
    secret;
    fail;
    /** Bytes of the secret matched so far, at the end of what was written. */
    matched = 0;
    constructor(secret) {
        this.secret = secret;
        this.fail = new Int32Array(secret.length);
        for (let i = 1, k = 0; i < secret.length; i++) {
            while (k > 0 && secret[i] !== secret[k])
                k = this.fail[k - 1];
            if (secret[i] === secret[k])
                k++;
            this.fail[i] = k;
        }
    }
    write(chunk) {
        const { secret } = this;
        const m = secret.length;
        const n = chunk.length;
        const carried = this.matched;
        const out = [];
        // Positions are relative to the chunk; the carried bytes sit at -carried..-1 and equal secret[0..carried).
        let emitted = -carried;
        const emitUpTo = (to) => {
            if (to <= emitted)
                return;
            if (emitted < 0) {
                const end = Math.min(to, 0);
                out.push(secret.subarray(emitted + carried, end + carried));
                emitted = end;
            }
            if (to > emitted) {
                out.push(chunk.subarray(emitted, to));
                emitted = to;
            }
        };
        const mask = (end) => {
            emitUpTo(end - m);
            out.push(MASK_BYTES);
            emitted = end;
        };
        // A match begun in an earlier chunk: carried on byte by byte until it completes or falls through.
        let i = 0;
        let q = carried;
        while (q > 0 && i < n) {
            q = this.step(q, chunk[i++]);
            if (q === m) {
                mask(i);
                q = 0;
            }
        }
        // Whole matches inside the chunk, by native search.
        for (let at = q === 0 ? chunk.indexOf(secret, i) : -1; at >= 0; at = chunk.indexOf(secret, i)) {
            i = at + m;
            mask(i);
        }
        // What the chunk ends with of the secret's start: only the last m - 1 bytes can hold it.
        if (q === 0) {
            for (let j = Math.max(i, n - m + 1); j < n; j++)
                q = this.step(q, chunk[j]);
        }
        emitUpTo(n - q);
        this.matched = q;
        return out;
    }
    end() {
        const held = this.secret.subarray(0, this.matched);
        this.matched = 0;
        return held.length ? [held] : [];
    }
    /** The matched length after byte `c`, from `q` matched. */
    step(q, c) {
        let k = q;
        while (k > 0 && this.secret[k] !== c)
            k = this.fail[k - 1];
        return this.secret[k] === c ? k + 1 : k;
    }
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   pm: () => (/* binding */ resultValue),
/* harmony export */   xT: () => (/* binding */ resultBytes),
/* harmony export */   yX: () => (/* binding */ hasResult)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Shared shapes that flow one way: settings -> client -> poller (JobRead) -> gates, files -> one Judgement per job.

/** The job carries an `extract_result` (in memory or spooled). */
function hasResult(job) {
    return job?.resultJson !== undefined || job?.resultSpool !== undefined;
}
/** Size in bytes of the job's `extract_result` as served. */
function resultBytes(job) {
    return job.resultSpool?.size ?? job.resultJson?.length ?? 0;
}
/** The result as a value: parsed on arrival when small, else read back from its spool; throws when it is unreadable. */
function resultValue(job) {
    if (job.parsedResult !== undefined)
        return job.parsedResult;
    const text = job.resultSpool ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(job.resultSpool.path, 'utf8') : job.resultJson?.toString('utf8');
    return text === undefined ? undefined : JSON.parse(text);
}
/** A JSON object (not an array, not null): what the API's loosely typed fields are checked with. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 6466:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/promises");

/***/ }),

/***/ 6141:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 1983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HttpClient: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/undici-stub.ts
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled');
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = proxy/* getProxyUrl */.s(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = proxy/* getProxyUrl */.s(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// EXTERNAL MODULE: ./src/actions-core.ts + 4 modules
var actions_core = __nccwpck_require__(8855);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __nccwpck_require__(6050);
// EXTERNAL MODULE: ./src/api/extract-client.ts + 7 modules
var extract_client = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
// EXTERNAL MODULE: ./src/bound.ts
var bound = __nccwpck_require__(7659);
;// CONCATENATED MODULE: ./src/compare/describe.ts
// The words for a comparison, shared by the log, the summary and the outputs so they always agree.

/** Paths named in a one-line problem; the summary's table lists more. */
const PATHS_IN_MESSAGE = 3;
/** Four decimals, rounded down: a score under 1 never shows as 1, nor one under the bar as the bar. */
function formatAccuracy(accuracy) {
    return String(Math.floor(accuracy * 10_000) / 10_000);
}
function fieldCount(comparison) {
    return comparison.matched + comparison.wrong + comparison.missing + comparison.extra;
}
/** The `::error::` for a document below min-accuracy, or undefined when it passes. */
function belowMinimum(jobId, finding, minAccuracy) {
    const { comparison } = finding;
    if (!comparison || comparison.accuracy >= minAccuracy)
        return undefined;
    const paths = comparison.mismatches.slice(0, PATHS_IN_MESSAGE).map((mismatch) => shortPath(mismatch.path));
    const more = comparison.mismatches.length - paths.length;
    return (`Job ${jobId}: accuracy ${formatAccuracy(comparison.accuracy)} against ${finding.expectedFile} is below min-accuracy ${minAccuracy} ` +
        `(${comparison.matched} of ${fieldCount(comparison)} fields matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra). ` +
        `Differs at ${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`);
}
function noExpectedResult(jobId, finding) {
    if (finding.comparison || finding.updated || finding.error)
        return undefined;
    return `Job ${jobId}: no expected result at ${finding.expectedFile}, so it was not compared. Add the file, or write it from this result with update-expected: true.`;
}
/** Over the documents compared; undefined when none was. */
function overall(findings) {
    const comparisons = findings.flatMap((finding) => (finding?.comparison ? [finding.comparison] : []));
    if (comparisons.length === 0)
        return undefined;
    return {
        documents: comparisons.length,
        accuracy: comparisons.reduce((sum, comparison) => sum + comparison.accuracy, 0) / comparisons.length,
        matched: comparisons.reduce((sum, comparison) => sum + comparison.matched, 0),
        fields: comparisons.reduce((sum, comparison) => sum + fieldCount(comparison), 0)
    };
}
/** '' is the document itself (a result that is a single value); a path from a document is cut like any. */
function shortPath(path) {
    return (0,bound/* bound */.$s)(path || '(the whole result)', bound/* PATH_BOUND_BYTES */.Lr);
}

// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/judgement.ts
// The one decision per job: from what was read, what the gates found and what writing its files gave, the
// job's state and every problem it has. The summary, the log, the outputs and the verdict render this
// value and decide nothing of their own.





/** A status longer than this is no status LlamaCloud sends; it is cut wherever it is shown. */
const STATUS_BOUND_BYTES = 100;
/** The state a read alone gives: also what the tracker's progress lines and cancel-on-timeout go by. */
function stateOf(read, cancelRequested = false) {
    if (read.error && !read.timedOut)
        return 'unreadable';
    if (read.timedOut)
        return 'timed-out';
    if (cancelRequested)
        return 'cancelled';
    switch (read.status) {
        case constants/* Status */.nW.Completed:
            // Seen COMPLETED in a list sweep, but the step was stopped before the job itself was read: no result yet.
            if (read.job?.status !== constants/* Status */.nW.Completed)
                return 'in-progress';
            return (0,types/* hasResult */.yX)(read.job) ? 'completed' : 'no-result';
        case constants/* Status */.nW.Failed:
            return 'failed';
        case constants/* Status */.nW.Cancelled:
            return 'cancelled';
        default:
            return 'in-progress';
    }
}
/** Still running as far as this step knows, so a cancel may stop its billing. */
function isUnfinished(read) {
    const state = stateOf(read);
    return (state === 'in-progress' || state === 'timed-out') && !constants/* TERMINAL_STATUSES */.CM.includes(read.status);
}
function judge(read, findings, context) {
    const cancelRequested = findings.cancelRequested ?? false;
    const state = stateOf(read, cancelRequested);
    const violations = findings.gates?.violations ?? [];
    const judgement = {
        id: read.id,
        source: read.source,
        state,
        status: (0,bound/* bound */.$s)(read.status, STATUS_BOUND_BYTES),
        job: read.job,
        timedOut: read.timedOut,
        cancelRequested,
        error: read.error === undefined ? undefined : (0,bound/* bound */.$s)(read.error),
        errorMessage: read.job?.errorMessage === undefined ? undefined : (0,bound/* bound */.$s)(read.job.errorMessage),
        violations,
        hasConfidence: findings.gates?.hasConfidence,
        comparison: findings.comparison,
        resultFile: findings.write?.resultFile,
        jobFile: findings.write?.jobFile,
        writeError: findings.write?.error === undefined ? undefined : (0,bound/* bound */.$s)(findings.write.error),
        problems: [],
        warnings: []
    };
    const problem = (message, always = false) => {
        judgement.problems.push({ jobId: read.id, message: (0,bound/* bound */.$s)(message, bound/* MESSAGE_BOUND_BYTES */.vY), always });
    };
    const { id } = judgement;
    switch (state) {
        case 'unreadable':
            problem(judgement.error, true);
            break;
        case 'timed-out': {
            const last = judgement.status ? `last status ${judgement.status}` : 'never read';
            const cancel = cancelRequested ? ' It was cancelled.' : " Raise 'timeout', or set 'cancel-on-timeout: true' so it stops billing.";
            const error = judgement.error ? ` Last error: ${judgement.error}` : '';
            problem(`Job ${id} did not finish within ${(0,duration/* formatDuration */.a3)(context.timeoutMs)} (${last}).${error}${cancel}`);
            break;
        }
        case 'failed':
        case 'cancelled':
            // Cancelled by this step (a stop): the stop is the step's problem, not the job's.
            if (constants/* TERMINAL_STATUSES */.CM.includes(read.status)) {
                problem(`Job ${id} ${judgement.status}: ${judgement.errorMessage ?? 'LlamaCloud gave no error message'}`);
            }
            break;
        case 'no-result':
            problem(`Job ${id} COMPLETED without an extract_result: check the extraction's configuration and document.`);
            break;
        case 'completed':
            for (const violation of violations) {
                problem(`Job ${id}: ${violation.gate} check failed at ${(0,bound/* bound */.$s)(violation.path || '/', bound/* PATH_BOUND_BYTES */.Lr)}: ${violation.message}`);
            }
            if (judgement.hasConfidence === false) {
                judgement.warnings.push(`Job ${id} carries no confidence scores, so 'min-confidence' checked nothing: enable confidence scores in the extract configuration.`);
            }
            if (findings.comparison)
                judgeComparison(id, findings.comparison, context.comparison?.minAccuracy ?? 1, judgement, problem);
            break;
        case 'in-progress':
            // With wait: false the user asked for one read, not for the end; after a stop, the stop is the problem.
            break;
    }
    if (judgement.writeError)
        problem(judgement.writeError, true);
    return judgement;
}
/** Below min-accuracy is a problem like a gate violation; an expected file that could not be written always fails. */
function judgeComparison(id, finding, minAccuracy, judgement, problem) {
    if (finding.error)
        problem(finding.error, true);
    const below = belowMinimum(id, finding, minAccuracy);
    if (below)
        problem(below);
    const unexpected = noExpectedResult(id, finding);
    if (unexpected)
        judgement.warnings.push(unexpected);
}
/** COMPLETED only when every job completed; else the worst: FAILED, CANCELLED, a still-running status, unread. */
function combinedStatus(judgements) {
    const statuses = judgements.map((judgement) => judgement.status);
    if (statuses.every((status) => status === constants/* Status */.nW.Completed))
        return constants/* Status */.nW.Completed;
    for (const worst of [constants/* Status */.nW.Failed, constants/* Status */.nW.Cancelled])
        if (statuses.includes(worst))
            return worst;
    return statuses.find((status) => status && !constants/* TERMINAL_STATUSES */.CM.includes(status)) ?? '';
}
/** The problems that fail the step under these settings. */
function judgement_failing(problems, failOnError) {
    return problems.filter((problem) => failOnError || problem.always);
}

// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
// EXTERNAL MODULE: ./src/poll/concurrency.ts
var concurrency = __nccwpck_require__(8282);
;// CONCATENATED MODULE: ./src/cancel.ts
// cancel-on-timeout: a job left running keeps billing, so ask LlamaCloud to stop each unfinished one.





/** All cancels together get this long: the step is already late or being stopped. */
const CANCEL_BUDGET_MS = 4000;
/** Asks to cancel every unfinished job; gives the IDs of those the API accepted the cancel for. */
async function cancelUnfinished(client, reads) {
    const cancelled = new Set();
    const unfinished = reads.filter(isUnfinished);
    if (unfinished.length === 0)
        return cancelled;
    const deadline = Date.now() + CANCEL_BUDGET_MS;
    await (0,concurrency/* mapLimit */.s)(unfinished, extract_client/* MAX_IN_FLIGHT */.uK, async (read) => {
        try {
            await client.cancelJob(read.id, { deadline, maxRetries: 0 });
            cancelled.add(read.id);
            log/* info */.pq(`Cancelled job ${read.id} (it was ${read.status || 'not read yet'}).`);
        }
        catch (error) {
            // 400: it ended meanwhile, and is left alone.
            const ended = error instanceof api_errors/* ApiError */.hD && error.status === 400;
            log/* info */.pq(ended ? `Job ${read.id} had already ended; nothing to cancel.` : `Could not cancel job ${read.id}: ${error.message}`);
        }
    });
    return cancelled;
}

;// CONCATENATED MODULE: ./src/field-path.ts
// Field paths as the action prints them: `vendor.name`, `items[2].amount`, `["Invoice No."]`.
/** `address.city`, or `["Invoice No."]` when the field name is not a plain identifier. */
function keyPath(path, key) {
    if (/^[A-Za-z_$][\w$]*$/.test(key))
        return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}
function indexPath(path, index) {
    return `${path}[${index}]`;
}

;// CONCATENATED MODULE: ./src/gates/confidence-gate.ts
// Flags fields whose extraction confidence is under `min-confidence`, reading `extract_metadata.field_metadata`.
// The metadata is loosely typed and varies with the extraction target, so anything unexpected is skipped, never thrown on.


function checkConfidence(jobId, fieldMetadata, min) {
    const result = { violations: [], hasConfidence: false, lowCount: 0 };
    if (!(0,types/* isObject */.Gv)(fieldMetadata))
        return result;
    // Depth-first in document order, on a stack of its own: metadata of any depth is walked without recursion.
    const stack = [
        [fieldMetadata.row_metadata, 'rows'],
        [fieldMetadata.page_metadata, 'pages'],
        [fieldMetadata.document_metadata, '']
    ];
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [node, path] = next;
        if (Array.isArray(node)) {
            for (let index = node.length - 1; index >= 0; index--)
                stack.push([node[index], `${path}[${index}]`]);
        }
        else if ((0,types/* isObject */.Gv)(node)) {
            const confidence = node.confidence;
            // An object with a numeric confidence is one field's entry; its other keys (citation, reasoning...) are not fields.
            if (typeof confidence === 'number' && Number.isFinite(confidence)) {
                result.hasConfidence = true;
                if (confidence < min) {
                    result.violations.push({ jobId, gate: 'confidence', path, message: `confidence ${confidence} is below ${min}`, confidence });
                }
                continue;
            }
            for (const [key, child] of Object.entries(node).reverse())
                stack.push([child, keyPath(path, key)]);
        }
    }
    result.lowCount = result.violations.length;
    return result;
}

;// CONCATENATED MODULE: ./src/check-results.ts
// Runs the merge gates on each completed job: the JSON Schema and the minimum field confidence.



/** A result too large to be kept in memory on arrival is read back and parsed here, for the schema only. */
function checkSchema(schema, jobId, job) {
    let value;
    try {
        value = (0,types/* resultValue */.pm)(job);
    }
    catch (error) {
        return [{ jobId, gate: 'schema', path: '/', message: `the result could not be read back (${error.message})` }];
    }
    return schema.check(jobId, value);
}
/** What the gates find in each completed job with a result, by job ID; other jobs are not checked. */
function checkResults(reads, gates) {
    const found = new Map();
    for (const read of reads) {
        const { job } = read;
        if (stateOf(read) !== 'completed' || !job)
            continue;
        const result = { violations: gates.schema ? checkSchema(gates.schema, read.id, job) : [] };
        if (gates.minConfidence !== undefined) {
            const confidence = checkConfidence(read.id, job.fieldMetadata, gates.minConfidence);
            result.hasConfidence = confidence.hasConfidence;
            result.violations.push(...confidence.violations);
        }
        found.set(read.id, result);
    }
    return found;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/output/placeholders.ts
var placeholders = __nccwpck_require__(7855);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/input-helper.ts
// Turns the raw step inputs into one validated Settings object before any request is sent.







const JOB_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MIN_POLL_MS = 1000;
/** A key is sent as a header value: visible ASCII only (a pasted line break would break the request). */
const API_KEY = /^[\x21-\x7e]*$/;
/** A path that names a folder (`out/`, `.`, `out/..`) cannot be a result file. */
const FOLDER_PATH = /(^|[\\/])(\.\.?)?$/;
/**
 * What an empty input means: the same defaults as action.yml (a test holds them equal), kept here too
 * because an empty input is also what a caller who sets no INPUT_* at all gives.
 */
const FALLBACKS = {
    [constants/* Inputs */.G0.Wait]: 'true',
    [constants/* Inputs */.G0.Timeout]: '30m',
    [constants/* Inputs */.G0.PollInterval]: '5s',
    [constants/* Inputs */.G0.OutputFile]: 'extract-result.json',
    [constants/* Inputs */.G0.FailOnError]: 'true',
    [constants/* Inputs */.G0.CancelOnTimeout]: 'false',
    [constants/* Inputs */.G0.UpdateExpected]: 'false',
    [constants/* Inputs */.G0.Reuse]: 'false'
};
/** The input as given, or its fallback when empty. */
function input(name) {
    return actions_core/* getInput */.V4(name) || (FALLBACKS[name] ?? '');
}
/** Reads the API key from the input or the environment and masks it, before anything else can log it. */
function readApiKey() {
    const key = actions_core/* getInput */.V4(constants/* Inputs */.G0.ApiKey) || (process.env[constants/* EnvVars */.et.ApiKey] ?? '').trim();
    (0,redact/* registerSecret */.cl)(key);
    return key;
}
function getSettings(apiKey) {
    if (!apiKey) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.ApiKey, `no API key. Pass it from a secret (api-key: \${{ secrets.LLAMA_CLOUD_API_KEY }}) or set the ${constants/* EnvVars */.et.ApiKey} environment variable.`);
    }
    if (!API_KEY.test(apiKey)) {
        // The key itself is never shown: only where it came from and what is wrong with it.
        const source = actions_core/* getInput */.V4(constants/* Inputs */.G0.ApiKey) ? 'the key' : `the key in the ${constants/* EnvVars */.et.ApiKey} environment variable`;
        throw new errors/* InputError */.d(constants/* Inputs */.G0.ApiKey, `${source} holds a line break, a space, a control or a non-ASCII character. Copy the key again (one line, as LlamaCloud shows it) into the secret.`);
    }
    const workspace = process.env[constants/* EnvVars */.et.Workspace] || process.cwd();
    const filePatterns = parseFilePatterns(input(constants/* Inputs */.G0.File));
    const jobIds = filePatterns.length > 0 ? [] : parseJobIds(input(constants/* Inputs */.G0.JobId));
    const outputFile = resolveFileTemplate(constants/* Inputs */.G0.OutputFile, input(constants/* Inputs */.G0.OutputFile), jobIds, workspace);
    const jobFileInput = input(constants/* Inputs */.G0.JobFile);
    const jobFile = jobFileInput ? resolveFileTemplate(constants/* Inputs */.G0.JobFile, jobFileInput, jobIds, workspace) : undefined;
    if (jobFile)
        refuseSharedFiles(outputFile, jobFile, jobIds, [constants/* Inputs */.G0.JobFile, 'job file', `jobs/${constants/* JOB_ID_PLACEHOLDER */.gs}.json`]);
    const minConfidence = input(constants/* Inputs */.G0.MinConfidence);
    const schema = input(constants/* Inputs */.G0.Schema);
    return {
        jobIds,
        filePatterns,
        configuration: parseJobConfiguration(filePatterns.length > 0, workspace),
        reuse: parseBoolean(constants/* Inputs */.G0.Reuse),
        apiKey,
        projectId: optionalId(constants/* Inputs */.G0.ProjectId),
        organizationId: optionalId(constants/* Inputs */.G0.OrganizationId),
        // The input, then the environment (an EU workflow may set it once for every step), then the US region.
        baseUrl: parseBaseUrl(input(constants/* Inputs */.G0.BaseUrl) || (process.env[constants/* EnvVars */.et.BaseUrl] ?? '').trim() || constants/* DEFAULT_BASE_URL */.Ql),
        wait: parseBoolean(constants/* Inputs */.G0.Wait),
        timeoutMs: parsePositiveDuration(constants/* Inputs */.G0.Timeout, 0),
        pollIntervalMs: parsePositiveDuration(constants/* Inputs */.G0.PollInterval, MIN_POLL_MS),
        outputFile,
        jobFile,
        failOnError: parseBoolean(constants/* Inputs */.G0.FailOnError),
        schemaPath: schema ? external_node_path_.resolve(workspace, schema) : undefined,
        minConfidence: minConfidence ? parseFraction(constants/* Inputs */.G0.MinConfidence, minConfidence, 'a confidence', '0.8') : undefined,
        cancelOnTimeout: parseBoolean(constants/* Inputs */.G0.CancelOnTimeout),
        workspace,
        comparison: comparisonSettings(jobIds, workspace, outputFile)
    };
}
/** One pattern per line; blank lines and `#` comments skipped, as @actions/glob reads them. */
function parseFilePatterns(raw) {
    const patterns = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
    if (patterns.length > 0 && input(constants/* Inputs */.G0.JobId)) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.File, `give either '${constants/* Inputs */.G0.JobId}' (jobs started elsewhere) or '${constants/* Inputs */.G0.File}' (documents to extract), not both.`);
    }
    if (patterns.length > 0 && patterns.every((pattern) => pattern.startsWith('!'))) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.File, `holds only exclusions ('!...'): add a pattern of documents to extract, such as invoices/**/*.pdf.`);
    }
    return patterns;
}
/** With `file`: exactly one of `configuration-id` and `configuration`; with `job-id`: neither, nor `reuse`. */
function parseJobConfiguration(fileMode, workspace) {
    const id = optionalId(constants/* Inputs */.G0.ConfigurationId);
    const file = input(constants/* Inputs */.G0.Configuration);
    if (!fileMode) {
        const stray = [constants/* Inputs */.G0.ConfigurationId, constants/* Inputs */.G0.Configuration, constants/* Inputs */.G0.Reuse].find((name) => name === constants/* Inputs */.G0.Reuse ? parseBoolean(name) : input(name));
        if (stray) {
            throw new errors/* InputError */.d(stray, `applies to jobs this step creates from '${constants/* Inputs */.G0.File}'; a job given by '${constants/* Inputs */.G0.JobId}' was configured when it was created.`);
        }
        return undefined;
    }
    if (id && file) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Configuration, `give either '${constants/* Inputs */.G0.ConfigurationId}' (a saved configuration) or '${constants/* Inputs */.G0.Configuration}' (a file in the repository), not both.`);
    }
    if (id)
        return { id };
    if (file)
        return { file: external_node_path_.resolve(workspace, file), shown: file };
    throw new errors/* InputError */.d(constants/* Inputs */.G0.ConfigurationId, `is required with '${constants/* Inputs */.G0.File}': give a saved configuration's ID (cfg-...), or '${constants/* Inputs */.G0.Configuration}': a JSON or YAML file with data_schema and the extract options.`);
}
function parseJobIds(raw) {
    const ids = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
    if (ids.length === 0) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.JobId, `is required unless '${constants/* Inputs */.G0.File}' is given. Give the extract job ID (e.g. ext-0a1b2c...), or several separated by newlines, commas or spaces.`);
    }
    for (const id of ids) {
        if (!JOB_ID.test(id)) {
            throw new errors/* InputError */.d(constants/* Inputs */.G0.JobId, `'${id}' is not a job ID. Expected letters, digits, '-' and '_' only (e.g. ext-0a1b2c...).`);
        }
    }
    return ids;
}
function optionalId(name) {
    const value = input(name);
    if (value && !JOB_ID.test(value)) {
        throw new errors/* InputError */.d(name, `'${value}' is not an ID. Expected letters, digits, '-' and '_' only.`);
    }
    return value || undefined;
}
/** https only, except plain http to this machine (an emulator or a local proxy). */
function parseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.BaseUrl, `'${raw}' is not a URL. Expected e.g. ${constants/* DEFAULT_BASE_URL */.Ql} or ${constants/* EU_BASE_URL */.bc}.`);
    }
    const loopback = isLoopbackHost(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.BaseUrl, `'${raw}' must use https:// (plain http:// is accepted only for localhost, 127.0.0.0/8 and ::1).`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.BaseUrl, `'${url.origin}${url.pathname}' must not carry credentials, a query or a fragment.`);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
function isLoopbackHost(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function parseBoolean(name) {
    const raw = input(name);
    const value = raw.toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* InputError */.d(name, `'${raw}' is not a boolean. Expected true or false.`);
}
function parsePositiveDuration(name, minMs) {
    const raw = input(name);
    const ms = (0,duration/* parseDuration */.E9)(raw);
    if (ms === undefined || ms <= 0) {
        throw new errors/* InputError */.d(name, `'${raw}' is not a duration. Expected seconds (90) or a duration such as 90s, 15m or 1h.`);
    }
    if (ms < minMs)
        throw new errors/* InputError */.d(name, `'${raw}' is too short. Expected at least ${minMs / 1000}s.`);
    return ms;
}
function parseFraction(input, raw, what, example) {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new errors/* InputError */.d(input, `'${raw}' is not ${what}. Expected a number from 0 to 1, such as ${example}.`);
    }
    return value;
}
/** Job-id mode is checked here; file mode, once the documents are known (see start/documents.ts). */
function resolveFileTemplate(name, raw, jobIds, workspace) {
    if (FOLDER_PATH.test(raw)) {
        throw new errors/* InputError */.d(name, `'${raw}' names a folder. Give a file path, e.g. out/extract-result.json.`);
    }
    const documentPlaceholder = placeholders/* DOCUMENT_PLACEHOLDERS */.Dm.find((placeholder) => raw.includes(placeholder));
    if (jobIds.length > 0 && documentPlaceholder) {
        throw new errors/* InputError */.d(name, `'${raw}' holds ${documentPlaceholder}, which names a document: it needs '${constants/* Inputs */.G0.File}'. With '${constants/* Inputs */.G0.JobId}', use ${constants/* JOB_ID_PLACEHOLDER */.gs}.`);
    }
    if (jobIds.length > 1 && !raw.includes(constants/* JOB_ID_PLACEHOLDER */.gs)) {
        throw new errors/* InputError */.d(name, `'${raw}' must contain ${constants/* JOB_ID_PLACEHOLDER */.gs} when several job IDs are given, so each job gets its own file (e.g. results/${constants/* JOB_ID_PLACEHOLDER */.gs}.json).`);
    }
    return external_node_path_.resolve(workspace, raw);
}
/** A job or expected file written over a result (or the other way round) would lose one of them. */
function refuseSharedFiles(outputFile, other, jobIds, [input, noun, example]) {
    const results = new Set(jobIds.map((id) => fileFor(outputFile, id)));
    const shared = jobIds.map((id) => fileFor(other, id)).find((file) => results.has(file));
    if (shared) {
        throw new errors/* InputError */.d(input, `'${shared}' is also where ${constants/* Inputs */.G0.OutputFile} writes a result. Give the ${noun} its own path, e.g. ${example}.`);
    }
}
/** The path for one job: `{job_id}` replaced, and `{name}` / `{path}` from its document in file mode. */
function fileFor(template, jobId, document) {
    return (0,placeholders/* renderTemplate */.Xm)(template, { jobId, document });
}
// --- Regression comparison (issue 11): `expected`, `min-accuracy`, `compare`, `update-expected`.
function comparisonSettings(jobIds, workspace, outputFile) {
    const raw = actions_core/* getInput */.V4(constants/* Inputs */.G0.Expected);
    const minAccuracy = actions_core/* getInput */.V4(constants/* Inputs */.G0.MinAccuracy);
    const rules = actions_core/* getInput */.V4(constants/* Inputs */.G0.Compare);
    const update = parseBoolean(constants/* Inputs */.G0.UpdateExpected);
    if (!raw) {
        const orphan = [minAccuracy && constants/* Inputs */.G0.MinAccuracy, rules && constants/* Inputs */.G0.Compare, update && constants/* Inputs */.G0.UpdateExpected].find(Boolean);
        if (orphan) {
            throw new errors/* InputError */.d(orphan, `needs 'expected', the path of each job's expected result (e.g. test/expected/${constants/* JOB_ID_PLACEHOLDER */.gs}.json).`);
        }
        return undefined;
    }
    const expected = resolveFileTemplate(constants/* Inputs */.G0.Expected, raw, jobIds, workspace);
    refuseSharedFiles(outputFile, expected, jobIds, [constants/* Inputs */.G0.Expected, 'expected file', `test/expected/${constants/* JOB_ID_PLACEHOLDER */.gs}.json`]);
    return {
        expected,
        minAccuracy: minAccuracy ? parseFraction(constants/* Inputs */.G0.MinAccuracy, minAccuracy, 'an accuracy', '0.95') : 1,
        rulesFile: rules ? external_node_path_.resolve(workspace, rules) : undefined,
        update
    };
}

// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __nccwpck_require__(955);
;// CONCATENATED MODULE: ./src/output/result-files.ts
// Writes each completed job's `extract_result` (bytes as served) and, when asked, the whole job. Both are
// already masked: the client masks every answer as it arrives. A file that cannot be written is that job's
// problem: the other jobs are still written.





const NEWLINE = Buffer.from('\n');
/** What writing gave, by job ID: the paths written, or the first reason a file could not be. */
async function writeResultFiles(reads, settings) {
    const written = new Map();
    for (const read of reads) {
        const result = {};
        written.set(read.id, result);
        const { job } = read;
        try {
            const resultPath = fileFor(settings.outputFile, read.id, read.source?.file);
            // The job file first: writing the result may move a spooled result into place.
            if (job && settings.jobFile) {
                const jobPath = fileFor(settings.jobFile, read.id, read.source?.file);
                await (0,file_writer/* writeFileAtomic */.Zf)(jobPath, withNewline(jobParts(job)), `job ${read.id}`);
                result.jobFile = relativeToWorkspace(jobPath, settings.workspace);
            }
            if (stateOf(read) === 'completed' && job) {
                await (0,file_writer/* writeFileAtomic */.Zf)(resultPath, withNewline(resultParts(job)), `the result of job ${read.id}`);
                result.resultFile = relativeToWorkspace(resultPath, settings.workspace);
            }
            else {
                await (0,file_writer/* removeStaleFile */.YL)(resultPath);
            }
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.l))
                throw error;
            result.error = error.message;
        }
    }
    return written;
}
/** As the user wrote it: relative inside the workspace, absolute outside it. */
function relativeToWorkspace(file, workspace) {
    const relative = external_node_path_.relative(workspace, file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
/** The result as served: in memory, or its spool. */
function resultParts(job) {
    return job.resultSpool ? [job.resultSpool] : job.resultJson ? [job.resultJson] : [];
}
/** The whole job as served; a spooled result goes back in place of the `null` that stood for it. */
function jobParts(job) {
    if (!job.resultSpool || job.rawResultAt === undefined)
        return [job.raw];
    return [job.raw.subarray(0, job.rawResultAt), job.resultSpool, job.raw.subarray(job.rawResultAt + 'null'.length)];
}
/** A JSON value always ends in `}`, `]`, `"`, a digit or a letter: the newline is added unless one was served. */
function withNewline(parts) {
    const last = parts.at(-1);
    return Buffer.isBuffer(last) && last[last.length - 1] === 0x0a ? parts : [...parts, NEWLINE];
}

;// CONCATENATED MODULE: ./src/compare/assignment.ts
// The optimal assignment (Hungarian algorithm, Jonker-Volgenant style with potentials): O(rows² × columns).
/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible.
 * `weights[i][j]` is the gain of pairing row i with column j (rows of equal length). Returns, for each row,
 * its column, or -1 when there are more rows than columns and the row was left out.
 */
function maxWeightAssignment(weights) {
    const rows = weights.length;
    const columns = weights[0]?.length ?? 0;
    const result = new Array(rows).fill(-1);
    if (rows === 0 || columns === 0)
        return result;
    // The algorithm needs rows ≤ columns: a taller matrix is solved transposed. Costs are -weights, flat.
    const transposed = rows > columns;
    const n = transposed ? columns : rows;
    const m = transposed ? rows : columns;
    const cost = new Float64Array(n * m);
    weights.forEach((line, i) => line.forEach((weight, j) => {
        cost[transposed ? j * m + i : i * m + j] = -weight;
    }));
    const rowOfColumn = solve(cost, n, m);
    rowOfColumn.forEach((row, column) => {
        if (row < 0)
            return;
        if (transposed)
            result[column] = row;
        else
            result[row] = column;
    });
    return result;
}
/** Minimises the summed cost of an n × m matrix (n ≤ m); for each column, its row, or -1. */
function solve(cost, n, m) {
    // 1-based, as the algorithm is usually written: index 0 is its virtual row and column.
    const u = new Float64Array(n + 1);
    const v = new Float64Array(m + 1);
    const rowOf = new Int32Array(m + 1);
    const way = new Int32Array(m + 1);
    const minimum = new Float64Array(m + 1);
    const used = new Uint8Array(m + 1);
    for (let i = 1; i <= n; i++) {
        rowOf[0] = i;
        let column = 0;
        minimum.fill(Infinity);
        used.fill(0);
        do {
            used[column] = 1;
            const row = rowOf[column] ?? 0;
            const base = (row - 1) * m - 1;
            const potential = u[row] ?? 0;
            let delta = Infinity;
            let next = 0;
            for (let j = 1; j <= m; j++) {
                if (used[j])
                    continue;
                const reduced = (cost[base + j] ?? 0) - potential - (v[j] ?? 0);
                if (reduced < (minimum[j] ?? Infinity)) {
                    minimum[j] = reduced;
                    way[j] = column;
                }
                if ((minimum[j] ?? Infinity) < delta) {
                    delta = minimum[j] ?? Infinity;
                    next = j;
                }
            }
            for (let j = 0; j <= m; j++) {
                if (used[j]) {
                    const r = rowOf[j] ?? 0;
                    u[r] = (u[r] ?? 0) + delta;
                    v[j] = (v[j] ?? 0) - delta;
                }
                else {
                    minimum[j] = (minimum[j] ?? Infinity) - delta;
                }
            }
            column = next;
        } while (rowOf[column] !== 0);
        do {
            const previous = way[column] ?? 0;
            rowOf[column] = rowOf[previous] ?? 0;
            column = previous;
        } while (column !== 0);
    }
    return Array.from({ length: m }, (_, j) => (rowOf[j + 1] ?? 0) - 1);
}

;// CONCATENATED MODULE: ./src/compare/normalize.ts
// When two leaf values count as the same: the normalisation the README's "Comparing with expected results" explains.
// Strings are trimmed with inner whitespace collapsed; a number and a numeric string compare as numbers; dates in
// common written forms compare as ISO dates. Everything else must be equal.
function isScalar(value) {
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
// `1234.5`, `-3`, `1,234.50`: thousands commas in groups of three. No leading zeros, so `"01234"` (a postcode,
// an account number) stays text and never equals 1234.
const NUMERIC = /^[+-]?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;
function asNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    return NUMERIC.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '([A-Za-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// Each form with the groups holding its year, month and day; checked in this order.
const DATE_FORMS = [
    { form: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, year: 1, month: 2, day: 3 }, // 2024-03-15, 2024/03/15
    { form: /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/, year: 3, month: 2, day: 1 }, // 15.03.2024, 15-03-2024: day first
    // 03/15/2024 is month first (US), unless the first number cannot be a month: 15/03/2024.
    { form: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, year: 3, month: 1, day: 2, monthFirst: true },
    { form: new RegExp(`^${DAY} ${MONTH_NAME},? (\\d{4})$`), year: 3, month: 2, day: 1 }, // 15 March 2024
    { form: new RegExp(`^${MONTH_NAME} ${DAY},? (\\d{4})$`), year: 3, month: 1, day: 2 } // March 15, 2024
];
/** `YYYY-MM-DD` for a real calendar date in one of {@link DATE_FORMS}, else undefined. */
function asIsoDate(text) {
    const trimmed = text.trim().replace(/\s+/g, ' ');
    if (trimmed.length > 20 || !/\d{4}/.test(trimmed))
        return undefined;
    for (const form of DATE_FORMS) {
        const match = form.form.exec(trimmed);
        if (!match)
            continue;
        const [year, first, second] = [match[form.year] ?? '', match[form.month] ?? '', match[form.day] ?? ''];
        const [monthText, dayText] = form.monthFirst && Number(first) > 12 ? [second, first] : [first, second];
        const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
        const day = Number(dayText);
        if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysIn(Number(year), month))
            return undefined;
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    return undefined;
}
/** `Mar`, `March`, `Sept` (any case): 1 to 12; anything else: undefined. */
function monthNumber(name) {
    const lower = name.toLowerCase();
    const index = MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
    if (index < 0 || lower.length < 3)
        return undefined;
    return MONTHS[index]?.startsWith(lower) ? index + 1 : undefined;
}
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function normalText(text, caseInsensitive) {
    const collapsed = text.trim().replace(/\s+/g, ' ');
    return caseInsensitive ? collapsed.toLowerCase() : collapsed;
}
/**
 * A string that two values share exactly when they are the same after normalisation (tolerance and any-of
 * aside): used to pair identical rows and equal array items in one pass instead of comparing every pair.
 */
function valueKey(value, caseInsensitive) {
    if (typeof value === 'string') {
        const date = asIsoDate(value);
        if (date)
            return `d${date}`;
    }
    const number = asNumber(value);
    if (number !== undefined)
        return `n${number}`;
    if (typeof value === 'string')
        return `s${normalText(value, caseInsensitive)}`;
    return `${typeof value}${String(value)}`;
}
function valuesMatch(expected, got, options) {
    if (sameValue(expected, got, options))
        return true;
    return options.anyOf?.some((alternative) => sameValue(alternative, got, options)) ?? false;
}
function sameValue(expected, got, options) {
    if (expected === got)
        return true;
    const a = asNumber(expected);
    const b = asNumber(got);
    if (a !== undefined && b !== undefined)
        return withinTolerance(a, b, options.tolerance);
    if (typeof expected === 'string' && typeof got === 'string') {
        const dateA = asIsoDate(expected);
        if (dateA !== undefined)
            return dateA === asIsoDate(got);
        return normalText(expected, options.caseInsensitive) === normalText(got, options.caseInsensitive);
    }
    return false;
}
function withinTolerance(expected, got, tolerance) {
    if (expected === got)
        return true;
    if (!tolerance)
        return false;
    const allowed = 'absolute' in tolerance ? tolerance.absolute : (Math.abs(expected) * tolerance.relative) / 100;
    // A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 of 0.
    return Math.abs(expected - got) <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(got));
}

;// CONCATENATED MODULE: ./src/compare/rules.ts
// The `compare` rules file: field paths (`*` any key, `[]` any index) mapped to rules that change how those
// fields compare. Parsed and checked before any request; a rule applies to its field and everything under it.




const NO_RULES = { source: '', list: [] };
const RULE_NAMES = ['ignore', 'tolerance', 'case-insensitive', 'key', 'any-of'];
const EXAMPLE = `e.g. {"total": {"tolerance": 0.01}, "items[].description": {"case-insensitive": true}}`;
/** `document` is the parsed JSON or YAML file; every problem is an InputError naming the path and the rule. */
function parseRules(document, source) {
    const fail = (message) => {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${source}': ${message}`);
    };
    if (!(0,types/* isObject */.Gv)(document))
        fail(`expected a map of field paths to rules, ${EXAMPLE}.`);
    const list = Object.entries(document).map(([pattern, body]) => {
        const segments = parsePattern(pattern);
        if (typeof segments === 'string')
            return fail(`'${pattern}' is not a field path (${segments}).`);
        if (!(0,types/* isObject */.Gv)(body))
            return fail(`'${pattern}' must map to rules, ${EXAMPLE}.`);
        const rule = {};
        for (const [name, value] of Object.entries(body)) {
            const bad = (expected) => fail(`'${pattern}': rule '${name}' must be ${expected}, not ${JSON.stringify(value)}.`);
            switch (name) {
                case 'ignore':
                    rule.ignore = typeof value === 'boolean' ? value : bad('true or false');
                    break;
                case 'case-insensitive':
                    rule.caseInsensitive = typeof value === 'boolean' ? value : bad('true or false');
                    break;
                case 'tolerance':
                    rule.tolerance = parseTolerance(value) ?? bad('a number of at least 0 (0.01) or a percentage (1%)');
                    break;
                case 'key':
                    rule.key = typeof value === 'string' && value !== '' ? value : bad('the name of a field of the rows');
                    break;
                case 'any-of':
                    rule.anyOf = Array.isArray(value) && value.length > 0 && value.every(isScalar) ? value : bad('a list of accepted values');
                    break;
                default:
                    fail(`'${pattern}': unknown rule '${name}'. Known rules: ${RULE_NAMES.join(', ')}.`);
            }
        }
        return { pattern, segments, rule };
    });
    return { source, list };
}
function parseTolerance(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? { absolute: value } : undefined;
    if (typeof value !== 'string')
        return undefined;
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    if (percent)
        return { relative: Number(percent[1]) };
    return /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? { absolute: Number(value) } : undefined;
}
/** `items[].amount`, `*.name`, `["Invoice No."]`: the segments, or why the text is not a path. */
function parsePattern(pattern) {
    const segments = [];
    let at = 0;
    while (at < pattern.length) {
        if (pattern.startsWith('[]', at)) {
            segments.push('[]');
            at += 2;
            continue;
        }
        if (pattern[at] === '[') {
            const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(pattern.slice(at));
            if (!quoted)
                return 'write [] for any index, and ["name"] for a field name with dots or brackets';
            segments.push({ key: JSON.parse(quoted[1] ?? '""') });
            at += quoted[0].length;
            continue;
        }
        if (at > 0) {
            if (pattern[at] !== '.')
                return `unexpected '${pattern[at]}' at position ${at + 1}`;
            at += 1;
        }
        const name = /^[^.[\]]+/.exec(pattern.slice(at))?.[0];
        if (!name)
            return at === 0 ? 'it is empty' : `a field name is missing at position ${at + 1}`;
        segments.push(name === '*' ? '*' : { key: name });
        at += name.length;
    }
    return segments.length ? segments : 'it is empty';
}
const EMPTY = [];
function rootScope(rules) {
    return { ignore: false, caseInsensitive: false, hits: [], progress: rules.list.map((rule) => ({ rule, at: 0 })) };
}
/** The scope of `parent`'s field `segment` (a key, or an array index). */
function childScope(parent, segment) {
    const inherited = { ignore: parent.ignore, caseInsensitive: parent.caseInsensitive, tolerance: parent.tolerance };
    if (parent.progress.length === 0) {
        // The common case, no rule below: one shared scope instead of one per field.
        return parent.hits.length === 0 && parent.key === undefined && parent.anyOf === undefined
            ? parent
            : { ...inherited, hits: [], progress: EMPTY };
    }
    const hits = [];
    const progress = [];
    for (const { rule, at } of parent.progress) {
        const wanted = rule.segments[at];
        if (wanted === undefined)
            continue;
        const fits = wanted === '[]' ? typeof segment === 'number' : typeof segment === 'string' && (wanted === '*' || wanted.key === segment);
        if (!fits)
            continue;
        if (at + 1 === rule.segments.length)
            hits.push(rule);
        else
            progress.push({ rule, at: at + 1 });
    }
    const scope = { ...inherited, hits, progress };
    // In file order: a later rule for the same field wins.
    for (const { rule } of hits) {
        if (rule.ignore !== undefined)
            scope.ignore = rule.ignore;
        if (rule.caseInsensitive !== undefined)
            scope.caseInsensitive = rule.caseInsensitive;
        if (rule.tolerance !== undefined)
            scope.tolerance = rule.tolerance;
        if (rule.key !== undefined)
            scope.key = rule.key;
        if (rule.anyOf !== undefined)
            scope.anyOf = rule.anyOf;
    }
    return scope;
}
/**
 * Every rule must match a field of at least one expected file, and a `key` rule an array whose rows hold
 * that field: a typo in a path would otherwise silently check nothing.
 */
function checkRulesAgainst(rules, documents) {
    if (rules.list.length === 0 || documents.length === 0)
        return;
    const hit = new Set();
    const stack = documents.map((document) => [document, rootScope(rules)]);
    while (stack.length > 0) {
        const [node, scope] = stack.pop();
        for (const rule of scope.hits) {
            const { key } = rule.rule;
            if (key === undefined || (Array.isArray(node) && node.some((row) => (0,types/* isObject */.Gv)(row) && Object.hasOwn(row, key))))
                hit.add(rule);
        }
        if (scope.progress.length === 0)
            continue;
        if (Array.isArray(node))
            node.forEach((item, index) => stack.push([item, childScope(scope, index)]));
        else if ((0,types/* isObject */.Gv)(node))
            for (const [key, value] of Object.entries(node))
                stack.push([value, childScope(scope, key)]);
    }
    const unmatched = rules.list.filter((rule) => !hit.has(rule));
    if (unmatched.length === 0)
        return;
    const described = unmatched.map((rule) => rule.rule.key === undefined ? `'${rule.pattern}'` : `'${rule.pattern}' (an array of rows with the field '${rule.rule.key}')`);
    throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${rules.source}': ${described.join(', ')} ${unmatched.length === 1 ? 'matches' : 'match'} nothing in any expected file. ` +
        `Check the path: * stands for any key, [] for any index (items[].amount).`);
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
// Scores one result against its expected file, field by field: both are walked down to their leaf fields
// (iteratively: results can nest deeper than the call stack), arrays of objects are matched row to row,
// arrays of plain values as multisets. Pure and deterministic: the same two values always give the same score.





/**
 * Rows left unpaired after identical rows are paired: up to this many expected × result rows (300 × 300) get an
 * optimal assignment, O(n³); past it, a greedy match on distinctive values, O(n), that may pair a few rows less well.
 */
const OPTIMAL_MATCH_CELLS = 90_000;
/**
 * How much of a row the matching looks at. Typical rows are a few fields deep; a row nested far deeper is
 * paired on its first fields (then still compared in full), so matching stays linear in the document's size.
 */
const ROW_VIEW = { nodes: 500, depth: 8 };
/** A value shared by more rows than this (a currency, a status) says nothing about which rows belong together. */
const DISTINCTIVE_ROWS = 32;
class Tally {
    matched = 0;
    wrong = 0;
    missing = 0;
    extra = 0;
    mismatches = [];
    approximated = [];
    add(kind, path, expected, got) {
        this[kind] += 1;
        const mismatch = { path, kind };
        if (expected !== undefined)
            mismatch.expected = expected;
        if (got !== undefined)
            mismatch.got = got;
        this.mismatches.push(mismatch);
    }
    result() {
        const total = this.matched + this.wrong + this.missing + this.extra;
        const { matched, wrong, missing, extra, mismatches, approximated } = this;
        return { matched, wrong, missing, extra, accuracy: total === 0 ? 1 : matched / total, mismatches, approximated };
    }
}
function compareResult(expected, got, rules = NO_RULES) {
    const tally = new Tally();
    const stack = [{ expected, got, path: '', scope: rootScope(rules) }];
    // Children are pushed in reverse so they are taken in document order and mismatches come out in it.
    const pushAll = (tasks) => {
        for (let i = tasks.length - 1; i >= 0; i--) {
            const task = tasks[i];
            if (task)
                stack.push(task);
        }
    };
    while (stack.length > 0) {
        const { expected: e, got: g, path, scope } = stack.pop();
        if (scope.ignore)
            continue;
        // null and a missing field are the same.
        const noExpected = e === null || e === undefined;
        const noGot = g === null || g === undefined;
        if (noExpected && noGot)
            continue;
        if (noGot || noExpected) {
            for (const leaf of leavesOf(noGot ? e : g, scope).leaves) {
                const at = under(path, leaf.path);
                if (noGot)
                    tally.add('missing', at, leaf.value, undefined);
                else
                    tally.add('extra', at, undefined, leaf.value);
            }
        }
        else if (isScalar(e) && isScalar(g)) {
            if (valuesMatch(e, g, scope))
                tally.matched += 1;
            else
                tally.add('wrong', path, e, g);
        }
        else if ((0,types/* isObject */.Gv)(e) && (0,types/* isObject */.Gv)(g)) {
            const tasks = Object.keys(e).map((key) => ({
                expected: e[key],
                // Own fields only: a result without `constructor` has no such field, whatever Object.prototype holds.
                got: Object.hasOwn(g, key) ? g[key] : undefined,
                path: keyPath(path, key),
                scope: childScope(scope, key)
            }));
            for (const key of Object.keys(g)) {
                if (!Object.hasOwn(e, key))
                    tasks.push({ expected: undefined, got: g[key], path: keyPath(path, key), scope: childScope(scope, key) });
            }
            pushAll(tasks);
        }
        else if (Array.isArray(e) && Array.isArray(g)) {
            pushAll(compareArrays(e, g, path, scope, tally));
        }
        else {
            // Different shapes (an object against a list or a value): as flattened leaf fields, none in common.
            pushAll([
                { expected: e, got: undefined, path, scope },
                { expected: undefined, got: g, path, scope }
            ]);
        }
    }
    return tally.result();
}
/** Counts what it can decide at once and returns the element pairs still to compare. */
function compareArrays(e, g, path, scope, tally) {
    const items = childScope(scope, 0);
    if (items.ignore)
        return [];
    const task = (i, j) => ({
        expected: i === undefined ? undefined : e[i],
        got: j === undefined ? undefined : g[j],
        path: indexPath(path, i ?? j),
        scope: items
    });
    if (scope.key !== undefined)
        return pairedTasks(matchByKey(e, g, scope.key, items), e.length, g.length, task);
    if (e.some(types/* isObject */.Gv) || g.some(types/* isObject */.Gv))
        return pairedTasks(matchRows(e, g, path, items, tally), e.length, g.length, task);
    if (e.every(isScalar) && g.every(isScalar)) {
        compareMultisets(e, g, path, items, tally);
        return [];
    }
    // Lists of lists: element by element.
    return Array.from({ length: Math.max(e.length, g.length) }, (_, i) => task(i < e.length ? i : undefined, i < g.length ? i : undefined));
}
/** Tasks for the pairs in expected order, then each unpaired expected row (missing), then each unpaired result row (extra). */
function pairedTasks({ pairs, settled }, expectedRows, gotRows, task) {
    const tasks = [];
    for (let i = 0; i < expectedRows; i++)
        if (!settled?.expected.has(i))
            tasks.push(task(i, pairs.get(i)));
    const paired = new Set(pairs.values());
    for (let j = 0; j < gotRows; j++)
        if (!paired.has(j) && !settled?.got.has(j))
            tasks.push(task(undefined, j));
    return tasks;
}
function matchByKey(e, g, key, items) {
    const keyScope = childScope(items, key);
    const keyOf = (row) => {
        const value = (0,types/* isObject */.Gv)(row) && Object.hasOwn(row, key) ? row[key] : undefined;
        return isScalar(value) && value !== null ? valueKey(value, keyScope.caseInsensitive) : undefined;
    };
    const waiting = new Queues();
    e.forEach((row, i) => waiting.add(keyOf(row), i));
    const pairs = new Map();
    g.forEach((row, j) => {
        const i = waiting.take(keyOf(row));
        if (i !== undefined)
            pairs.set(i, j);
    });
    return { pairs };
}
/**
 * Pairs rows so that as many fields as possible match: identical rows first, in one pass, then an optimal
 * assignment of the rest, or a greedy match when the rest is too large. Identical pairs are counted here.
 */
function matchRows(e, g, path, items, tally) {
    const waiting = new Queues();
    const expectedRows = rowsOf(e, items);
    for (const row of expectedRows)
        if (row.complete)
            waiting.add(rowKey(row), row.index);
    const settled = { expected: new Set(), got: new Set() };
    const leftGot = [];
    for (const row of rowsOf(g, items)) {
        const i = row.complete ? waiting.take(rowKey(row)) : undefined;
        if (i === undefined) {
            leftGot.push(row);
        }
        else {
            settled.expected.add(i);
            settled.got.add(row.index);
        }
    }
    const leftExpected = [];
    for (const row of expectedRows) {
        if (settled.expected.has(row.index))
            tally.matched += row.leaves.length;
        else
            leftExpected.push(row);
    }
    let pairs = new Map();
    if (leftExpected.length > 0 && leftGot.length > 0) {
        if (leftExpected.length * leftGot.length <= OPTIMAL_MATCH_CELLS) {
            pairs = assignOptimally(leftExpected, leftGot);
        }
        else {
            tally.approximated.push(path);
            pairs = assignGreedily(leftExpected, leftGot);
        }
    }
    return { pairs, settled };
}
/** The non-null elements with their leaf fields, as far as {@link ROW_VIEW} reaches. */
function rowsOf(array, items) {
    const rows = [];
    array.forEach((element, index) => {
        if (element !== null && element !== undefined)
            rows.push({ index, ...leavesOf(element, items, ROW_VIEW) });
    });
    return rows;
}
/** Equal for two rows exactly when every field matches after normalisation (tolerance and any-of aside). */
function rowKey(row) {
    // Paths never hold \u0000 or \u0001 (such names are quoted), and the length prefix keeps any value whole.
    const fields = row.leaves.map((leaf) => {
        const value = valueKey(leaf.value, leaf.scope.caseInsensitive);
        return `${leaf.path}\u0000${value.length}:${value}`;
    });
    return fields.sort().join('\u0001');
}
/** How many fields of the two rows match, by relative path: the weight of pairing them. */
function rowScore(expected, got) {
    let score = 0;
    for (const leaf of got.leaves) {
        const other = expected.get(leaf.path);
        if (other && valuesMatch(other.value, leaf.value, other.scope))
            score += 1;
    }
    return score;
}
function fieldMap(row) {
    return new Map(row.leaves.map((leaf) => [leaf.path, leaf]));
}
/**
 * Rows with no field in common stay unpaired: one missing and one extra row, not a row of wrong fields. Rows seen
 * only in part may share fields further down, so they pair.
 */
function worthPairing(score, expected, got) {
    return score > 0 || !expected.complete || !got.complete;
}
function assignOptimally(expected, got) {
    const weights = expected.map((row) => {
        const fields = fieldMap(row);
        return got.map((other) => rowScore(fields, other));
    });
    const pairs = new Map();
    maxWeightAssignment(weights).forEach((j, i) => {
        const row = expected[i];
        const other = got[j];
        const weight = weights[i]?.[j];
        if (row && other && weight !== undefined && worthPairing(weight, row, other))
            pairs.set(row.index, other.index);
    });
    return pairs;
}
/**
 * Each expected row, in order, takes the free result row sharing most of its distinctive field values (values
 * held by few rows); rows sharing none are then paired in order when they have any field in common.
 */
function assignGreedily(expected, got) {
    const token = (leaf) => `${leaf.path}\u0000${valueKey(leaf.value, leaf.scope.caseInsensitive)}`;
    const holders = new Map();
    got.forEach((row, j) => {
        for (const leaf of row.leaves) {
            const list = holders.get(token(leaf));
            if (list)
                list.push(j);
            else
                holders.set(token(leaf), [j]);
        }
    });
    const taken = new Uint8Array(got.length);
    const pairs = new Map();
    const unpaired = [];
    for (const row of expected) {
        const shared = new Map();
        for (const leaf of row.leaves) {
            const list = holders.get(token(leaf));
            if (!list || list.length > DISTINCTIVE_ROWS)
                continue;
            for (const j of list)
                if (!taken[j])
                    shared.set(j, (shared.get(j) ?? 0) + 1);
        }
        let best = -1;
        let most = 0;
        for (const [j, count] of shared) {
            if (count > most || (count === most && j < best))
                [best, most] = [j, count];
        }
        const chosen = got[best];
        if (!chosen) {
            unpaired.push(row);
            continue;
        }
        taken[best] = 1;
        pairs.set(row.index, chosen.index);
    }
    const free = got.filter((_, j) => !taken[j]);
    unpaired.forEach((row, k) => {
        const other = free[k];
        if (other && worthPairing(rowScore(fieldMap(row), other), row, other))
            pairs.set(row.index, other.index);
    });
    return pairs;
}
/** Plain values compare as multisets: each expected value is matched by at most one equal result value. */
function compareMultisets(e, g, path, items, tally) {
    const waiting = new Queues();
    e.forEach((value, i) => {
        if (value !== null)
            waiting.add(valueKey(value, items.caseInsensitive), i);
    });
    const leftGot = [];
    g.forEach((value, j) => {
        if (value === null)
            return;
        if (waiting.take(valueKey(value, items.caseInsensitive)) === undefined)
            leftGot.push(j);
        else
            tally.matched += 1;
    });
    let leftExpected = waiting.remaining();
    // Tolerance and any-of accept values whose keys differ: those are tried pair by pair, within the same bound.
    if ((items.tolerance || items.anyOf) && leftExpected.length > 0 && leftGot.length > 0) {
        if (leftExpected.length * leftGot.length > OPTIMAL_MATCH_CELLS) {
            tally.approximated.push(path);
        }
        else {
            const unmatched = [];
            for (const j of leftGot) {
                const k = leftExpected.findIndex((i) => valuesMatch(e[i] ?? null, g[j] ?? null, items));
                if (k < 0) {
                    unmatched.push(j);
                    continue;
                }
                tally.matched += 1;
                leftExpected = leftExpected.filter((_, index) => index !== k);
            }
            leftGot.splice(0, leftGot.length, ...unmatched);
        }
    }
    for (const i of leftExpected)
        tally.add('missing', indexPath(path, i), e[i], undefined);
    for (const j of leftGot)
        tally.add('extra', indexPath(path, j), undefined, g[j]);
}
/**
 * The non-null leaf fields under `node`, with paths relative to it, in document order. With a `bound`, the walk
 * stops after that many nodes and skips what is deeper than that many levels, and says it is not `complete`.
 */
function leavesOf(node, scope, bound) {
    const leaves = [];
    const stack = [[node, '', scope, 0]];
    let visited = 0;
    let complete = true;
    while (stack.length > 0) {
        const [value, path, at, depth] = stack.pop();
        if (at.ignore || value === null || value === undefined)
            continue;
        if (bound && ++visited > bound.nodes)
            return { leaves, complete: false };
        if (bound && depth > bound.depth) {
            complete = false;
            continue;
        }
        if (isScalar(value)) {
            leaves.push({ path, value, scope: at });
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push([value[i], indexPath(path, i), childScope(at, i), depth + 1]);
        }
        else if ((0,types/* isObject */.Gv)(value)) {
            for (const key of Object.keys(value).reverse())
                stack.push([value[key], keyPath(path, key), childScope(at, key), depth + 1]);
        }
    }
    return { leaves, complete };
}
/** `base` followed by a relative path from {@link leavesOf}. */
function under(base, relative) {
    if (relative === '' || base === '')
        return base + relative;
    return relative.startsWith('[') ? base + relative : `${base}.${relative}`;
}
/** First-come queues of indices by key, so duplicates pair in order. */
class Queues {
    queues = new Map();
    add(key, index) {
        if (key === undefined)
            return;
        const queue = this.queues.get(key);
        if (queue)
            queue.indices.push(index);
        else
            this.queues.set(key, { indices: [index], next: 0 });
    }
    take(key) {
        const queue = key === undefined ? undefined : this.queues.get(key);
        if (!queue || queue.next >= queue.indices.length)
            return undefined;
        return queue.indices[queue.next++];
    }
    /** The indices never taken, in ascending order. */
    remaining() {
        return [...this.queues.values()].flatMap((queue) => queue.indices.slice(queue.next)).sort((a, b) => a - b);
    }
}

;// CONCATENATED MODULE: ./src/compare/rules-file.ts
// Reads the `compare` rules file, JSON or YAML, before any request. yaml is loaded only for a YAML file.





async function loadRules(file, shown) {
    let text;
    try {
        text = (await (0,promises_.readFile)(file, 'utf8')).replace(/^\uFEFF/, '');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `cannot read rules file '${shown}' (${code}): check the path and that the file is in the checkout.`);
    }
    return parseRules(external_node_path_.extname(file).toLowerCase() === '.json' ? parseJson(text, shown) : await parseYaml(text, shown), shown);
}
function parseJson(text, shown) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${shown}' is not valid JSON (${error.message}): fix its syntax.`);
    }
}
async function parseYaml(text, shown) {
    // A lazy chunk in dist/ (script/bundle.ts): a run without a YAML rules file does not parse yaml.
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const document = parseDocument(text, { uniqueKeys: true });
    const [first] = document.errors;
    if (first) {
        const line = first.linePos?.[0].line;
        const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Compare, `rules file '${shown}'${line ? ` line ${line}` : ''} is not valid YAML (${reason}): fix its syntax.`);
    }
    return document.toJS({ maxAliasCount: 100 });
}

;// CONCATENATED MODULE: ./src/compare/baseline.ts
// The expected results a step compares with: read (and the rules checked against them) before any request,
// each job's result scored against its own, or with update-expected each result written as its expected file.











/** Before any request: the rules file parsed and checked against the expected files that exist. */
async function loadBaseline(settings, subjects, workspace) {
    const rules = settings.rulesFile ? await loadRules(settings.rulesFile, relativeToWorkspace(settings.rulesFile, workspace)) : NO_RULES;
    const targets = subjects.map((subject) => {
        if ('document' in subject && settings.expected.includes(constants/* JOB_ID_PLACEHOLDER */.gs)) {
            // A created job's ID is new on every run: the expected file must be named after its document.
            throw new errors/* InputError */.d(constants/* Inputs */.G0.Expected, `'${relativeToWorkspace(settings.expected, workspace)}' holds ${constants/* JOB_ID_PLACEHOLDER */.gs}, which is new on every run with '${constants/* Inputs */.G0.File}': name each expected file after its document, e.g. test/expected/${constants/* NAME_PLACEHOLDER */.uE}.json.`);
        }
        const key = 'document' in subject ? subject.document : subject.jobId;
        const file = 'document' in subject ? fileFor(settings.expected, '', subject.document) : fileFor(settings.expected, subject.jobId);
        return { key, file, shown: relativeToWorkspace(file, workspace) };
    });
    const expected = new Map();
    // Files about to be replaced are not read: a first run has none, and a broken one is what is being fixed.
    if (!settings.update) {
        for (const target of targets) {
            const value = await readExpected(target);
            if (value !== undefined)
                expected.set(target.key, value);
        }
        checkRulesAgainst(rules, [...expected.values()]);
    }
    return {
        update: settings.update,
        rules,
        targets: new Map(targets.map((target) => [target.key, target])),
        expected
    };
}
/** The parsed file, or undefined when there is none yet. */
async function readExpected({ file, shown }) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Expected, `cannot read expected file '${shown}' (${code ?? 'unreadable'}): point 'expected' at a JSON file.`);
    }
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors/* InputError */.d(constants/* Inputs */.G0.Expected, `expected file '${shown}' is not valid JSON (${error.message}): fix it, or write it from the result with update-expected: true.`);
    }
}
/** By job ID, for each completed job with a result: its score, or with update-expected the file written. */
async function compareWithBaseline(reads, baseline) {
    const findings = new Map();
    for (const read of reads) {
        const key = read.source?.file ?? read.id;
        const target = baseline.targets.get(key);
        if (stateOf(read) !== 'completed' || !read.job || !target)
            continue;
        findings.set(read.id, await checkOne(baseline, target, read.id, read.job));
    }
    return findings;
}
async function checkOne(baseline, target, jobId, job) {
    const finding = { expectedFile: target.shown };
    const result = resultOf(job);
    if (baseline.update) {
        // Pretty-printed: the file is reviewed in pull requests, and a diff of one-line JSON says nothing.
        const text = result === undefined ? job.resultJson : Buffer.from(`${JSON.stringify(result, null, 2)}\n`);
        try {
            await (0,file_writer/* writeFileAtomic */.Zf)(target.file, [text], `the expected result of job ${jobId}`);
            finding.updated = true;
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.l))
                throw error;
            finding.error = error.message;
        }
        return finding;
    }
    if (baseline.expected.has(target.key))
        finding.comparison = compareResult(baseline.expected.get(target.key), result, baseline.rules);
    return finding;
}
/** The result's value; one that cannot be read back or is not JSON has no fields. */
function resultOf(job) {
    try {
        return (0,types/* resultValue */.pm)(job);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var http_transport = __nccwpck_require__(3860);
// EXTERNAL MODULE: ./src/json-scan.ts
var json_scan = __nccwpck_require__(3627);
;// CONCATENATED MODULE: ./src/json-span.ts
// Compacts JSON text without building objects for it, so numbers and strings keep their exact bytes.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Index just past the closing quote of the string that opens at `i`. */
function skipString(text, i) {
    let j = i + 1;
    for (;;) {
        j = text.indexOf(QUOTE, j);
        if (j < 0)
            throw new json_scan/* JsonSyntaxError */.q('the JSON ends inside a string');
        let slashes = 0;
        while (text[j - 1 - slashes] === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return j + 1;
        j++;
    }
}
function skipSpace(text, i) {
    let j = i;
    while (text[j] === 0x20 || text[j] === 0x0a || text[j] === 0x0d || text[j] === 0x09)
        j++;
    return j;
}
/** The same JSON without whitespace between tokens; numbers and strings stay byte for byte. */
function compactJson(text) {
    const out = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === QUOTE)
            i = skipString(text, i) - 1;
        else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            out.push(text.toString('utf8', from, i));
            from = skipSpace(text, i);
            i = from - 1;
        }
    }
    out.push(text.toString('utf8', from));
    return out.join('');
}

// EXTERNAL MODULE: ./src/api/usage.ts
var api_usage = __nccwpck_require__(4787);
;// CONCATENATED MODULE: ./src/output/outputs.ts
// Step outputs: one job's values, or for several the combined status, sums and a `jobs` array. Each renders
// the jobs' judgements; none may exceed GitHub's 1 MiB output limit.











const USAGE_OUTPUTS = [
    [constants/* Outputs */.tY.NumPagesExtracted, 'num_pages_extracted'],
    [constants/* Outputs */.tY.NumDocumentTokens, 'num_document_tokens'],
    [constants/* Outputs */.tY.NumOutputTokens, 'num_output_tokens'],
    [constants/* Outputs */.tY.NumPagesBilled, 'num_pages_billed'],
    [constants/* Outputs */.tY.Credits, 'credits']
];
/** Room under the limit for the file command's name and delimiter. */
const OUTPUT_BUDGET = constants/* MAX_OUTPUT_BYTES */.$q - 1024;
/** Each job's `error_message` keeps at least this much, however many jobs share the `jobs` output. */
const MIN_JOB_MESSAGE_BYTES = 200;
function setOutputs(judgements, context) {
    const set = (name, value) => actions_core/* setOutput */.uH(name, (0,redact/* redact */.E$)(value));
    const absolute = (file) => (file ? external_node_path_.resolve(context.workspace, file) : '');
    const usage = (0,api_usage/* sumUsage */.Rl)(judgements.flatMap((judgement) => (judgement.job ? [judgement.job.usage] : [])));
    set(constants/* Outputs */.tY.Status, combinedStatus(judgements));
    set(constants/* Outputs */.tY.JobId, judgements.map((judgement) => judgement.id).join(','));
    set(constants/* Outputs */.tY.ResultFile, judgements.flatMap((judgement) => (judgement.resultFile ? [absolute(judgement.resultFile)] : [])).join('\n'));
    set(constants/* Outputs */.tY.ErrorMessage, (0,bound/* bound */.$s)(judgements.flatMap(messagesOf).join('\n'), OUTPUT_BUDGET));
    set(constants/* Outputs */.tY.TimedOut, String(judgements.some((judgement) => judgement.timedOut)));
    set(constants/* Outputs */.tY.Usage, JSON.stringify(usage));
    for (const [output, key] of USAGE_OUTPUTS)
        set(output, key in usage ? String(usage[key]) : '');
    set(constants/* Outputs */.tY.Jobs, jobsOutput(judgements, absolute));
    set(constants/* Outputs */.tY.Result, resultOutput(judgements));
    const compared = overall(judgements.map((judgement) => judgement.comparison));
    set(constants/* Outputs */.tY.Accuracy, compared ? String(tidy(compared.accuracy)) : '');
}
/** In `jobs`, for a job compared with its expected file: its accuracy and how many fields differ. */
function comparisonFields(finding) {
    const comparison = finding?.comparison;
    return comparison ? { accuracy: tidy(comparison.accuracy), mismatches: comparison.mismatches.length } : {};
}
/** 0.85, not the 0.8500000000000001 a mean of floats can give. */
function tidy(accuracy) {
    return Number(accuracy.toPrecision(12));
}
function messagesOf(judgement) {
    return judgement.problems.map((problem) => problem.message);
}
/** One entry per job; when they do not fit, each `error_message` is cut to an equal share of the limit. */
function jobsOutput(judgements, absolute) {
    const render = (messageBytes) => JSON.stringify(judgements.map((judgement) => ({
        id: judgement.id,
        // File mode: the document, its file and whether an earlier job was taken for it.
        ...(judgement.source ? { file: judgement.source.file, file_id: judgement.source.fileId, reused: judgement.source.reused } : {}),
        status: judgement.status,
        state: judgement.state,
        result_file: absolute(judgement.resultFile),
        error_message: (0,bound/* bound */.$s)(messagesOf(judgement).join('\n'), messageBytes),
        usage: judgement.job?.usage ?? {},
        ...comparisonFields(judgement.comparison)
    })));
    let json = render(Infinity);
    if (Buffer.byteLength(json) <= OUTPUT_BUDGET)
        return json;
    const withoutMessages = Buffer.byteLength(render(0));
    // JSON escapes can double a message's size; halve the share to stay under.
    const share = Math.floor((OUTPUT_BUDGET - withoutMessages) / judgements.length / 2);
    json = render(Math.max(MIN_JOB_MESSAGE_BYTES, share));
    if (Buffer.byteLength(json) <= OUTPUT_BUDGET)
        return json;
    log/* notice */.lm(`The 'jobs' output is empty: ${judgements.length} jobs do not fit in GitHub's 1 MiB output limit. Read the job summary instead.`);
    return '';
}
/** The compact result of a single job, when it fits in a step output. */
function resultOutput(judgements) {
    const [only] = judgements;
    const job = judgements.length === 1 && only?.state === 'completed' ? only.job : undefined;
    if (!(0,types/* hasResult */.yX)(job))
        return '';
    const result = job.resultJson;
    if (result && result.length <= constants/* MAX_OUTPUT_BYTES */.$q) {
        const compact = compactJson(result);
        if (Buffer.byteLength(compact) <= constants/* MAX_OUTPUT_BYTES */.$q)
            return compact;
    }
    log/* notice */.lm(`The 'result' output is empty: the result is ${((0,types/* resultBytes */.xT)(job) / 1024 / 1024).toFixed(1)} MiB, over GitHub's 1 MiB output limit. Read 'result-file' instead.`);
    return '';
}

;// CONCATENATED MODULE: ./src/poll/job-tracker.ts
// What is known of each job while waiting, and the progress lines a person reads in the log.






/** At most one progress line this often, unless something changed. */
const PROGRESS_EVERY_MS = 5000;
class JobTracker {
    jobIds;
    started;
    states = new Map();
    warnedStatuses = new Set();
    lastLine = '';
    lastLineAt = 0;
    constructor(jobIds, started) {
        this.jobIds = jobIds;
        this.started = started;
        for (const id of jobIds)
            this.states.set(id, { status: '', done: false });
    }
    pending() {
        return this.jobIds.filter((id) => !this.state(id).done);
    }
    /** A status seen in a list sweep; the job stays pending until it has been read in full. */
    seen(id, status) {
        this.state(id).status = status;
        this.warnIfUnknown(id, status);
    }
    /** Reads one job; a final failure ends that job's wait, a timeout leaves it pending. */
    async read(id, fetch) {
        const state = this.state(id);
        try {
            const job = await fetch();
            state.job = job;
            state.status = job.status;
            state.done = constants/* TERMINAL_STATUSES */.CM.includes(job.status);
            this.warnIfUnknown(id, job.status);
        }
        catch (error) {
            if (error instanceof extract_client/* RequestFailedError */.JD && error.deadlineReached) {
                state.error = error.message;
            }
            else if (error instanceof api_errors/* ApiError */.hD || error instanceof extract_client/* RequestFailedError */.JD) {
                state.error = error.message;
                state.done = true;
            }
            else {
                throw error;
            }
        }
    }
    /** Logs where things stand: on every change, otherwise every few seconds. */
    report() {
        const elapsed = (0,duration/* formatDuration */.a3)(Date.now() - this.started);
        const [first] = this.jobIds;
        const line = first !== undefined && this.jobIds.length === 1 ? this.singleLine(first) : this.manyLine();
        if (line === this.lastLine && Date.now() - this.lastLineAt < PROGRESS_EVERY_MS)
            return;
        this.lastLine = line;
        this.lastLineAt = Date.now();
        log/* info */.pq(`${line} (${elapsed})`);
    }
    /** What was read, in the order the IDs were given; jobs still pending timed out when `waited`. */
    reads(waited) {
        return this.jobIds.map((id) => {
            const state = this.state(id);
            return { id, status: state.status, job: state.job, timedOut: waited && !state.done, error: state.error };
        });
    }
    /** As the judgement will call it: a pending job is still in progress whatever error its last read had. */
    label(id) {
        const state = this.state(id);
        return stateOf({ ...state, timedOut: !state.done }) === 'unreadable' ? 'unreadable' : state.status || 'not read yet';
    }
    singleLine(id) {
        const label = this.label(id);
        return `Job ${id}: ${label === 'unreadable' ? 'could not be read' : label}`;
    }
    manyLine() {
        const counts = new Map();
        for (const id of this.jobIds) {
            const key = this.label(id);
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const done = this.jobIds.length - this.pending().length;
        const parts = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
        return `${done} of ${this.jobIds.length} jobs finished: ${parts}`;
    }
    warnIfUnknown(id, status) {
        if (constants/* KNOWN_STATUSES */.Do.includes(status) || this.warnedStatuses.has(status))
            return;
        this.warnedStatuses.add(status);
        log/* warning */.$e(`Job ${id} has status '${status}', which this action does not know: it is treated as still running until it ends or the timeout is reached.`);
    }
    state(id) {
        return this.states.get(id);
    }
}

;// CONCATENATED MODULE: ./src/poll/schedule.ts
// When to look again. The first look is immediate (an earlier step may have finished the job already);
// after that the gaps grow by a second per look from 4 s up to poll-interval: with the default 5 s the
// looks fall at 0, 4, 9, 14, 19 s... A job may end at any moment, and for that evenly spaced looks wait
// least per request, so the ramp is short: the official SDK's (1, 3, 6, 10, 15 s...) spends two more looks
// in the first 10 s, and one job here never costs more requests than with the SDK once it has run 5 s.
const FIRST_GAP_MS = 4000;
const RAMP_STEP_MS = 1000;
/** A sweep over many jobs is one request per page: it may come this often, whatever their count. */
const MIN_SWEEP_GAP_MS = 1000;
/** Gap before look number `looks + 1`, for one job, never over `maxGapMs` (the poll-interval input). */
function pollGapMs(looks, maxGapMs) {
    return Math.min(maxGapMs, FIRST_GAP_MS + Math.max(0, looks - 1) * RAMP_STEP_MS);
}
/**
 * Gap between sweeps that read `pending` jobs' statuses together: the request budget of polling each
 * job alone at `maxGapMs` buys fresher news for all of them, down to one sweep a second.
 */
function sweepGapMs(looks, maxGapMs, pending) {
    return Math.max(Math.min(MIN_SWEEP_GAP_MS, maxGapMs), Math.min(pollGapMs(looks, maxGapMs), maxGapMs / pending));
}

;// CONCATENATED MODULE: ./src/poll/poller.ts
// Reads every job until it ends, the timeout passes or the step is cancelled: one job by GET, many by
// list sweeps (one request per page of statuses) plus a GET of each job once it has ended.






/**
 * Until the API has answered once, and throughout with wait: false, faults are retried this long at most (and
 * only so many times): a wrong base-url, a dead proxy or an API down from the start fails the step fast.
 * Once the API has answered, a wait rides out transient faults until the timeout.
 */
const SHORT_BOUND_MS = 20_000;
/** Retries of one read while waiting, before the API has answered. */
const WAIT_RETRIES = 8;
/** With wait: false a read still survives a short blip. */
const ONCE_RETRIES = 3;
/** Time left for the last read before the deadline. */
const LAST_READ_MS = 500;
async function waitForJobs(client, jobIds, options) {
    // The timeout counts from the step's start, start-up included. Looks fall at fixed points after the
    // first one, so slow answers do not push them later, and a slow start does not bunch them up.
    const { startedAt } = options;
    let nextLookAt = Date.now();
    const deadline = startedAt + (options.wait ? options.timeoutMs : Math.min(options.timeoutMs, SHORT_BOUND_MS));
    const call = {
        deadline,
        maxRetries: options.wait ? WAIT_RETRIES : ONCE_RETRIES,
        rideOut: options.wait,
        reachBy: startedAt + SHORT_BOUND_MS,
        signal: options.signal
    };
    const tracker = new JobTracker(jobIds, startedAt);
    let sweep = options.wait && jobIds.length > 1;
    try {
        for (let looks = 0;; looks++) {
            let pending = tracker.pending();
            if (looks > 0) {
                // The last look starts early enough to be answered before the deadline.
                const lastLookAt = deadline - LAST_READ_MS;
                if (!options.wait || pending.length === 0 || Date.now() >= lastLookAt)
                    break;
                // Several jobs keep the cadence their number bought, down to the last one (see sweepGapMs).
                const gap = sweep ? sweepGapMs(looks, options.pollIntervalMs, jobIds.length) : pollGapMs(looks, options.pollIntervalMs);
                // After an answer slower than the gaps, the schedule goes on from now: missed looks are not made up in a burst.
                nextLookAt = Math.max(nextLookAt + gap, Date.now());
                await (0,extract_client/* sleep */.yy)(Math.max(0, Math.min(nextLookAt, lastLookAt) - Date.now()), options.signal);
            }
            if (sweep && pending.length > 1) {
                try {
                    const statuses = await client.listStatuses(pending, call);
                    // Running jobs are settled by the sweep; ended or unlisted ones are read in full below. An ended
                    // job's status counts at once, so a stop before its read never cancels a job that has finished.
                    pending = pending.filter((id) => {
                        const status = statuses.get(id);
                        if (status !== undefined)
                            tracker.seen(id, status);
                        return status === undefined || constants/* TERMINAL_STATUSES */.CM.includes(status);
                    });
                }
                catch (error) {
                    if (!(error instanceof Error) || options.signal.aborted)
                        throw error;
                    if (error instanceof extract_client/* RequestFailedError */.JD && error.deadlineReached)
                        break;
                    log/* info */.pq(`Listing job statuses failed (${error.message}); reading each job instead.`);
                    sweep = false;
                }
            }
            await (0,concurrency/* mapLimit */.s)(pending, extract_client/* MAX_IN_FLIGHT */.uK, (id) => tracker.read(id, () => client.getJob(id, call)));
            tracker.report();
        }
    }
    catch (error) {
        if (!options.signal.aborted)
            throw error;
        return { reads: tracker.reads(false), interrupted: true };
    }
    return { reads: tracker.reads(options.wait), interrupted: false };
}

// EXTERNAL MODULE: ./src/json-walk.ts
var json_walk = __nccwpck_require__(119);
;// CONCATENATED MODULE: ./src/summary.ts
// The job summary a reviewer reads on the run page: the combined result, one table row per job, and per-job
// detail folded in <details> so 200 jobs stay scannable. Pure: main writes the string with core.summary.





// GitHub refuses a summary over 1 MiB; keep room for the "cut" note and the newline core.summary appends.
const BUDGET = constants/* MAX_OUTPUT_BYTES */.$q - 1024;
const PREVIEW_FIELDS = 50;
const PREVIEW_ROWS = 3;
const VALUE_CHARS = 80;
const NOTE_CHARS = 80;
const MESSAGE_CHARS = 300;
const ERROR_CHARS = 2000;
const VIOLATION_ROWS = 50;
const TABLE_HEAD = '| Job | Status | Input | Duration | Pages | Tokens | Credits | Result file | Note |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const DETAILS_CLOSE = '</details>\n\n';
function renderSummary(outcomes, options = {}) {
    const head = heading(outcomes, options.title, options.stepProblems ?? []) + comparisonOverall(outcomes, options.minAccuracy) + TABLE_HEAD;
    let left = BUDGET - bytes(head);
    const fits = (text) => {
        const size = bytes(text);
        if (size > left)
            return false;
        left -= size;
        return true;
    };
    // What to give up when over budget, last first: previews, then per-job detail, then table rows.
    const rows = [];
    for (const outcome of outcomes) {
        const row = tableRow(outcome);
        if (!fits(row))
            break;
        rows.push(row);
    }
    const details = outcomes.slice(0, rows.length).map((outcome) => jobDetail(outcome, options, outcomes.length === 1));
    const kept = details.map((detail) => (detail && fits(detail.body + DETAILS_CLOSE) ? detail : undefined));
    const withPreview = kept.map((detail) => detail !== undefined && detail.preview !== '' && fits(detail.preview));
    const cuts = [
        [outcomes.length - rows.length, 'not listed'],
        [details.filter((detail, i) => detail && !kept[i]).length, 'without detail'],
        [kept.filter((detail, i) => detail?.preview && !withPreview[i]).length, 'without preview']
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${plural(n, 'job')} ${what}`);
    const note = cuts.length ? `> ✂️ Cut to stay under GitHub's 1 MiB summary limit: ${cuts.join(', ')}.\n\n` : '';
    const blocks = kept.map((detail, i) => (detail ? detail.body + (withPreview[i] ? detail.preview : '') + DETAILS_CLOSE : ''));
    return `${head}${rows.join('')}\n${note}${blocks.join('')}`;
}
function heading(outcomes, title, stepProblems) {
    const tally = new Map();
    for (const outcome of outcomes) {
        const { label } = LOOKS[outcome.state];
        tally.set(label, (tally.get(label) ?? 0) + 1);
    }
    const completed = tally.get(LOOKS.completed.label) ?? 0;
    const gated = outcomes.filter((outcome) => outcome.violations.length > 0).length;
    const failing = stepProblems.length > 0 || outcomes.some((outcome) => outcome.problems.length > 0);
    const icon = failing ? '❌' : completed === outcomes.length ? '✅' : '⏳';
    const jobs = outcomes.length === 1 ? 'job' : 'jobs';
    const prefix = title ? `${esc(title)}: ` : '';
    const breakdown = [...tally].filter(([label]) => label !== LOOKS.completed.label).map(([label, n]) => `${n} ${label}`);
    if (gated)
        breakdown.push(`${plural(gated, 'job')} with gate violations`);
    const second = breakdown.length ? `${breakdown.join(' · ')}\n\n` : '';
    const step = stepProblems.map((problem) => `⛔ ${esc(cut(problem, ERROR_CHARS))}\n\n`).join('');
    return `## ${icon} ${prefix}${completed} of ${outcomes.length} extract ${jobs} completed\n\n${second}${step}`;
}
/** One word for the heading's breakdown and an emoji for the table, for each state of the judgement. */
const LOOKS = {
    completed: { label: 'completed', emoji: '✅' },
    'no-result': { label: 'without result', emoji: '❌' },
    failed: { label: 'failed', emoji: '❌' },
    cancelled: { label: 'cancelled', emoji: '🚫' },
    'in-progress': { label: 'in progress', emoji: '⏳' },
    'timed-out': { label: 'timed out', emoji: '⏱️' },
    unreadable: { label: 'unreadable', emoji: '⚠️' }
};
function tableRow(outcome) {
    const { job } = outcome;
    const usage = job?.usage ?? {};
    const cells = [
        `<code>${esc(outcome.id)}</code>`,
        `${LOOKS[outcome.state].emoji} ${esc(outcome.status || 'not read')}`,
        summary_input(outcome),
        summary_duration(job),
        number(usage.num_pages_extracted ?? usage.num_pages_billed),
        tokens(usage),
        number(usage.credits),
        outcome.resultFile ? `<code>${esc(outcome.resultFile)}</code>` : '—',
        esc(notes(outcome).join('; '))
    ];
    return `| ${cells.join(' | ')} |\n`;
}
/** The document (file mode) above its file ID, or the job's file input. */
function summary_input(outcome) {
    const fileId = outcome.source?.fileId ?? outcome.job?.fileInput;
    const id = fileId ? esc(cut(fileId, NOTE_CHARS)) : '';
    if (!outcome.source)
        return id || '—';
    return `<code>${esc(cut(outcome.source.file, NOTE_CHARS))}</code><br>${id}`;
}
function notes(outcome) {
    const schema = outcome.violations.filter((violation) => violation.gate === 'schema').length;
    const low = outcome.violations.length - schema;
    return [
        outcome.source?.reused ? 'reused an earlier COMPLETED job of this document: no new credits' : '',
        outcome.timedOut ? 'timed out' : '',
        outcome.cancelRequested ? 'cancel requested' : '',
        outcome.error ? `read error: ${cut(outcome.error, NOTE_CHARS)}` : '',
        outcome.errorMessage ? cut(outcome.errorMessage, NOTE_CHARS) : '',
        outcome.writeError ? `not written: ${cut(outcome.writeError, NOTE_CHARS)}` : '',
        schema ? plural(schema, 'schema violation') : '',
        low ? `${plural(low, 'field')} under min-confidence` : '',
        comparisonNote(outcome.comparison)
    ].filter((note) => note !== '');
}
/** The job's collapsible block: `body` opens it, `preview` (possibly '') goes right before DETAILS_CLOSE. */
function jobDetail(outcome, { minConfidence, minAccuracy }, open) {
    const { job } = outcome;
    const completed = outcome.state === 'completed';
    const sections = [
        outcome.timedOut ? `⏱️ Stopped waiting at the timeout; the job was ${esc(outcome.status || 'not read yet')}.` : '',
        outcome.cancelRequested ? '🚫 Cancellation was requested for this job.' : '',
        outcome.error ? `**Read error:** ${esc(cut(outcome.error, ERROR_CHARS))}` : '',
        outcome.errorMessage ? `**Error:** ${esc(cut(outcome.errorMessage, ERROR_CHARS))}` : '',
        outcome.state === 'no-result' ? 'The job returned no `extract_result`.' : '',
        outcome.writeError ? `**Not written:** ${esc(cut(outcome.writeError, ERROR_CHARS))}` : '',
        violationTable(outcome.violations),
        completed && minConfidence !== undefined ? confidenceLine(outcome, minConfidence) : '',
        outcome.comparison && minAccuracy !== undefined ? comparisonSection(outcome.comparison, minAccuracy) : ''
    ].filter((section) => section !== '');
    const preview = completed && job ? renderPreview(job) : '';
    if (sections.length === 0 && preview === '')
        return undefined;
    const { emoji } = LOOKS[outcome.state];
    const summary = `${emoji} <code>${esc(outcome.id)}</code> · ${esc(outcome.status || 'not read')}`;
    const body = `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${sections.map((section) => `${section}\n\n`).join('')}`;
    return { body, preview };
}
function violationTable(violations) {
    if (violations.length === 0)
        return '';
    const rows = violations
        .slice(0, VIOLATION_ROWS)
        .map((violation) => `| <code>${esc(cut(violation.path || '/', MESSAGE_CHARS))}</code> | ${esc(cut(violation.message, MESSAGE_CHARS))} | ${violation.confidence ?? '—'} |`);
    // The blank line ends the table; a plain line right under it would become one more row.
    const more = violations.length > VIOLATION_ROWS ? `\n\n…and ${violations.length - VIOLATION_ROWS} more violations` : '';
    return `| Field | Problem | Confidence |\n| --- | --- | --- |\n${rows.join('\n')}${more}`;
}
function confidenceLine(outcome, min) {
    if (!outcome.hasConfidence) {
        return 'ℹ️ This job carried no confidence data: enable `confidence_scores` in the extract configuration to use min-confidence.';
    }
    const low = outcome.violations.filter((violation) => violation.gate === 'confidence').length;
    return low ? `⚠️ ${plural(low, 'field')} below confidence ${min}.` : `All fields at or above confidence ${min}.`;
}
/** A folded look at the result: top-level fields, or for a list of rows its length and the first rows' fields. */
function renderPreview(job) {
    if (!(0,types/* hasResult */.yX)(job))
        return '';
    const value = job.parsedResult;
    // A result too large to be kept in memory when read is not parsed for a few lines of preview either.
    if (value === undefined)
        return `Result: ${((0,types/* resultBytes */.xT)(job) / 1024 / 1024).toFixed(1)} MiB, too large to preview.\n\n`;
    let label;
    let entries;
    if (Array.isArray(value)) {
        label = `${plural(value.length, 'row')}${value.length > PREVIEW_ROWS ? `, first ${PREVIEW_ROWS} shown` : ''}`;
        entries = value
            .slice(0, PREVIEW_ROWS)
            .flatMap((row, i) => (0,types/* isObject */.Gv)(row) ? Object.entries(row).map(([key, field]) => [`[${i}].${key}`, field]) : [[`[${i}]`, row]]);
    }
    else if ((0,types/* isObject */.Gv)(value)) {
        entries = Object.entries(value);
        label = plural(entries.length, 'field');
    }
    else {
        entries = [['(result)', value]];
        label = 'a single value';
    }
    if (entries.length === 0)
        return `Result: ${label}.\n\n`;
    const rows = entries
        .slice(0, PREVIEW_FIELDS)
        .map(([key, field]) => `| <code>${esc(cut(key, VALUE_CHARS))}</code> | ${esc(cut((0,json_walk/* jsonPrefix */.l)(field, VALUE_CHARS + 1), VALUE_CHARS))} |\n`);
    const more = entries.length > PREVIEW_FIELDS ? `\n…and ${entries.length - PREVIEW_FIELDS} more\n` : '';
    return `<details><summary>Result preview: ${label}</summary>\n\n| Field | Value |\n| --- | --- |\n${rows.join('')}${more}\n</details>\n\n`;
}
function summary_duration(job) {
    const ms = (0,duration/* elapsedMs */.d5)(job?.createdAt, job?.updatedAt);
    return ms === undefined ? '—' : (0,duration/* formatDuration */.a3)(ms);
}
/** Document plus output tokens; one side alone is labelled rather than summed with an invented 0. */
function tokens(usage) {
    const input = usage.num_document_tokens;
    const output = usage.num_output_tokens;
    if (input !== undefined && output !== undefined)
        return number(input + output);
    if (input !== undefined)
        return `${number(input)} in`;
    if (output !== undefined)
        return `${number(output)} out`;
    return '—';
}
/** Absent means unknown, shown as a dash, never as 0. */
function number(value) {
    return typeof value === 'number' && Number.isFinite(value) ? grouped(value) : '—';
}
/** `1,234.5`: en-US grouping, at most 3 decimals, written out here because the first toLocaleString loads ICU (~20 ms). */
function grouped(value) {
    const rounded = Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
    // BigInt spells out every integer digit, where String(1e21) would give an exponent.
    const [whole = '', fraction] = Number.isInteger(rounded) ? [BigInt(Math.abs(rounded)).toString()] : String(Math.abs(rounded)).split('.');
    return `${rounded < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1; // keep surrogate pairs whole
    return `${text.slice(0, end)}…`;
}
// Everything from the API goes through esc: entities keep it from breaking table cells (|, newlines)
// or becoming HTML, code spans, emphasis, strike-through or links (`[` alone is enough to stop a link).
const UNSAFE = /\r\n|[\r\n&<>|`*_[\\~]/g;
function esc(text) {
    return text.replace(UNSAFE, (c) => (c.endsWith('\n') || c === '\r' ? '<br>' : `&#${c.charCodeAt(0)};`));
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
// --- Comparison with expected results (the `expected` input).
const MISMATCH_ROWS = 50;
/** The line under the heading: documents compared, mean accuracy, fields matched of all. */
function comparisonOverall(outcomes, minAccuracy) {
    if (minAccuracy === undefined)
        return '';
    const findings = outcomes.map((outcome) => outcome.comparison);
    const compared = overall(findings);
    const updated = findings.filter((finding) => finding?.updated).length;
    const unexpected = findings.filter((finding) => finding && !finding.comparison && !finding.updated && !finding.error).length;
    const below = findings.filter((finding) => finding?.comparison && finding.comparison.accuracy < minAccuracy).length;
    const parts = compared
        ? [
            `${plural(compared.documents, 'document')} compared`,
            `mean accuracy ${formatAccuracy(compared.accuracy)}`,
            `${compared.matched} of ${plural(compared.fields, 'field')} matched`
        ]
        : ['no document compared'];
    if (below)
        parts.push(`${below} below min-accuracy ${minAccuracy}`);
    if (unexpected)
        parts.push(`${unexpected} without an expected result`);
    if (updated)
        parts.push(`${plural(updated, 'expected file')} written`);
    return `**Expected results:** ${parts.join(' · ')}\n\n`;
}
function comparisonNote(finding) {
    if (!finding)
        return '';
    if (finding.updated)
        return 'expected file written';
    if (finding.error)
        return 'expected file not written';
    return finding.comparison ? `accuracy ${formatAccuracy(finding.comparison.accuracy)}` : 'no expected result';
}
function comparisonSection(finding, minAccuracy) {
    const file = `<code>${esc(cut(finding.expectedFile, MESSAGE_CHARS))}</code>`;
    if (finding.updated)
        return `📝 Written as the expected result: ${file}.`;
    if (finding.error)
        return `**Expected file not written:** ${esc(cut(finding.error, ERROR_CHARS))}`;
    const { comparison } = finding;
    if (!comparison)
        return `ℹ️ No expected result at ${file}: not compared.`;
    const pass = comparison.accuracy >= minAccuracy;
    const counts = `${comparison.matched} of ${plural(fieldCount(comparison), 'field')} matched; ${comparison.wrong} wrong, ${comparison.missing} missing, ${comparison.extra} extra`;
    const verdict = pass ? '' : `, below min-accuracy ${minAccuracy}`;
    const line = `${pass ? '✅' : '❌'} Compared with ${file}: accuracy ${formatAccuracy(comparison.accuracy)} (${counts})${verdict}.`;
    const greedy = comparison.approximated.map((path) => `\n\nℹ️ <code>${esc(shortPath(path))}</code>: too many rows differ for an optimal matching, so its rows were matched greedily on distinctive values.`);
    if (comparison.mismatches.length === 0)
        return line + greedy.join('');
    const show = (value) => (value === undefined ? '—' : esc(cut((0,json_walk/* jsonPrefix */.l)(value, VALUE_CHARS + 1), VALUE_CHARS)));
    const rows = comparison.mismatches
        .slice(0, MISMATCH_ROWS)
        .map((mismatch) => `| <code>${esc(shortPath(mismatch.path))}</code> | ${show(mismatch.expected)} | ${show(mismatch.got)} | ${mismatch.kind} |`);
    const more = comparison.mismatches.length > MISMATCH_ROWS ? `\n\n…and ${comparison.mismatches.length - MISMATCH_ROWS} more` : '';
    return `${line}${greedy.join('')}\n\n| Field | Expected | Got | Kind |\n| --- | --- | --- | --- |\n${rows.join('\n')}${more}`;
}

;// CONCATENATED MODULE: ./src/report.ts
// The verdict: each problem as an annotation, the step failed when any counts, and one line per job.



/** `stepProblems`: problems of the step rather than of one job (it was stopped by a signal). */
function reportVerdict(judgements, settings, stepProblems = []) {
    for (const warning of judgements.flatMap((judgement) => judgement.warnings))
        log/* warning */.$e(warning);
    const problems = [...judgements.flatMap((judgement) => judgement.problems), ...stepProblems];
    const failing = judgement_failing(problems, settings.failOnError);
    // The step's own problem heads the failure; else a single problem does, else a count.
    const headline = stepProblems.length > 0 ? stepProblems : failing.length === 1 ? failing : [];
    for (const problem of problems) {
        if (headline.includes(problem))
            continue;
        (failing.includes(problem) ? log/* error */.z3 : log/* warning */.$e)(problem.message);
    }
    for (const problem of headline)
        log/* setFailed */.C1(problem.message);
    if (headline.length === 0 && failing.length > 1) {
        const jobs = new Set(failing.map((problem) => problem.jobId)).size;
        log/* setFailed */.C1(`${jobs} of ${judgements.length} jobs did not pass (${failing.length} problems, listed above).`);
    }
    logFinalLines(judgements);
}
/** One line per job; several jobs' lines fold into a group so the log stays short. */
function logFinalLines(judgements) {
    const [only] = judgements;
    if (only && judgements.length === 1)
        return logFinalLine(only);
    log/* startGroup */.Oh(`Results of ${judgements.length} jobs`);
    for (const judgement of judgements)
        logFinalLine(judgement);
    log/* endGroup */.N4();
}
/** What the state adds to the last status, when the status alone would mislead. */
const STATE_NOTES = {
    'timed-out': 'timed out',
    unreadable: 'could not be read',
    'no-result': 'no result'
};
function logFinalLine(judgement) {
    const usage = judgement.job?.usage ?? {};
    const pages = usage.num_pages_extracted ?? usage.num_pages_billed;
    const took = (0,duration/* elapsedMs */.d5)(judgement.job?.createdAt, judgement.job?.updatedAt);
    const notes = [
        STATE_NOTES[judgement.state],
        judgement.cancelRequested ? 'cancel requested' : undefined,
        judgement.writeError ? 'not written' : undefined
    ];
    const note = notes.filter(Boolean).join(', ');
    const parts = [
        `Job ${judgement.id}: ${judgement.status || 'not read'}${note ? ` (${note})` : ''}`,
        took === undefined ? undefined : `took ${(0,duration/* formatDuration */.a3)(took)}`,
        pages === undefined ? undefined : `${pages} ${pages === 1 ? 'page' : 'pages'}`,
        judgement.resultFile ? `result in ${judgement.resultFile}` : undefined
    ];
    log/* info */.pq(parts.filter(Boolean).join(', '));
}

;// CONCATENATED MODULE: ./src/main.ts
// Orchestrates one step: inputs -> settings -> (documents -> uploads, creates) -> client -> poller -> (cancels,
// gates, comparisons, files) -> one judgement per job -> outputs, summary, verdict. It decides nothing itself.


















const USER_AGENT = 'llamacloud-extract-action/1';
/** After a cancel signal the process is gone within this long, whatever is in flight. */
const EXIT_AFTER_SIGNAL_MS = 800;
const EXIT_AFTER_SIGNAL_WITH_CANCEL_MS = 5000;
/** Retries of one upload, create or look-up before its document is given up. */
const START_RETRIES = 5;
/** One step, whose clock started at `startedAt` (epoch ms): the entry point gives the process's start. */
async function run(startedAt) {
    const apiKey = readApiKey();
    const stop = new AbortController();
    const transport = new http_transport/* Transport */.oK(USER_AGENT, extract_client/* MAX_IN_FLIGHT */.uK);
    let cancelOnStop = false;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            exitNow();
        stop.abort(new errors/* ActionError */.l(`The step was stopped (${signal}) before every job had ended.`));
        setTimeout(exitNow, cancelOnStop ? EXIT_AFTER_SIGNAL_WITH_CANCEL_MS : EXIT_AFTER_SIGNAL_MS).unref();
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    try {
        const settings = getSettings(apiKey);
        cancelOnStop = settings.cancelOnTimeout;
        // ajv is loaded only for a schema gate, and the file mode's code (yaml, @actions/glob, minimatch) only for
        // it: both are lazy chunks in dist/ (script/bundle.ts), so a plain run neither parses nor evaluates them.
        const schema = settings.schemaPath ? (await Promise.all(/* import() */[__nccwpck_require__.e(892), __nccwpck_require__.e(529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4529))).loadSchema(settings.schemaPath) : undefined;
        const gates = { schema, minConfidence: settings.minConfidence };
        // The file mode's inputs are checked before the first request.
        const fileMode = settings.filePatterns.length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(377), __nccwpck_require__.e(64)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1064)) : undefined;
        const prepared = fileMode ? await fileMode.prepareStart(settings) : undefined;
        // Expected files are read, and the rules checked against them, before any request: by document in file mode.
        const baseline = settings.comparison
            ? await loadBaseline(settings.comparison, prepared ? prepared.documents.map((document) => ({ document: document.relative })) : settings.jobIds.map((jobId) => ({ jobId })), settings.workspace)
            : undefined;
        const client = new extract_client/* ExtractClient */.jv(settings, transport);
        const start = fileMode && prepared
            ? await fileMode.startJobs(client, prepared.documents, {
                configuration: prepared.configuration,
                reuse: settings.reuse,
                call: {
                    deadline: startedAt + settings.timeoutMs,
                    maxRetries: START_RETRIES,
                    // A wrong base-url or a dead proxy fails the step as fast as the wait would.
                    reachBy: startedAt + SHORT_BOUND_MS,
                    signal: stop.signal
                }
            })
            : undefined;
        const waited = await waitForJobs(client, start ? start.started.map((started) => started.jobId) : settings.jobIds, {
            startedAt,
            wait: settings.wait,
            timeoutMs: settings.timeoutMs,
            pollIntervalMs: settings.pollIntervalMs,
            signal: stop.signal
        });
        const { interrupted } = waited;
        const reads = withSources(waited.reads, start);
        const cancelled = settings.cancelOnTimeout && (interrupted || reads.some((read) => read.timedOut))
            ? await cancelUnfinished(client, reads)
            : new Set();
        // After a stop the step has moments left and not every job ended: nothing more is checked or written.
        const gateResults = interrupted ? new Map() : checkResults(reads, gates);
        const comparisons = interrupted || !baseline ? new Map() : await compareWithBaseline(reads, baseline);
        const writes = interrupted ? new Map() : await writeResultFiles(reads, settings);
        const judgements = reads.map((read) => judge(read, {
            gates: gateResults.get(read.id),
            comparison: comparisons.get(read.id),
            write: writes.get(read.id),
            cancelRequested: cancelled.has(read.id)
        }, settings));
        // Whatever the verdict, the outputs and the summary say what is known: a stop by signal, or documents that got no job.
        const unstarted = (start?.failures ?? []).map((failure) => stepProblem(failure.message));
        const stopped = stop.signal.aborted ? [stepProblem(stop.signal.reason)] : unstarted;
        setOutputs(judgements, settings);
        const stepProblems = stopped.map((problem) => problem.message);
        await writeSummary(renderSummary(judgements, { minConfidence: settings.minConfidence, minAccuracy: settings.comparison?.minAccuracy, stepProblems }));
        reportVerdict(judgements, settings, stopped);
    }
    catch (error) {
        fail(error);
    }
    finally {
        // Spooled results have been written out (or are not wanted): none stays in the runner's temp folder.
        (0,file_writer/* removeUnfinishedFiles */.vU)();
        transport.dispose();
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    }
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await actions_core/* summary */.z.addRaw((0,redact/* redact */.E$)(markdown), true).write();
}
/** Each job of the file mode knows its document. */
function withSources(reads, start) {
    if (!start)
        return reads;
    const byJob = new Map(start.started.map((started) => [started.jobId, started]));
    return reads.map((read) => {
        const started = byJob.get(read.id);
        return started ? { ...read, source: { file: started.document.relative, fileId: started.fileId, reused: started.reused } } : read;
    });
}
function stepProblem(reason) {
    return { jobId: '', message: reason instanceof Error ? reason.message : String(reason), always: true };
}
/** One line for the user; the stack only when the runner debugs. */
function fail(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (process.env[constants/* EnvVars */.et.RunnerDebug] === '1' && error instanceof Error)
        log/* debug */.Yz(error.stack ?? '');
    log/* setFailed */.C1(error instanceof errors/* ActionError */.l ? message : `Unexpected error: ${message}`);
}
function exitNow() {
    (0,file_writer/* removeUnfinishedFiles */.vU)();
    process.exit(1);
}

;// CONCATENATED MODULE: ./src/index.ts

// The step's clock starts with the process: the timeout covers Node's start-up too.
void run(performance.timeOrigin);

})();

module.exports = __webpack_exports__;
/******/ })()
;