// A round's evidence library: every source cited in the round, how often and where, searchable over titles and
// extracted text, with its credibility verdict; reviewers (the round's officers, moderators) record verdicts here.
import { api } from '/assets/account.js';
import { VERDICT_TEXT, verdictTag } from '/assets/comments.js';
import { date, el, formGroup, layout, link, params, roundFromAddress, select, showProblem } from '/assets/layout.js';

const STATUS_TEXT = { RECEIVED: 'Extracting text…', EXTRACTED: 'Text extracted', FAILED: 'Text could not be read' };

const state = { round: null, me: null, q: '', page: 0 };

function reviewer() {
  const me = state.me;
  if (!me || !me.authenticated) return false;
  return state.round.you.manage || state.round.you.moderate;
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function where(c) {
  const round = state.round;
  const base = round.draft ? `/draft.html?policy=${round.draft.policyId}&version=${round.draft.number}&round=${round.id}` : `/draft.html?round=${round.id}`;
  if (c.targetType === 'comment') return link(`${base}#comment-${c.targetId}`, 'a comment');
  if (c.targetType === 'paragraph') return link(`${base}#${c.targetId}`, 'a paragraph of the draft');
  if (c.targetType === 'idea') return link(`/ideas.html?round=${round.id}#idea-${c.targetId}`, `idea #${c.targetId}`);
  if (c.targetType === 'question') return link(`/questions.html?round=${round.id}#question-${c.targetId}`, `question #${c.targetId}`);
  if (c.targetType === 'update') return link(`/updates.html?round=${round.id}#update-${c.targetId}`, `update #${c.targetId}`);
  return document.createTextNode('the round');
}

async function details(entry, box) {
  const response = await api(`/api/evidence/${entry.source.id}`);
  if (!response.ok) { showProblem(response, box); return; }
  const s = await response.json();
  const facts = el('dl', 'govuk-summary-list govuk-summary-list--no-border agora-source-facts');
  const fact = (k, v) => {
    if (v === null || v === undefined || v === '') return;
    const row = el('div', 'govuk-summary-list__row');
    const dd = el('dd', 'govuk-summary-list__value');
    dd.append(v);
    row.append(el('dt', 'govuk-summary-list__key', k), dd);
    facts.append(row);
  };
  fact('File', s.fileName);
  fact('Type', s.mediaType);
  fact('Size', size(s.size));
  fact('Pages', s.pages);
  fact('Author', s.author);
  fact('Document dated', s.documentCreated ? date(s.documentCreated) : null);
  fact('Text', STATUS_TEXT[s.status] + (s.failureDetail ? ` (${s.failureDetail})` : '') + (s.truncated ? ' – long, searched in part' : ''));
  fact('SHA-256', el('code', 'agora-sha', s.sha256));
  const verdict = el('span');
  verdict.append(verdictTag(s.verdict, true));
  if (s.reviewer) verdict.append(document.createTextNode(` by ${s.reviewer}, ${date(s.reviewedAt)}`));
  if (s.verdictNote) verdict.append(el('span', 'agora-verdict-note', ` – ${s.verdictNote}`));
  fact('Verdict', verdict);
  const cited = el('ul', 'govuk-list govuk-list--bullet agora-citations');
  s.citations.forEach((c) => {
    const li = el('li');
    li.append(document.createTextNode(`${c.citer} cited it from `), where(c),
      document.createTextNode(` on ${date(c.createdAt)}${c.page ? `, page ${c.page}` : ''}`));
    if (c.quote) li.append(el('q', 'agora-quote', c.quote));
    cited.append(li);
  });
  const download = link(`/api/evidence/${s.id}/file`, `Download ${s.fileName}`);
  download.setAttribute('download', '');
  const parts = [facts, el('h4', 'govuk-heading-s', `Cited ${s.citations.length} time${s.citations.length === 1 ? '' : 's'}`), cited, el('p', 'govuk-body', '')];
  parts[3].append(download);
  if (reviewer()) parts.push(verdictForm(s, () => details(entry, box)));
  box.replaceChildren(...parts);
}

function verdictForm(s, done) {
  const errors = el('div');
  const form = el('form', 'agora-verdict-form');
  form.noValidate = true;
  const choice = select(Object.entries(VERDICT_TEXT).map(([v, text]) => [v, text[0].toUpperCase() + text.slice(1)]));
  choice.value = s.verdict;
  const note = el('textarea', 'govuk-textarea');
  note.rows = 2;
  note.value = s.verdictNote || '';
  const button = el('button', 'govuk-button', 'Record verdict');
  button.type = 'submit';
  form.append(formGroup(`verdict-${s.id}`, 'Credibility verdict', choice),
    formGroup(`note-${s.id}`, 'Note (shown wherever it is cited; say why when disputed)', note), button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const r = await api(`/api/evidence/${s.id}/verdict`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ verdict: choice.value, note: note.value || null }),
    });
    if (r.ok) done(); else showProblem(r, errors);
  });
  const wrapper = el('div');
  wrapper.append(errors, form);
  return wrapper;
}

