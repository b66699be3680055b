// LlamaCloud's `ExtractConfiguration`, as the public OpenAPI description of /api/v2/extract (2026-08-20)
// defines it: a configuration file is checked against it before any request, so a pull request from a fork,
// which has no key to send one, still learns that its configuration would be refused.
export const EXTRACT_CONFIGURATION_SCHEMA = {
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
      description:
        "Use 'latest' for the latest release for the selected tier or a date string (YYYY-MM-DD format) to pin to the nearest release at or before that date. Job responses always report the concrete resolved version the job runs, fixed at job creation; saved configurations keep the value as provided.",
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
      description:
        'Granularity of extraction: per_doc returns one object per document, per_page returns one object per page, per_table_row returns one object per table row',
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
      description:
        'Include citations in results. Returned under `extract_metadata` (auto-included when set). Text-level on `turbo` (no bounding boxes).',
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
      description:
        'Beta. When true, extract structured data directly from a spreadsheet workbook (.xlsx/.xls/.csv) \u2014 the agent reads cells straight from the workbook instead of the standard document path. Off by default (spreadsheets keep the standard path). Requires the agentic_plus tier. Billed on the standard per-page extract rate, against a page count derived from workbook size. Citations and confidence scores are not available in this mode.',
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
      description:
        'Optional worksheet names to extract when spreadsheet_mode is on. Overrides target_pages for spreadsheets; omit to extract every sheet. Names are matched exactly (case-sensitive) \u2014 pass them as a list, e.g. ["Sheet 1", "My Sheet"].',
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
      description:
        'Parse tier to use before extraction. Defaults to the extract tier if not specified. Turbo extract does not support parse configuration or produce a parse output; use another tier if your workflow requires parsed text.',
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
      description:
        'Saved parse configuration ID to control how the document is parsed before extraction. Turbo extract does not support parse configuration or produce a parse output; use another tier if your workflow requires parsed text.',
      examples: ['cfg-11111111-2222-3333-4444-555555555555']
    }
  },
  type: 'object',
  required: ['data_schema'],
  title: 'ExtractConfiguration',
  description: 'Extract configuration combining parse and extract settings.'
} as const;
