// A run's scored debrief: the overall score, then each criterion with its score, weight and the rubric's words, and
// every scored point beside what the answer key expected, what the trainee did, and why it matters.
import { api } from '/assets/account.js';
import { el, layout, link, params } from '/assets/layout.js';

function scoreTag(points) {
  const colour = points >= 80 ? 'govuk-tag--green' : points >= 50 ? 'govuk-tag--yellow' : 'govuk-tag--red';
  return el('strong', `govuk-tag ${colour}`, `${points}`);
}

function criterionSection(c) {
  const section = el('section', 'agora-criterion');
  section.id = `criterion-${c.criterion}`;
  const h = el('h2', 'govuk-heading-m');
  h.append(`${c.label}: `, scoreTag(c.score), el('span', 'govuk-body-s agora-meta', ` / 100 · weighs ${c.weight} %`));
  section.append(h, el('p', 'govuk-inset-text agora-rubric', c.words));
  const table = el('table', 'govuk-table agora-debrief-items');
  const head = el('thead', 'govuk-table__head');
  const hr = el('tr', 'govuk-table__row');
  for (const t of ['What happened', 'The key expected', 'You', 'Points']) hr.append(el('th', 'govuk-table__header', t));
  head.append(hr);
  const body = el('tbody', 'govuk-table__body');
  for (const i of c.items) {
    const tr = el('tr', 'govuk-table__row');
    tr.dataset.ref = i.ref;
    const what = el('td', 'govuk-table__cell');
    what.append(el('span', undefined, i.subject), el('span', 'govuk-body-s agora-meta agora-why', ` Why: ${i.why}`));
    const points = el('td', 'govuk-table__cell');
    points.append(scoreTag(i.points));
    const expected = el('td', 'govuk-table__cell', i.expected);
    const actual = el('td', 'govuk-table__cell', i.actual);
    // on a phone each row is a card: the cells carry their column's name
    what.dataset.label = 'What happened';
    expected.dataset.label = 'The key expected';
    actual.dataset.label = 'You';
    points.dataset.label = 'Points';
    tr.append(what, expected, actual, points);
    body.append(tr);
  }
  table.append(head, body);
  section.append(table);
  return section;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const id = params().get('run');
  if (!id || !/^\d{1,18}$/.test(id)) {
    status.textContent = 'No run was given. Open one from the training page.';
    return;
  }
  if (!me.authenticated) {
    status.textContent = 'Sign in to read the debrief.';
    return;
  }
  const response = await api(`/api/training/runs/${id}/debrief`);
  if (!response.ok) {
    status.textContent = response.status === 404 ? 'There is no such training run.'
      : 'Sorry, the debrief could not be loaded. Please try again.';
    return;
  }
  const d = await response.json();
  const parts = [el('span', 'govuk-caption-l', `Debrief · ${d.trainee}`), el('h1', 'govuk-heading-xl', d.title)];
  const panel = el('div', 'govuk-panel govuk-panel--confirmation agora-debrief-score');
  panel.append(el('h2', 'govuk-panel__title', `${d.score} / 100`),
    el('div', 'govuk-panel__body', d.complete ? 'Overall score' : 'Provisional score: the run is still going'));
  parts.push(panel);
  const summary = el('table', 'govuk-table agora-debrief-summary');
  const sb = el('tbody', 'govuk-table__body');
  for (const c of d.criteria) {
    const tr = el('tr', 'govuk-table__row');
    const name = el('th', 'govuk-table__header');
    name.append(link(`#criterion-${c.criterion}`, c.label));
    const score = el('td', 'govuk-table__cell');
    score.append(scoreTag(c.score));
    tr.append(name, score, el('td', 'govuk-table__cell govuk-body-s', `weighs ${c.weight} %`));
    sb.append(tr);
  }
  summary.append(sb);
  parts.push(summary);
  const goals = el('ul', 'govuk-list govuk-list--bullet');
  for (const g of d.goals) goals.append(el('li', undefined, g));
  parts.push(el('h2', 'govuk-heading-m', 'What this scenario teaches'), goals);
  for (const c of d.criteria) parts.push(criterionSection(c));
  const back = el('p', 'govuk-body');
  back.append(link(`/run.html?id=${d.runId}`, 'Back to the run'), ' · ', link('/training.html', 'Training'));
  parts.push(back);
  content.replaceChildren(...parts);
  status.textContent = '';
}

load();