function entryItem(entry) {
  const s = entry.source;
  const li = el('li', 'agora-source');
  li.dataset.sourceId = s.id;
  const heading = el('h3', 'govuk-heading-s');
  heading.append(document.createTextNode(`${s.title || s.fileName} `), verdictTag(s.verdict, true));
  const meta = el('p', 'govuk-body-s agora-meta',
    `${s.fileName} · ${s.mediaType} · ${size(s.size)}${s.pages ? ` · ${s.pages} page${s.pages === 1 ? '' : 's'}` : ''}`
    + ` · cited ${entry.citations} time${entry.citations === 1 ? '' : 's'} in this round`
    + (s.status !== 'EXTRACTED' ? ` · ${STATUS_TEXT[s.status]}` : ''));
  const more = el('details', 'govuk-details agora-source-details');
  more.append(el('summary', 'govuk-details__summary', 'Details, citations and verdict'));
  const box = el('div', 'govuk-details__text');
  more.append(box);
  more.addEventListener('toggle', () => { if (more.open) details(entry, box); });
  li.append(heading, meta, more);
  return li;
}

async function main() {
  state.me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  state.round = await roundFromAddress(status);
  if (!state.round) return;
  state.q = params().get('q') || '';
  document.title = `${state.round.title}: evidence – Agora public engagement`;
  const header = [el('span', 'govuk-caption-l', `${state.round.agency} – evidence library`),
    el('h1', 'govuk-heading-l', state.round.title),
    el('p', 'govuk-body', 'Every source cited in this round: documents people attached and how often they are cited.'
      + ' Verdicts are given by the agency or a moderator after checking a source.')];
  const search = el('form', 'agora-evidence-search');
  search.setAttribute('role', 'search');
  const q = el('input', 'govuk-input govuk-input--width-20');
  q.type = 'search';
  q.value = state.q;
  const go = el('button', 'govuk-button govuk-button--secondary', 'Search');
  go.type = 'submit';
  search.append(formGroup('evidence-q', 'Search titles and text', q), go);
  const list = el('ul', 'govuk-list agora-library');
  const summary = el('p', 'govuk-body agora-library-summary');
  summary.setAttribute('aria-live', 'polite');
  const pager = el('div', 'agora-pager');
  const load = async () => {
    const query = new URLSearchParams({ page: String(state.page), size: '20' });
    if (state.q) query.set('q', state.q);
    const r = await api(`/api/engagements/${state.round.id}/evidence?${query}`);
    if (!r.ok) { showProblem(r, list); return; }
    const page = await r.json();
    summary.textContent = page.total === 0
      ? (state.q ? `No source matches “${state.q}”.` : 'No sources have been cited in this round yet.')
      : `${page.total} source${page.total === 1 ? '' : 's'}${state.q ? ` matching “${state.q}”` : ''}`;
    list.replaceChildren(...page.items.map(entryItem));
    pager.replaceChildren();
    if (state.page > 0) {
      const prev = el('button', 'govuk-button govuk-button--secondary', 'Previous');
      prev.type = 'button';
      prev.addEventListener('click', () => { state.page -= 1; load(); });
      pager.append(prev);
    }
    if ((state.page + 1) * page.size < page.total) {
      const next = el('button', 'govuk-button govuk-button--secondary', 'Next');
      next.type = 'button';
      next.addEventListener('click', () => { state.page += 1; load(); });
      pager.append(next);
    }
  };
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = q.value.trim();
    state.page = 0;
    load();
  });
  content.replaceChildren(...header, search, summary, list, pager);
  status.textContent = '';
  await load();
}

main();
