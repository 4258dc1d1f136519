// The training sandbox's front door (ADR 0009). Trainees: the classes they are enrolled in (start when the trainer
// says), the scenario library to practise alone, and their runs with their debriefs. Trainers: their classes and a
// form to create one. Everyone may read the library.
import { api } from '/assets/account.js';
import { date, el, formGroup, layout, link, MODE_SINGULAR, select, showProblem } from '/assets/layout.js';

export const SPEEDS = [[12, '12× — an hour of scenario time in 5 minutes'], [6, '6× — an hour in 10 minutes'],
  [30, '30× — an hour in 2 minutes'], [60, '60× — an hour in 1 minute'], [1, 'Real time']];

export const STATE_TEXT = {
  running: 'Running', paused: 'Paused', finished: 'Finished', reset: 'Reset', 'not-started': 'Not started',
};

export function stateTag(state) {
  const colour = { running: 'govuk-tag--blue', paused: 'govuk-tag--yellow', finished: 'govuk-tag--green',
    reset: 'govuk-tag--grey', 'not-started': 'govuk-tag--grey' }[state] || '';
  return el('strong', `govuk-tag ${colour}`, STATE_TEXT[state] || state);
}

function modes(list) {
  return list.map((m) => MODE_SINGULAR[m] || m).join(', ');
}

async function post(path, body) {
  return api(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
}

/** One scenario of the library as a summary card, with a start form for trainees. */
function scenarioCard(s, me, errors) {
  const card = el('div', 'govuk-summary-card agora-scenario');
  card.dataset.scenario = s.key;
  const head = el('div', 'govuk-summary-card__title-wrapper');
  head.append(el('h3', 'govuk-summary-card__title', s.title));
  const body = el('div', 'govuk-summary-card__content');
  const facts = el('dl', 'govuk-summary-list');
  for (const [k, v] of [['Topic', s.topicLabel], ['Modes', modes(s.modes)],
    ['Length', `${s.durationMinutes} scenario minutes · ${s.personas} people · ${s.events} scripted events`]]) {
    const row = el('div', 'govuk-summary-list__row');
    row.append(el('dt', 'govuk-summary-list__key', k), el('dd', 'govuk-summary-list__value', v));
    facts.append(row);
  }
  const goals = el('ul', 'govuk-list govuk-list--bullet');
  for (const g of s.goals) goals.append(el('li', undefined, g));
  body.append(facts, el('p', 'govuk-body govuk-!-font-weight-bold', 'You will practise'), goals);
  if (me.authenticated && me.roles.includes('trainee')) {
    const form = el('form', 'agora-start-form');
    form.noValidate = true;
    const speed = select(SPEEDS.map(([v, t]) => [String(v), t]));
    form.append(formGroup(`speed-${s.key}`, 'Clock speed', speed));
    const button = el('button', 'govuk-button', 'Start this scenario');
    button.type = 'submit';
    form.append(button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      const response = await post('/api/training/runs', { scenario: s.key, speed: Number(speed.value) });
      if (response.ok) {
        const run = await response.json();
        window.location.assign(`/run.html?id=${run.id}`);
      } else {
        button.disabled = false;
        showProblem(response, errors);
      }
    });
    body.append(form);
  }
  card.append(head, body);
  return card;
}

