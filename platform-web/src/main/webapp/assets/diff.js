// What changed between two versions, paragraph by paragraph, with word-level changes inside changed paragraphs.
// Accessible: changes use <ins>/<del> with visually hidden "added"/"removed" words for screen readers, and every
// paragraph is labelled in text (Added, Removed, Changed, Moved), so colour is never the only signal.
import { api } from '/assets/account.js';
import { el, layout, link, params } from '/assets/layout.js';

const LABELS = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed', UNCHANGED: 'Unchanged' };

function words(segments) {
  const p = el('p', 'govuk-body agora-diff__text');
  for (const s of segments) {
    if (s.op === 'EQUAL') {
      p.append(document.createTextNode(s.text));
    } else {
      const node = el(s.op === 'INSERT' ? 'ins' : 'del', 'agora-diff__' + (s.op === 'INSERT' ? 'ins' : 'del'));
      node.append(el('span', 'govuk-visually-hidden', s.op === 'INSERT' ? ' [added: ' : ' [removed: '),
        document.createTextNode(s.text), el('span', 'govuk-visually-hidden', '] '));
      p.append(node);
    }
  }
  return p;
}

function row(change) {
  const item = el('li', `agora-diff__row agora-diff__row--${change.kind.toLowerCase()}`);
  item.dataset.key = change.key;
  item.dataset.kind = change.kind;
  if (change.moved) item.classList.add('agora-diff__row--moved');
  const label = el('strong', `govuk-tag agora-diff__label agora-diff__label--${change.kind.toLowerCase()}`,
    LABELS[change.kind]);
  const where = change.kind === 'REMOVED' ? `was paragraph ${change.fromPosition}`
    : change.kind === 'ADDED' ? `paragraph ${change.toPosition}`
      : change.moved ? `moved from paragraph ${change.fromPosition} to ${change.toPosition}` : `paragraph ${change.toPosition}`;
  const head = el('p', 'govuk-body-s agora-diff__where');
  head.append(label);
  if (change.moved) head.append(el('strong', 'govuk-tag govuk-tag--yellow agora-diff__label', 'Moved'));
  head.append(document.createTextNode(` ${where}`));
  item.append(head);
  if (change.kind === 'ADDED') {
    item.append(words([{ op: 'INSERT', text: change.words.map((w) => w.text).join('') }]));
  } else if (change.kind === 'REMOVED') {
    item.append(words([{ op: 'DELETE', text: change.words.map((w) => w.text).join('') }]));
  } else {
    item.append(words(change.words));
  }
  return item;
}

async function load() {
  await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const p = params();
  const policy = encodeURIComponent(p.get('policy'));
  const url = `/api/policies/${policy}/diff?from=${encodeURIComponent(p.get('from'))}&to=${encodeURIComponent(p.get('to'))}`;
  const response = await api(url);
  if (!response.ok) {
    status.textContent = 'Sorry, these versions could not be compared.';
    return;
  }
  const d = await response.json();
  document.title = `Changes from version ${d.from} to ${d.to}: ${d.policyTitle} – Agora public engagement`;
  const s = d.stats;
  const summary = el('p', 'govuk-body-l');
  summary.id = 'diff-summary';
  summary.textContent = `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved, `
    + `${s.unchanged} unchanged.`;
  const onlyChanges = el('div', 'govuk-checkboxes govuk-checkboxes--small');
  const box = el('div', 'govuk-checkboxes__item');
  const input = el('input', 'govuk-checkboxes__input');
  input.type = 'checkbox';
  input.id = 'only-changes';
  const label = el('label', 'govuk-label govuk-checkboxes__label', 'Show only paragraphs that changed');
  label.htmlFor = 'only-changes';
  box.append(input, label);
  onlyChanges.append(box);
  const list = el('ol', 'govuk-list agora-diff');
  list.setAttribute('aria-labelledby', 'diff-heading');
  list.append(...d.changes.map(row));
  input.addEventListener('change', () => list.classList.toggle('agora-diff--only-changes', input.checked));
  const heading = el('h1', 'govuk-heading-xl', `What changed from version ${d.from} to ${d.to}`);
  heading.id = 'diff-heading';
  const back = el('p', 'govuk-body');
  back.append(link(`/draft.html?policy=${d.policyId}&version=${d.to}`, `Read version ${d.to}`),
    document.createTextNode(' · '), link(`/policy.html?id=${d.policyId}`, 'All versions and rounds'));
  content.replaceChildren(el('span', 'govuk-caption-l', d.policyTitle), heading, summary, back, onlyChanges, list);
  status.textContent = '';
}

load();
