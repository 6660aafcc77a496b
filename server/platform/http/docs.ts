/**
 * Human-readable API docs rendered on the server from the OpenAPI document: no CDN script, so the page
 * works on an offline government network.
 */
type Doc = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>> };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: { type?: string; example?: unknown; enum?: unknown[] } }[];
  responses?: Record<string, { description?: string }>;
};

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderDocs(doc: Doc): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const body = ops
    .map(({ path, method, op }) => {
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> <small>(${esc(p.in)}${p.required ? ', required' : ''}${p.schema?.enum ? `: ${esc(p.schema.enum.join(' | '))}` : ''})</small>${p.schema?.example !== undefined ? ` e.g. <code>${esc(p.schema.example)}</code>` : ''}</li>`)
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><code>${esc(code)}</code> ${esc(r.description ?? '')}</li>`)
        .join('');
      return `<section><h2><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary ?? '')}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}<h3>Responses</h3><ul>${responses}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} — API</title>
<style>body{font-family:Sarabun,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.1rem}h3{font-size:.95rem;margin-bottom:.2rem}
.m{display:inline-block;min-width:3.5rem;text-align:center;border-radius:4px;padding:0 .3rem;color:#fff;font-size:.85rem}
.get{background:#1f6feb}.post{background:#1a7f37}.put,.patch{background:#9a6700}.delete{background:#cf222e}code{font-size:.95em}</style></head>
<body><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors always have the shape <code>{ "error": { "code", "message", "messageTh" } }</code>.</p>
${body}</body></html>`;
}
