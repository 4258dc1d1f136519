// A training run's dashboard: the briefing, the scenario clock with pause, resume, finish and reset, the run's rounds
// (worked on the ordinary pages), the tasks, the mode question and the plan, and what the personas did so far.
// Refreshes itself while the clock runs. Its trainer sees the same, without the controls.
import { api } from '/assets/account.js';
import { el, formGroup, layout, link, MODE_SINGULAR, params, select, showProblem } from '/assets/layout.js';
import { stateTag } from '/assets/training.js';

const ACTION_TEXT = {
  comment: 'commented', reply: 'replied', question: 'asked a question', 'follow-up': 'followed up',
  idea: 'proposed an idea', report: 'reported content', cite: 'cited a source', endorse: 'endorsed a comment',
};

const TASK_TEXT = {
  'update-with-source': 'Publish an update that cites a credible source',
  'new-version': 'Publish the next version of the draft',
  faq: 'Publish an answered question in the FAQ',
  plan: 'Write an engagement plan with a measurable goal',
};

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
});

let timer = null;

function contentLink(entry, run) {
  const round = run.rounds.find((r) => r.key === entry.round);
  if (!round || !entry.contentId) return null;
  if (entry.contentType === 'question') return `/questions.html?round=${round.id}#question-${entry.contentId}`;
  if (entry.contentType === 'idea') return `/ideas.html?round=${round.id}#idea-${entry.contentId}`;
  return `${round.page}#comment-${entry.contentId}`;
}

function clock(run) {
  const box = el('div', 'govuk-panel agora-run-clock');
  box.id = 'run-clock';
  const now = new Date(run.scenarioNow);
  box.append(el('p', 'govuk-body govuk-!-margin-bottom-1', 'Scenario time'),
    el('p', 'govuk-heading-l govuk-!-margin-bottom-1 agora-run-time', clockFormat.format(now)),
    el('p', 'govuk-body-s', `Minute ${run.minutesElapsed} of ${run.minutesTotal} · clock at ${run.speed}×`));
  const bar = el('progress', 'agora-run-progress');
  bar.max = run.minutesTotal;
  bar.value = run.minutesElapsed;
  bar.setAttribute('aria-label', `Minute ${run.minutesElapsed} of ${run.minutesTotal}`);
  box.append(bar);
  return box;
}

function controls(run, reload, errors) {
  const box = el('div', 'govuk-button-group agora-run-controls');
  const act = (path, text, style, confirmText) => {
    const b = el('button', `govuk-button ${style || ''}`, text);
    b.type = 'button';
    b.dataset.action = path;
    b.addEventListener('click', async () => {
      if (confirmText && !window.confirm(confirmText)) return;
      b.disabled = true;
      const response = await api(`/api/training/runs/${run.id}/${path}`, { method: 'POST' });
      if (response.ok) {
        const next = await response.json();
        if (next.id !== run.id) window.location.assign(`/run.html?id=${next.id}`);
        else if (path === 'finish') window.location.assign(`/debrief.html?run=${run.id}`);
        else reload();
      } else {
        b.disabled = false;
        showProblem(response, errors);
      }
    });
    return b;
  };
  if (run.state === 'running') box.append(act('pause', 'Pause the clock', 'govuk-button--secondary'));
  if (run.state === 'paused') box.append(act('resume', 'Resume the clock', 'govuk-button--secondary'));
  if (run.state === 'running' || run.state === 'paused') {
    box.append(act('finish', 'Finish and see my debrief', '',
      'Finish this run now? Its rounds close and what the people in it had still to do will not happen.'));
  }
  box.append(act('reset', 'Start again', 'govuk-button--warning',
    'Start this scenario again from the beginning? This run ends and a fresh one starts.'));
  return box;
}

function roundsList(run) {
  const list = el('ul', 'govuk-list agora-run-rounds');
  for (const r of run.rounds) {
    const li = el('li');
    li.append(link(r.page, `${r.title}`, 'govuk-link govuk-!-font-weight-bold'),
      document.createTextNode(` — ${MODE_SINGULAR[r.mode] || r.mode}`));
    list.append(li);
  }
  const li = el('li');
  li.append(link('/moderation.html', 'Moderation queue', 'govuk-link govuk-!-font-weight-bold'),
    document.createTextNode(' — reports and held contributions of this run'));
  list.append(li);
  return list;
}

function tasksList(run) {
  const list = el('ul', 'govuk-list govuk-list--bullet agora-run-tasks');
  for (const t of run.tasks) {
    list.append(el('li', undefined, `${TASK_TEXT[t.kind] || t.kind}${t.withinMinutes ? ` (within ${t.withinMinutes}`
      + ' scenario minutes)' : ''}: ${t.description}`));
  }
  return list;
}

function modeForm(run, reload, errors) {
  const q = run.modeChoice;
  const form = el('form', 'agora-mode-form');
  form.noValidate = true;
  const choice = select([['', 'Choose a mode'], ...q.options.map((m) => [m, MODE_SINGULAR[m] || m])]);
  if (q.chosen) choice.value = q.chosen;
  form.append(formGroup('run-mode', q.prompt, choice));
  const button = el('button', 'govuk-button govuk-button--secondary', q.chosen ? 'Change my answer' : 'Answer');
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await api(`/api/training/runs/${run.id}/mode`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: choice.value || null }),
    });
    if (response.ok) reload(); else showProblem(response, errors);
  });
  return form;
}

