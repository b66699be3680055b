// The part of @vercel/ncc's API (it ships no types) that script/bundle.ts calls.
declare module '@vercel/ncc' {
  interface Asset {
    source: string | Buffer;
  }
  interface Build {
    code: string;
    assets: Record<string, Asset>;
    stats: { toJson(): unknown };
  }
  interface Options {
    /** Undocumented in the readme: the output format, otherwise taken from package.json's "type". */
    esm?: boolean;
    target?: string;
    cache?: boolean;
    quiet?: boolean;
    minify?: boolean;
  }
  export default function ncc(entry: string, options?: Options): Promise<Build>;
}
