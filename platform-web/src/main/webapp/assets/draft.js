// A draft version, paragraph by paragraph. Paragraph HTML comes from the server already rendered from Markdown with
// raw HTML escaped and then sanitised by the OWASP sanitizer; the CSP forbids script besides. Each paragraph carries
// its stable key, so links and comments can point at it across versions.
import { api } from '/assets/account.js';
import { date, el, layout, link, params } from '/assets/layout.js';
import { attachComments } from '/assets/comments.js';

/** A link to a round's comment (e.g. from moderation) names only the round: go to the draft it discusses. */
async function roundOnly(p) {
  if (p.get('policy') || !p.get('round')) return false;
  const response = await api(`/api/engagements/${encodeURIComponent(p.get('round'))}`);
  if (!response.ok) return false;
  const round = await response.json();
  if (!round.draft) return false;
  window.location.replace(`/draft.html?policy=${round.draft.policyId}&version=${round.draft.number}`
    + `&round=${round.id}${window.location.hash}`);
  return true;
}

async function load() {
  if (await roundOnly(params())) return;
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const p = params();
  const policy = encodeURIComponent(p.get('policy'));
  const number = encodeURIComponent(p.get('version'));
  const response = await api(`/api/policies/${policy}/versions/${number}`);
  if (!response.ok) {
    status.textContent = response.status === 404 ? 'There is no such draft version.' : 'Sorry, the draft could not be loaded.';
    return;
  }
  const v = await response.json();
  document.title = `${v.policyTitle}, version ${v.number} – Agora public engagement`;
  const parts = [];
  if (p.get('published')) {
    const banner = el('div', 'govuk-notification-banner govuk-notification-banner--success');
    banner.setAttribute('role', 'alert');
    const body = el('div', 'govuk-notification-banner__content');
    body.append(el('p', 'govuk-notification-banner__heading', `Version ${v.number} is published.`));
    banner.append(body);
    parts.push(banner);
  }
  parts.push(el('span', 'govuk-caption-l', `${v.agency} – version ${v.number} of ${v.latestVersion}`),
    el('h1', 'govuk-heading-xl', v.policyTitle));
  const meta = el('p', 'govuk-body');
  meta.append(document.createTextNode(`Published ${date(v.publishedAt)} by ${v.publishedBy}. `));
  if (v.changelog) meta.append(document.createTextNode(`What changed: ${v.changelog} `));
  if (v.number > 1) meta.append(link(`/diff.html?policy=${v.policyId}&from=${v.number - 1}&to=${v.number}`,
    `See what changed from version ${v.number - 1}`));
  meta.append(document.createTextNode(' '), link(`/policy.html?id=${v.policyId}`, 'All versions and rounds'));
  parts.push(meta);

  const article = el('article', 'agora-draft');
  article.setAttribute('aria-label', `${v.policyTitle}, version ${v.number}`);
  for (const paragraph of v.paragraphs) {
    const section = el('div', `agora-paragraph agora-paragraph--${paragraph.kind.toLowerCase()}`);
    section.id = `p-${paragraph.key}`;
    section.dataset.key = paragraph.key;
    const text = el('div', 'agora-paragraph__text');
    text.innerHTML = paragraph.html; // sanitised on the server (OWASP), see above
    section.append(text);
    section.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => {
      // the page title is the h1: keep the draft's own headings one level below it
      const level = Math.min(6, Number(h.tagName.substring(1)) + 1);
      const replacement = el(`h${level}`, level <= 2 ? 'govuk-heading-l' : 'govuk-heading-m');
      replacement.append(...h.childNodes);
      h.replaceWith(replacement);
    });
    section.querySelectorAll('p').forEach((x) => x.classList.add('govuk-body'));
    section.querySelectorAll('ul').forEach((x) => x.classList.add('govuk-list', 'govuk-list--bullet'));
    section.querySelectorAll('ol').forEach((x) => x.classList.add('govuk-list', 'govuk-list--number'));
    section.querySelectorAll('a').forEach((x) => x.classList.add('govuk-link'));
    section.querySelectorAll('blockquote').forEach((x) => x.classList.add('govuk-inset-text'));
    article.append(section);
  }
  parts.push(article);
  content.replaceChildren(...parts);
  status.textContent = '';
  if (p.get('round')) {
    const library = el('p', 'govuk-body agora-library-link');
    library.append(link(`/evidence.html?round=${encodeURIComponent(p.get('round'))}`, 'Evidence library: every source cited in this round'));
    meta.after(library);
    // version ids to numbers, so comments made on an earlier version can link to what changed since
    const policy = await api(`/api/policies/${v.policyId}`);
    const numbers = {};
    if (policy.ok) (await policy.json()).versions.forEach((x) => { numbers[x.id] = x.number; });
    await attachComments(encodeURIComponent(p.get('round')), v.versionId, me, v.latestVersion,
      { policyId: v.policyId, number: v.number, numbers });
  }
}

load();
