import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, parseAllDocuments } from "yaml";

export type Json = Record<string, unknown>;
interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { target: { kind?: string; name?: string }; patch: string }[];
}
interface PatchOp {
  op: "add" | "replace" | "remove";
  path: string;
  value?: unknown;
}
const supported = new Set(["apiVersion", "kind", "resources", "namespace", "images", "patches"]);

/**
 * Renders a kustomization the way `kubectl kustomize` would, for the subset of kustomize that
 * infra/k8s uses (resources, namespace, images, JSON 6902 patches with a target, and strategic-merge
 * patches that delete their target), so that tests
 * need neither kubectl nor kustomize. Anything else in a kustomization.yaml is an error rather
 * than silently ignored.
 */
export function render(dir: string): Json[] {
  const k = parse(readFileSync(join(dir, "kustomization.yaml"), "utf8")) as Kustomization;
  const unsupported = Object.keys(k).filter((key) => !supported.has(key));
  if (unsupported.length > 0) throw new Error(`${dir}: the test renderer does not support ${unsupported}`);
  const objs: Json[] = [];
  for (const r of k.resources ?? []) {
    const path = resolve(dir, r);
    objs.push(...(statSync(path).isDirectory() ? render(path) : readDocs(path)));
  }
  for (const { target, patch } of k.patches ?? []) {
    const hits = objs.filter(
      (o) => (!target.kind || o.kind === target.kind) && (!target.name || meta(o).name === target.name),
    );
    // kustomize ignores a patch that matches nothing; here that is a mistake worth failing on.
    if (hits.length === 0) throw new Error(`${dir}: patch target ${JSON.stringify(target)} matches nothing`);
    const parsed = parse(patch) as PatchOp[] | { $patch?: string };
    if (Array.isArray(parsed)) {
      for (const o of hits) for (const op of parsed) applyOp(o, op);
    } else if (parsed.$patch === "delete") {
      // A strategic-merge patch that only deletes: the one kind of those the overlays use.
      for (const o of hits) objs.splice(objs.indexOf(o), 1);
    } else {
      throw new Error(`${dir}: the test renderer supports JSON 6902 patches and "$patch: delete" only`);
    }
  }
  for (const img of k.images ?? []) {
    for (const c of objs.flatMap(containersOf)) {
      const m = /^([^:@]+)(?::([^@]+))?$/.exec(String(c.image));
      if (m?.[1] !== img.name) continue;
      const tag = img.newTag ?? m[2];
      c.image = `${img.newName ?? img.name}${tag ? `:${tag}` : ""}`;
    }
  }
  if (k.namespace) for (const o of objs) if (o.kind !== "Namespace") meta(o).namespace = k.namespace;
  return objs;
}

export function readDocs(path: string): Json[] {
  return parseAllDocuments(readFileSync(path, "utf8")).map((d) => {
    if (d.errors.length > 0) throw new Error(`${path}: ${d.errors[0]?.message}`);
    return d.toJS() as Json;
  });
}

const meta = (o: Json) => o.metadata as Json;

function containersOf(o: Json): Json[] {
  const pod = ((o.spec as Json | undefined)?.template as Json | undefined)?.spec as Json | undefined;
  return (pod?.containers as Json[] | undefined) ?? [];
}

/** RFC 6902 add/replace/remove, which is all the overlays use. */
function applyOp(doc: Json, { op, path, value }: PatchOp): void {
  const keys = path
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = keys.pop();
  let parent: unknown = doc;
  for (const key of keys) parent = (parent as Json)[key];
  if (typeof parent !== "object" || parent === null || last === undefined)
    throw new Error(`bad path ${path}`);
  if (Array.isArray(parent)) {
    const i = last === "-" ? parent.length : Number(last);
    if (op === "add") parent.splice(i, 0, value);
    else if (i >= parent.length) throw new Error(`${op} ${path}: no such element`);
    else if (op === "replace") parent[i] = value;
    else parent.splice(i, 1);
    return;
  }
  const obj = parent as Json;
  if (op !== "add" && !(last in obj)) throw new Error(`${op} ${path}: no such member`);
  if (op === "remove") delete obj[last];
  else obj[last] = value;
}
