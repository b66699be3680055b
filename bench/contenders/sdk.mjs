// The "sdk" contender: what a workflow author writes with the official SDK and its defaults.
// The client reads LLAMA_CLOUD_API_KEY and LLAMA_CLOUD_BASE_URL; each job ID given as an argument is
// waited for with waitForCompletion and its extract_result written with JSON.stringify:
// to extract-result.json for one job, to results/<id>.json for several (all at once, Promise.all).
import { mkdir, writeFile } from 'node:fs/promises';
import LlamaCloud from '@llamaindex/llama-cloud';

const ids = process.argv.slice(2);
const client = new LlamaCloud();
const many = ids.length > 1;
if (many) await mkdir('results', { recursive: true });

await Promise.all(
  ids.map(async (id) => {
    const job = await client.extract.waitForCompletion(id);
    await writeFile(many ? `results/${id}.json` : 'extract-result.json', JSON.stringify(job.extract_result));
  })
);