function planForm(run, reload, errors) {
  const form = el('form', 'agora-plan-form');
  form.noValidate = true;
  const text = el('textarea', 'govuk-textarea');
  text.rows = 5;
  text.value = run.plan || '';
  form.append(formGroup('run-plan', 'Your engagement plan', text,
    'Your goals with numbers (how many, by when), how you will measure success, and which communities you will reach'));
  const button = el('button', 'govuk-button govuk-button--secondary', run.plan ? 'Save changes' : 'Save the plan');
  button.type = 'submit';
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await api(`/api/training/runs/${run.id}/plan`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: text.value }),
    });
    if (response.ok) reload(); else showProblem(response, errors);
  });
  return form;
}

function timeline(run) {
  const box = el('div');
  box.id = 'run-timeline';
  const list = el('ol', 'govuk-list agora-run-timeline');
  const entries = [...run.timeline].sort((a, b) => b.minute - a.minute);
  for (const t of entries) {
    const li = el('li', `agora-run-event agora-run-event--${t.state}`);
    li.dataset.event = t.event;
    const text = `Minute ${t.minute}: ${t.persona} (${t.personaKind}) ${ACTION_TEXT[t.action] || t.action}`;
    const href = t.state === 'fired' ? contentLink(t, run) : null;
    li.append(href ? link(href, text) : el('span', undefined, text));
    if (t.state !== 'fired' && t.detail) li.append(el('span', 'govuk-body-s agora-meta', ` — did not happen: ${t.detail}`));
    list.append(li);
  }
  if (!entries.length) list.append(el('li', 'govuk-body', 'Nothing has happened yet. The first people arrive soon.'));
  box.append(el('p', 'govuk-body-s', `${run.events.fired} of ${run.events.total} scripted events so far`), list);
  return box;
}

async function render(me, id) {
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const response = await api(`/api/training/runs/${id}`);
  if (!response.ok) {
    status.textContent = response.status === 404 ? 'There is no such training run.'
      : 'Sorry, the run could not be loaded. Please try again.';
    return;
  }
  const run = await response.json();
  const scenarioResponse = await api(`/api/training/scenarios/${run.scenario}`);
  const scenario = scenarioResponse.ok ? await scenarioResponse.json() : null;
  const reload = () => render(me, id);
  const errors = el('div');
  const mine = run.trainee === me.displayName && me.roles.includes('trainee');
  const active = run.state === 'running' || run.state === 'paused';
  const heading = el('h1', 'govuk-heading-xl', run.title);
  const caption = el('span', 'govuk-caption-l', mine ? 'Your training run' : `Training run of ${run.trainee}`);
  const tag = el('p', 'govuk-body');
  tag.append(stateTag(run.state));
  const parts = [caption, heading, tag, errors];
  parts.push(clock(run));
  if (mine) parts.push(controls(run, reload, errors));
  if (run.state === 'finished' || (!active && run.score !== null)) {
    const done = el('div', 'govuk-inset-text');
    done.append(el('p', 'govuk-body', `This run has ended${run.score !== null ? ` with a score of ${run.score} out of 100` : ''}.`),
      link(`/debrief.html?run=${run.id}`, 'Read the debrief'));
    parts.push(done);
  } else if (!active) {
    parts.push(el('p', 'govuk-inset-text', 'This run was reset; a fresh run took its place.'));
  }
  const columns = el('div', 'govuk-grid-row');
  const left = el('div', 'govuk-grid-column-two-thirds');
  const right = el('div', 'govuk-grid-column-one-third');
  if (scenario) {
    left.append(el('h2', 'govuk-heading-m', 'Your brief'), el('p', 'govuk-body', scenario.briefing));
    const goals = el('ul', 'govuk-list govuk-list--bullet');
    for (const g of scenario.goals) goals.append(el('li', undefined, g));
    left.append(el('h3', 'govuk-heading-s', 'You will practise'), goals);
  }
  left.append(el('h2', 'govuk-heading-m', 'Where you work'),
    el('p', 'govuk-body', 'These are ordinary pages: you are the officer and the moderator of these rounds, and'
      + ' only of these.'), roundsList(run));
  if (run.tasks.length) left.append(el('h2', 'govuk-heading-m', 'Also to do'), tasksList(run));
  if (run.modeChoice && mine && active) left.append(el('h2', 'govuk-heading-m', 'Choose the mode'), modeForm(run, reload, errors));
  if (run.tasks.some((t) => t.kind === 'plan') && mine && active) left.append(planForm(run, reload, errors));
  right.append(el('h2', 'govuk-heading-m', 'What has happened'), timeline(run));
  columns.append(left, right);
  parts.push(columns);
  content.replaceChildren(...parts);
  status.textContent = '';
  schedule(me, id, run);
}

/** While the clock runs, the clock and the timeline follow it; forms being filled in stay as they are. */
function schedule(me, id, shown) {
  if (timer) clearTimeout(timer);
  if (shown.state !== 'running') return;
  timer = setTimeout(async () => {
    const response = await api(`/api/training/runs/${id}`);
    if (!response.ok) return;
    const run = await response.json();
    if (run.state !== shown.state) {
      render(me, id);
      return;
    }
    document.getElementById('run-clock').replaceWith(clock(run));
    document.getElementById('run-timeline').replaceWith(timeline(run));
    schedule(me, id, run);
  }, 3000);
}

async function load() {
  const me = await layout();
  const id = params().get('id');
  if (!id || !/^\d{1,18}$/.test(id)) {
    document.getElementById('status').textContent = 'No run was given. Open one from the training page.';
    return;
  }
  if (!me.authenticated) {
    document.getElementById('status').textContent = 'Sign in to see your training run.';
    return;
  }
  render(me, id);
}

load();
