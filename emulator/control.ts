// Unauthenticated /_emulator routes: drive and inspect an emulator running in another process.
import { faultFromJson } from './faults.js';
import { jsonReply, type Reply } from './reply.js';
import type { Emulator, FileScript, JobScript, JobView, SavedConfigurationScript } from './types.js';

export type ControlContext = Pick<
  Emulator,
  'addJob' | 'addFault' | 'addFile' | 'addConfiguration' | 'addRelease' | 'job' | 'requests' | 'uploads' | 'stats' | 'resetRecords'
> & {
  jobs(): JobView[];
};

function parseList(body: Buffer): unknown[] {
  const value: unknown = JSON.parse(body.toString() || 'null');
  return Array.isArray(value) ? value : [value];
}

function routes(ctx: ControlContext, method: string, path: string, body: Buffer): Reply {
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /_emulator/jobs': {
      const scripts = parseList(body) as JobScript[];
      scripts.forEach((script) => ctx.addJob(script));
      return jsonReply(200, { added: scripts.map((s) => s.id) });
    }
    case 'GET /_emulator/jobs':
      return jsonReply(200, ctx.jobs());
    case 'POST /_emulator/faults': {
      const faults = parseList(body).map(faultFromJson);
      faults.forEach((fault) => ctx.addFault(fault));
      return jsonReply(200, { added: faults.length });
    }
    case 'POST /_emulator/files':
      return jsonReply(200, { added: (parseList(body) as FileScript[]).map((script) => ctx.addFile(script).id) });
    case 'POST /_emulator/configurations': {
      const scripts = parseList(body) as SavedConfigurationScript[];
      scripts.forEach((script) => ctx.addConfiguration(script));
      return jsonReply(200, { added: scripts.map((s) => s.id) });
    }
    case 'POST /_emulator/releases': {
      const { tier, date } = JSON.parse(body.toString() || 'null') as { tier: string; date: string };
      ctx.addRelease(tier, date);
      return jsonReply(200, { added: date });
    }
    case 'GET /_emulator/uploads':
      return jsonReply(200, ctx.uploads);
    case 'GET /_emulator/requests':
      return jsonReply(200, ctx.requests);
    case 'GET /_emulator/stats':
      return jsonReply(200, ctx.stats());
    case 'POST /_emulator/reset':
      ctx.resetRecords();
      return jsonReply(200, { reset: true });
  }
  const jobId = /^GET \/_emulator\/jobs\/([^/]+)$/.exec(route)?.[1];
  if (jobId === undefined) return jsonReply(404, { detail: `No control route ${route}` });
  const job = ctx.job(decodeURIComponent(jobId));
  return job ? jsonReply(200, job) : jsonReply(404, { detail: `No job ${decodeURIComponent(jobId)}` });
}

/** Bad input (unparsable JSON, an invalid script or fault) is a 400 naming the problem. */
export function routeControl(ctx: ControlContext, method: string, path: string, body: Buffer): Reply {
  try {
    return routes(ctx, method, path, body);
  } catch (error) {
    return jsonReply(400, { detail: error instanceof Error ? error.message : String(error) });
  }
}