function runsTable(runs) {
  const table = el('table', 'govuk-table agora-runs');
  const head = el('thead', 'govuk-table__head');
  const hr = el('tr', 'govuk-table__row');
  for (const h of ['Scenario', 'Started', 'State', 'Score', '']) hr.append(el('th', 'govuk-table__header', h));
  head.append(hr);
  const body = el('tbody', 'govuk-table__body');
  for (const r of runs) {
    const tr = el('tr', 'govuk-table__row');
    tr.dataset.run = r.id;
    const actions = el('td', 'govuk-table__cell');
    actions.append(link(`/run.html?id=${r.id}`, r.state === 'running' || r.state === 'paused' ? 'Continue' : 'Open'));
    if (r.state === 'finished') actions.append(' · ', link(`/debrief.html?run=${r.id}`, 'Debrief'));
    const state = el('td', 'govuk-table__cell');
    state.append(stateTag(r.state));
    tr.append(el('td', 'govuk-table__cell', r.title), el('td', 'govuk-table__cell', date(r.startedAt)), state,
      el('td', 'govuk-table__cell', r.score === null || r.score === undefined ? '—' : `${r.score} / 100`), actions);
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

function invitations(classes, errors) {
  const list = el('ul', 'govuk-list agora-invitations');
  for (const c of classes) {
    const li = el('li', 'govuk-inset-text');
    li.dataset.class = c.classId;
    li.append(el('h3', 'govuk-heading-s', c.title),
      el('p', 'govuk-body', `${c.scenarioTitle} · set by ${c.trainer} · ${c.speed}× clock`));
    if (c.runId && (c.runState === 'running' || c.runState === 'paused')) {
      li.append(link(`/run.html?id=${c.runId}`, 'Continue your run', 'govuk-button'));
    } else if (c.runId && c.runState === 'finished') {
      li.append(link(`/debrief.html?run=${c.runId}`, 'Read your debrief', 'govuk-link'));
    } else {
      const button = el('button', 'govuk-button', 'Start the class scenario');
      button.type = 'button';
      button.addEventListener('click', async () => {
        button.disabled = true;
        const response = await post('/api/training/runs', { class: c.classId });
        if (response.ok) window.location.assign(`/run.html?id=${(await response.json()).id}`);
        else { button.disabled = false; showProblem(response, errors); }
      });
      li.append(button);
    }
    list.append(li);
  }
  return list;
}

function classForm(scenarios, errors) {
  const details = el('details', 'govuk-details');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Create a class'));
  const form = el('form', 'govuk-details__text agora-class-form');
  form.noValidate = true;
  const title = el('input', 'govuk-input');
  const scenario = select(scenarios.map((s) => [s.key, s.title]));
  const speed = select(SPEEDS.map(([v, t]) => [String(v), t]));
  const trainees = el('textarea', 'govuk-textarea');
  trainees.rows = 4;
  form.append(formGroup('class-title', 'Name of the class', title, 'For example: Induction, March cohort'),
    formGroup('class-scenario', 'Scenario', scenario), formGroup('class-speed', 'Clock speed', speed),
    formGroup('class-trainees', 'Trainees', trainees, 'Their user names, one per line or separated by commas'));
  const button = el('button', 'govuk-button', 'Create the class');
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const names = trainees.value.split(/[\s,;]+/).map((n) => n.trim()).filter((n) => n);
    const response = await post('/api/training/classes', {
      title: title.value || null, scenario: scenario.value, speed: Number(speed.value), trainees: names,
    });
    if (response.ok) window.location.assign(`/class.html?id=${(await response.json()).id}`);
    else { button.disabled = false; showProblem(response, errors); }
  });
  details.append(summary, form);
  return details;
}

function classesTable(classes) {
  const table = el('table', 'govuk-table agora-classes');
  const hr = el('tr', 'govuk-table__row');
  for (const h of ['Class', 'Scenario', 'Trainees', 'Started', 'Finished']) hr.append(el('th', 'govuk-table__header', h));
  const head = el('thead', 'govuk-table__head');
  head.append(hr);
  const body = el('tbody', 'govuk-table__body');
  for (const c of classes) {
    const tr = el('tr', 'govuk-table__row');
    const name = el('td', 'govuk-table__cell');
    name.append(link(`/class.html?id=${c.id}`, c.title));
    tr.append(name, el('td', 'govuk-table__cell', c.scenarioTitle), el('td', 'govuk-table__cell', String(c.trainees)),
      el('td', 'govuk-table__cell', String(c.started)), el('td', 'govuk-table__cell', String(c.finished)));
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const errors = el('div');
  const library = await api('/api/training/scenarios');
  if (!library.ok) {
    status.textContent = 'Sorry, the scenario library could not be loaded. Please try again.';
    return;
  }
  const scenarios = await library.json();
  const parts = [el('h1', 'govuk-heading-xl', 'Training'),
    el('p', 'govuk-body-l', 'Practise online engagement on the real tools before doing it in public: each run is a'
      + ' private copy of a scenario, with its own rounds and people, on a fast clock. Nobody outside it sees it.'),
    errors];
  const trainee = me.authenticated && me.roles.includes('trainee');
  const trainer = me.authenticated && me.roles.includes('trainer');
  if (trainee) {
    const mine = await api('/api/training/mine');
    const data = mine.ok ? await mine.json() : { runs: [], classes: [] };
    if (data.classes.length) {
      parts.push(el('h2', 'govuk-heading-l', 'Your classes'), invitations(data.classes, errors));
    }
    parts.push(el('h2', 'govuk-heading-l', 'Your runs'));
    parts.push(data.runs.length ? runsTable(data.runs)
      : el('p', 'govuk-body', 'You have not started a run yet. Choose a scenario below.'));
  }
  if (trainer) {
    const mine = await api('/api/training/classes');
    const classes = mine.ok ? await mine.json() : [];
    parts.push(el('h2', 'govuk-heading-l', 'Your classes'));
    parts.push(classes.length ? classesTable(classes) : el('p', 'govuk-body', 'You have no classes yet.'));
    parts.push(classForm(scenarios, errors));
  }
  if (!me.authenticated) {
    parts.push(el('p', 'govuk-inset-text', 'Trainees sign in to start a scenario; trainers sign in to run a class.'));
  }
  parts.push(el('h2', 'govuk-heading-l', 'Scenario library'));
  const list = el('div', 'agora-scenarios');
  for (const s of scenarios) list.append(scenarioCard(s, me, errors));
  parts.push(list);
  content.replaceChildren(...parts);
  status.textContent = '';
}

if (document.getElementById('content') && window.location.pathname.endsWith('/training.html')) load();
