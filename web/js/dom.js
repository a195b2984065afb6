// A small element builder. Text always goes in as text (textContent), never as HTML: the only
// HTML the page inserts is the API's snippet (see search_view.js).

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, String(v));
  }
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// h('a', {href: '#', class: 'x', onclick: fn}, 'text', otherNode, [more])
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

export function replace(node, ...children) {
  clear(node);
  return fill(node, {}, children);
}

// A stable id fragment for any value (facet keys may hold spaces, quotes, non-ASCII).
export function idPart(value) {
  let hash = 0;
  for (const ch of String(value)) hash = (Math.imul(hash, 31) + ch.codePointAt(0)) | 0;
  const readable = String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24);
  return `${readable}-${(hash >>> 0).toString(36)}`;
}
