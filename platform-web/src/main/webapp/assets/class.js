// A trainer's class: the cohort table (each trainee's run, progress, score and score per criterion, live while they
// play), its CSV export, and resetting one trainee's run or the whole class.
import { api } from '/assets/account.js';
import { el, layout, link, params, showProblem } from '/assets/layout.js';
import { stateTag } from '/assets/training.js';

let timer = null;

const LABELS = {
  moderation: 'Moderation', timeliness: 'Timeliness', evidence: 'Evidence', tone: 'Tone', completeness: 'Completeness',
  escalation: 'Escalation', mode: 'Mode',
};

function table(view, reload, errors) {
  const t = el('table', 'govuk-table agora-cohort');
  t.id = 'cohort';
  const head = el('thead', 'govuk-table__head');
  const hr = el('tr', 'govuk-table__row');
  for (const h of ['Trainee', 'State', 'Progress', 'Score', ...view.criteria.map((c) => LABELS[c] || c)]) {
    hr.append(el('th', 'govuk-table__header', h));
  }
  head.append(hr);
  const body = el('tbody', 'govuk-table__body');
  for (const r of view.cohort) {
    const tr = el('tr', 'govuk-table__row');
    tr.dataset.trainee = r.username;
    const state = el('td', 'govuk-table__cell');
    state.append(stateTag(r.state));
    const score = el('td', 'govuk-table__cell');
    if (r.score !== null && r.score !== undefined) {
      score.append(r.runId ? link(`/debrief.html?run=${r.runId}`, `${r.score}`) : `${r.score}`,
        r.complete ? '' : el('span', 'govuk-body-s agora-meta', ' (so far)'));
    } else score.textContent = '—';
    const who = el('td', 'govuk-table__cell');
    who.append(el('strong', undefined, r.username));
    tr.append(who, state,
      el('td', 'govuk-table__cell', r.runId ? `minute ${r.minutesElapsed} · ${r.eventsFired} of ${r.eventsTotal} events`
        : '—'), score);
    for (const c of view.criteria) {
      tr.append(el('td', 'govuk-table__cell govuk-table__cell--numeric',
        r.criteria[c] === undefined ? '—' : String(r.criteria[c])));
    }
    // watching and resetting sit under the trainee's name, so the table stays narrow
    const actions = el('div', 'govuk-body-s govuk-!-margin-bottom-0');
    if (r.runId) {
      actions.append(link(`/run.html?id=${r.runId}`, 'Watch'));
      if (r.state !== 'reset') {
        const b = el('button', 'agora-link-button agora-reset-run', 'Reset');
        b.type = 'button';
        b.addEventListener('click', async () => {
          if (!window.confirm(`Reset ${r.username}'s run? They start the scenario again when ready.`)) return;
          const response = await api(`/api/training/runs/${r.runId}/reset`, { method: 'POST' });
          if (response.ok) reload(); else showProblem(response, errors);
        });
        actions.append(' · ', b);
      }
    }
    who.append(actions);
    body.append(tr);
  }
  t.append(head, body);
  const wrap = el('div', 'agora-table-scroll');
  wrap.append(t);
  return wrap;
}

async function render(id) {
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const response = await api(`/api/training/classes/${id}`);
  if (!response.ok) {
    status.textContent = response.status === 404 ? 'There is no such class.'
      : 'Sorry, the class could not be loaded. Please try again.';
    return;
  }
  const view = await response.json();
  const reload = () => render(id);
  const errors = el('div');
  const parts = [el('span', 'govuk-caption-l', `Class · ${view.scenarioTitle} · ${view.speed}× clock`),
    el('h1', 'govuk-heading-xl', view.title), errors,
    el('p', 'govuk-body', 'Each trainee starts their own run from their training page. This table follows them live;'
      + ' scores are provisional until a run ends.'), table(view, reload, errors)];
  const actions = el('div', 'govuk-button-group');
  actions.append(link(`/api/training/classes/${id}/csv`, 'Download the table (CSV)', 'govuk-button govuk-button--secondary'));
  const all = el('button', 'govuk-button govuk-button--warning', 'Reset the whole class');
  all.type = 'button';
  all.addEventListener('click', async () => {
    if (!window.confirm('Reset every run of this class? Each trainee starts again when ready.')) return;
    const r = await api(`/api/training/classes/${id}/reset`, { method: 'POST' });
    if (r.ok) reload(); else showProblem(r, errors);
  });
  actions.append(all);
  parts.push(actions);
  content.replaceChildren(...parts);
  status.textContent = '';
  if (timer) clearTimeout(timer);
  if (view.cohort.some((r) => r.state === 'running' || r.state === 'not-started')) timer = setTimeout(reload, 5000);
}

async function load() {
  const me = await layout();
  const id = params().get('id');
  if (!id || !/^\d{1,18}$/.test(id)) {
    document.getElementById('status').textContent = 'No class was given. Open one from the training page.';
    return;
  }
  if (!me.authenticated || !me.roles.includes('trainer')) {
    document.getElementById('status').textContent = 'Sign in as a trainer to see this class.';
    return;
  }
  render(id);
}

load();
