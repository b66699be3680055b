"use strict";
exports.id = 532;
exports.ids = [532];
exports.modules = {

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkConfiguration: () => (/* binding */ checkConfiguration),
  endWithoutKey: () => (/* binding */ endWithoutKey)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/api/extract-configuration-schema.ts
// LlamaCloud's `ExtractConfiguration`, as the public OpenAPI description of /api/v2/extract (2026-08-20)
// defines it: a configuration file is checked against it before any request, so a pull request from a fork,
// which has no key to send one, still learns that its configuration would be refused.
const EXTRACT_CONFIGURATION_SCHEMA = {
    properties: {
        target_pages: {
            anyOf: [
                {
                    type: 'string'
                },
                {
                    type: 'null'
                }
            ],
            title: 'Target Pages',
            description: 'Comma-separated page numbers or ranges to process (1-based). Omit to process all pages.',
            examples: ['1,3,5-7', '1-3,8-10']
        },
        max_pages: {
            anyOf: [
                {
                    type: 'integer',
                    minimum: 1.0
                },
                {
                    type: 'null'
                }
            ],
            title: 'Max Pages',
            description: 'Maximum number of pages to process. Omit for no limit.',
            examples: [10]
        },
        tier: {
            type: 'string',
            enum: ['cost_effective', 'agentic', 'agentic_plus'],
            title: 'Tier',
            description: 'Extract tier: cost_effective (5 credits/page), agentic (15 credits/page), or agentic_plus (50 credits/page)',
            default: 'cost_effective',
            examples: ['cost_effective', 'agentic', 'agentic_plus']
        },
        version: {
            type: 'string',
            title: 'Version',
            description: "Use 'latest' for the latest release for the selected tier or a date string (YYYY-MM-DD format) to pin to the nearest release at or before that date. Job responses always report the concrete resolved version the job runs, fixed at job creation; saved configurations keep the value as provided.",
            default: 'latest',
            examples: ['latest']
        },
        disable_cache: {
            type: 'boolean',
            title: 'Disable Cache',
            description: 'Disable reuse and storage of Extract results',
            default: false,
            examples: [true]
        },
        data_schema: {
            additionalProperties: {
                anyOf: [
                    {
                        additionalProperties: true,
                        type: 'object'
                    },
                    {
                        items: {},
                        type: 'array'
                    },
                    {
                        type: 'string'
                    },
                    {
                        type: 'integer'
                    },
                    {
                        type: 'number'
                    },
                    {
                        type: 'boolean'
                    },
                    {
                        type: 'null'
                    }
                ]
            },
            type: 'object',
            title: 'Data Schema',
            description: 'JSON Schema defining the fields to extract. Validate with the /schema/validate endpoint first.'
        },
        extraction_target: {
            type: 'string',
            enum: ['per_doc', 'per_page', 'per_table_row'],
            title: 'Extraction Target',
            description: 'Granularity of extraction: per_doc returns one object per document, per_page returns one object per page, per_table_row returns one object per table row',
            default: 'per_doc',
            examples: ['per_doc', 'per_page', 'per_table_row']
        },
        system_prompt: {
            anyOf: [
                {
                    type: 'string'
                },
                {
                    type: 'null'
                }
            ],
            title: 'System Prompt',
            description: 'Custom system prompt to guide extraction behavior',
            examples: ['Extract all monetary values in USD. If a currency is not specified, assume USD.']
        },
        cite_sources: {
            type: 'boolean',
            title: 'Cite Sources',
            description: 'Include citations in results. Returned under `extract_metadata` (auto-included when set). Text-level on `turbo` (no bounding boxes).',
            default: false
        },
        confidence_scores: {
            type: 'boolean',
            title: 'Confidence Scores',
            description: 'Include confidence scores in results. Returned under `extract_metadata` (auto-included when set).',
            default: false
        },
        spreadsheet_mode: {
            type: 'boolean',
            title: 'Spreadsheet Mode',
            description: 'Beta. When true, extract structured data directly from a spreadsheet workbook (.xlsx/.xls/.csv) \u2014 the agent reads cells straight from the workbook instead of the standard document path. Off by default (spreadsheets keep the standard path). Requires the agentic_plus tier. Billed on the standard per-page extract rate, against a page count derived from workbook size. Citations and confidence scores are not available in this mode.',
            default: false,
            examples: [true]
        },
        sheet_names: {
            anyOf: [
                {
                    items: {
                        type: 'string'
                    },
                    type: 'array'
                },
                {
                    type: 'null'
                }
            ],
            title: 'Sheet Names',
            description: 'Optional worksheet names to extract when spreadsheet_mode is on. Overrides target_pages for spreadsheets; omit to extract every sheet. Names are matched exactly (case-sensitive) \u2014 pass them as a list, e.g. ["Sheet 1", "My Sheet"].',
            examples: [['Sheet 1', 'Q4 Summary']]
        },
        parse_tier: {
            anyOf: [
                {
                    type: 'string'
                },
                {
                    type: 'null'
                }
            ],
            title: 'Parse Tier',
            description: 'Parse tier to use before extraction. Defaults to the extract tier if not specified. Turbo extract does not support parse configuration or produce a parse output; use another tier if your workflow requires parsed text.',
            examples: ['fast', 'cost_effective']
        },
        parse_config_id: {
            anyOf: [
                {
                    type: 'string'
                },
                {
                    type: 'null'
                }
            ],
            title: 'Parse Config Id',
            description: 'Saved parse configuration ID to control how the document is parsed before extraction. Turbo extract does not support parse configuration or produce a parse output; use another tier if your workflow requires parsed text.',
            examples: ['cfg-11111111-2222-3333-4444-555555555555']
        }
    },
    type: 'object',
    required: ['data_schema'],
    title: 'ExtractConfiguration',
    description: 'Extract configuration combining parse and extract settings.'
};

// EXTERNAL MODULE: ./src/lib/constants.ts
var constants = __webpack_require__(8386);
// EXTERNAL MODULE: ./src/lib/errors.ts
var lib_errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/runner/log.ts
var log = __webpack_require__(7708);
// EXTERNAL MODULE: ./src/lib/markdown.ts
var markdown = __webpack_require__(3862);
;// CONCATENATED MODULE: ./src/start/fork.ts
// A pull request from a fork gets no secrets, so no API key: instead of a red check its author cannot fix,
// the step runs every check that needs no key, then passes with a notice (or fails, `on-fork: fail`).
// Loaded only for such a pull request (runner/event.ts tells it).






/** A configuration file that LlamaCloud would refuse, refused here: the check a fork can run without a key. */
function checkConfiguration(configuration, shown) {
    if (!('inline' in configuration))
        return;
    const ajv = new _2020.Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(EXTRACT_CONFIGURATION_SCHEMA);
    if (validate(configuration.inline))
        return;
    // The spec writes an optional field as anyOf [its type, null]: the branch that failed on null is noise.
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'anyOf' && error.params.type !== 'null');
    const problems = errors.slice(0, 3).map((error) => {
        const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the configuration';
        const allowed = Array.isArray(error.params.allowedValues) ? ` (${error.params.allowedValues.join(', ')})` : '';
        return `${where} ${error.message ?? 'is invalid'}${allowed}`;
    });
    throw new lib_errors/* InputError */.dz(constants/* Inputs */.G0.Configuration, `'${shown}' is not an extract configuration LlamaCloud accepts: ${problems.join('; ')}. Fix it as the API's ExtractConfiguration describes.`);
}
/** What the step says and does once the key-free checks have passed: the summary's text, if any. */
function endWithoutKey(fork, settings) {
    const documents = settings.mode === 'file' ? settings.documents.length : undefined;
    const checked = [
        'the inputs',
        documents === undefined ? '' : (0,markdown/* plural */.LS)(documents, 'document'),
        settings.mode === 'file' && 'file' in settings.configuration ? 'the configuration' : '',
        settings.schemaPath ? 'the schema' : '',
        settings.comparison ? 'the comparison rules and the expected files' : ''
    ].filter(Boolean);
    const why = `this pull request comes from ${fork.head}, and GitHub gives a pull request from a fork no secrets, so there is no API key`;
    const done = `Checked without a key: ${checked.join(', ')}.`;
    const how = 'A maintainer runs the extraction with the key: by a later run of this workflow (on the merge, or by workflow_dispatch on the branch), ' +
        'or with pull_request_target, which has the secrets but runs with them on code the fork wrote: check out and run only what a maintainer has reviewed.';
    if (settings.onFork === 'fail') {
        log/* setFailed */.C1(`Extraction cannot run: ${why} (on-fork: fail). ${done} ${how}`);
    }
    else {
        log/* notice */.lm(`Extraction skipped: ${why}. ${done} ${how}`);
    }
    return [
        `### LlamaCloud Extract: extraction ${settings.onFork === 'fail' ? 'could not run' : 'skipped'}`,
        '',
        `${(0,markdown/* esc */.UQ)(why[0].toUpperCase() + why.slice(1))}.`,
        '',
        (0,markdown/* esc */.UQ)(done),
        '',
        (0,markdown/* esc */.UQ)(how)
    ].join('\n');
}


/***/ })

};
;