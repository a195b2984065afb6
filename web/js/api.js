// Calls to the Arsip HTTP API (docs/api.md). Every function returns the parsed JSON or throws
// an ApiError carrying the server's {error, detail}.

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail || error || `HTTP ${status}`);
    this.status = status;
    this.error = error;
    this.detail = detail;
  }
}

async function getJson(path, params, signal) {
  const query = params && [...params].length ? `?${params}` : '';
  let response;
  try {
    response = await fetch(`${path}${query}`, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e.message);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: keep the status
  }
  if (!response.ok) throw new ApiError(response.status, body?.error, body?.detail);
  return body;
}

export function search(params, signal) {
  return getJson('/api/search', params, signal);
}

export function getDocument(id, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}`, null, signal);
}

export function similar(id, size, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}/similar`,
    new URLSearchParams({ size: String(size) }), signal);
}

export function facetValues(facet, params, signal) {
  return getJson(`/api/facets/${encodeURIComponent(facet)}`, params, signal);
}

export function exportUrl(params) {
  return `/api/export?${params}`;
}
