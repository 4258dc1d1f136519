// The question desk of a customer-service (or broadcast) round: citizens ask, follow their questions and read the
// official answers and the FAQ; officers of the round's agency work the queue (due times, overdue flags), claim,
// answer, publish FAQ entries and see the round's figures. Question and answer texts arrive as HTML rendered from
// Markdown and sanitised on the server; everything else is inserted as text. The asker and the officers attach files
// as evidence to a question (the evidence form and badges of comments.js); evidence on a private question is shown
// only to them (the server filters it).
import { api } from '/assets/account.js';
import { attachForm, badges, reportForm } from '/assets/comments.js';
import {
  announcements, date, el, formGroup, layout, params, roundFromAddress, select, showProblem,
} from '/assets/layout.js';

const STATE_TEXT = {
  WAITING: ['Waiting for an answer', 'govuk-tag--yellow'],
  CLAIMED: ['Being answered', 'govuk-tag--blue'],
  ANSWERED: ['Answered', 'govuk-tag--green'],
  RESOLVED: ['Resolved', 'govuk-tag--grey'],
};

const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "3 h 20 min", "1 day 23 h" from minutes. */
function span(minutes) {
  const m = Math.abs(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const d = Math.floor(h / 24);
  return `${d} day${d === 1 ? '' : 's'}${h % 24 ? ` ${h % 24} h` : ''}`;
}

function dueText(q) {
  if (q.dueAt === undefined || q.dueAt === null) return null;
  return q.breached ? `Overdue by ${span(q.minutesToDue)} (was due ${when.format(new Date(q.dueAt))})`
    : `Answer due in ${span(q.minutesToDue)} (${when.format(new Date(q.dueAt))})`;
}

async function post(path, body) {
  return api(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}),
  });
}

/** A form with one Markdown text area and a button; calls send(text) and reloads on success. */
function textForm(id, label, button, send, reload, className) {
  const errors = el('div');
  const f = el('form', className);
  f.noValidate = true;
  const text = el('textarea', 'govuk-textarea');
  text.rows = 4;
  const b = el('button', 'govuk-button', button);
  b.type = 'submit';
  f.append(formGroup(id, label, text, 'You can use Markdown: **bold**, *italic*, lists and links.'), b);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    b.disabled = true;
    const response = await send(text.value);
    b.disabled = false;
    if (response.ok) reload(); else showProblem(response, errors);
  });
  const wrap = el('div');
  wrap.append(errors, f);
  return wrap;
}

function actionButton(label, className, onClick) {
  const b = el('button', `govuk-button ${className}`, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function conversation(q) {
  const list = el('ol', 'govuk-list agora-conversation');
  for (const m of q.messages) {
    const li = el('li', m.official ? 'agora-message agora-official-answer govuk-inset-text' : 'agora-message');
    li.dataset.kind = m.kind;
    const who = m.official ? `Official answer from ${m.author}` : (m.kind === 'FOLLOW_UP' ? `Follow-up from ${m.author}` : `Asked by ${m.author}`);
    const meta = el('p', 'govuk-body-s agora-meta');
    meta.append(el('strong', undefined, who), document.createTextNode(` · ${when.format(new Date(m.createdAt))}`));
    const body = el('div', 'govuk-body agora-message-body');
    body.innerHTML = m.html; // sanitised on the server
    li.append(meta, body);
    list.append(li);
  }
  return list;
}

/**
 * One question as a card, with the actions this viewer has (the server lists them), its sources, a Report form on
 * others' public questions, and the evidence form for its asker and the round's officers while it can take evidence.
 */
function questionItem(q, reload, evidence) {
  const li = el('li', 'agora-question govuk-summary-card');
  li.id = `question-${q.id}`;
  const head = el('div', 'govuk-summary-card__title-wrapper');
  const [label, colour] = STATE_TEXT[q.state] || [q.state, ''];
  head.append(el('h3', 'govuk-summary-card__title', q.title));
  const tags = el('div');
  tags.append(el('strong', `govuk-tag ${colour} agora-question-state`, label));
  if (q.breached) tags.append(document.createTextNode(' '), el('strong', 'govuk-tag govuk-tag--red agora-breached', 'Overdue'));
  if (!q.public) tags.append(document.createTextNode(' '), el('strong', 'govuk-tag govuk-tag--grey', 'Private'));
  if (q.inFaq) tags.append(document.createTextNode(' '), el('strong', 'govuk-tag govuk-tag--turquoise', 'In the FAQ'));
  head.append(tags);
  const body = el('div', 'govuk-summary-card__content');
  const facts = el('p', 'govuk-body-s agora-meta');
  facts.textContent = `Asked ${date(q.askedAt)}${q.claimedBy ? ` · claimed by ${q.claimedBy}` : ''}`;
  body.append(facts);
  const due = dueText(q);
  if (due) body.append(el('p', `govuk-body agora-due${q.breached ? ' agora-due--breached' : ''}`, due));
  if (q.moderation === 'HELD') {
    body.append(el('p', 'govuk-inset-text agora-question-moderated', 'Waiting for moderation before it is public:'
      + ` only ${q.mine ? 'you' : 'its asker'} and the agency can see it until a moderator approves it. The agency`
      + ' still answers it.'));
  } else if (q.moderation && q.moderation !== 'VISIBLE') {
    body.append(el('p', 'govuk-inset-text agora-question-moderated', `${q.moderation === 'HIDDEN' ? 'Hidden' : 'Removed'}`
      + ` from public view by moderation (${(q.moderationReason || 'house rules').toLowerCase().replace(/_/g, ' ')}):`
      + ` only ${q.mine ? 'you' : 'its asker'} and the agency can see it.`
      + (q.mine ? ' "Moderation notices" explains why and lets you appeal.' : '')));
  }
  body.append(conversation(q));

  const buttons = el('div', 'govuk-button-group');
  const errors = el('div');
  const act = (path) => async () => {
    const response = await post(`/api/questions/${q.id}/${path}`);
    if (response.ok) reload(); else showProblem(response, errors);
  };
  if (q.actions.includes('claim')) buttons.append(actionButton('Claim', 'govuk-button--secondary agora-claim', act('claim')));
  if (q.actions.includes('release')) buttons.append(actionButton('Release', 'govuk-button--secondary agora-release', act('release')));
  if (q.actions.includes('resolve')) buttons.append(actionButton('My question is resolved', 'govuk-button--secondary agora-resolve', act('resolve')));
  if (buttons.childElementCount) body.append(errors, buttons);
  if (q.actions.includes('answer')) {
    const form = textForm(`answer-${q.id}`, q.firstAnsweredAt ? 'Further official answer' : 'Official answer',
      'Send official answer', (text) => post(`/api/questions/${q.id}/answers`, { body: text }), reload, 'agora-answer-form');
    if (q.state === 'ANSWERED') { // answered already: a correction or addition is possible, but out of the way
      const details = el('details', 'govuk-details');
      const summary = el('summary', 'govuk-details__summary');
      summary.append(el('span', 'govuk-details__summary-text', 'Add to the answer'));
      const inner = el('div', 'govuk-details__text');
      inner.append(form);
      details.append(summary, inner);
      body.append(details);
    } else {
      body.append(form);
    }
  }
  if (q.actions.includes('follow-up')) {
    const details = el('details', 'govuk-details agora-follow-up');
    const summary = el('summary', 'govuk-details__summary');
    summary.append(el('span', 'govuk-details__summary-text', 'Ask a follow-up question'));
    const inner = el('div', 'govuk-details__text');
    inner.append(textForm(`follow-up-${q.id}`, 'Your follow-up', 'Send follow-up',
      (text) => post(`/api/questions/${q.id}/follow-ups`, { body: text }), reload));
    details.append(summary, inner);
    body.append(details);
  }
  if (q.actions.includes('publish-faq')) body.append(faqForm(q, reload));
  const sources = evidence.sources[q.id];
  if (sources && sources.length) {
    const box = el('div', 'agora-question-sources');
    box.append(el('p', 'govuk-body-s agora-meta', 'Sources:'), badges(sources, { reviewer: evidence.reviewer }));
    body.append(box);
  }
  if (evidence.attach && q.state !== 'RESOLVED' && (q.mine || evidence.officer)) {
    body.append(attachForm(evidence.roundId, 'question', q.id, 'Attach evidence', evidence.maxMegabytes));
  }
  if (evidence.report && q.public && !q.mine && q.moderation === 'VISIBLE') body.append(reportForm('question', q.id));
  li.append(head, body);
  return li;
}

/** Officers reword a question and its answer for the FAQ (leaving out personal details). */
function faqForm(q, reload) {
  const details = el('details', 'govuk-details agora-faq-form');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', q.inFaq ? 'Reword the FAQ entry' : 'Publish in the FAQ'));
  const inner = el('div', 'govuk-details__text');
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const question = el('textarea', 'govuk-textarea');
  question.rows = 2;
  question.value = q.title;
  const answer = el('textarea', 'govuk-textarea');
  answer.rows = 4;
  const last = [...q.messages].reverse().find((m) => m.official);
  const scratch = document.createElement('div');
  scratch.innerHTML = last ? last.html : '';
  answer.value = scratch.textContent.trim();
  const b = el('button', 'govuk-button', 'Publish');
  b.type = 'submit';
  f.append(formGroup(`faq-q-${q.id}`, 'Question, as the FAQ shows it', question,
    'The asker is never named. Remove anything personal.'), formGroup(`faq-a-${q.id}`, 'Answer', answer), b);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await post(`/api/questions/${q.id}/faq`, { question: question.value, answer: answer.value });
    if (response.ok) reload(); else showProblem(response, errors);
  });
  inner.append(errors, f);
  details.append(summary, inner);
  return details;
}

function askForm(round, reload) {
  const section = el('section', 'agora-ask');
  section.append(el('h2', 'govuk-heading-m', 'Ask a question'));
  const errors = el('div');
  const f = el('form', 'agora-ask-form');
  f.noValidate = true;
  const title = el('input', 'govuk-input');
  title.type = 'text';
  title.maxLength = 200;
  const body = el('textarea', 'govuk-textarea');
  body.rows = 5;
  const checkbox = el('input', 'govuk-checkboxes__input');
  checkbox.type = 'checkbox';
  checkbox.id = 'ask-public';
  const checkLabel = el('label', 'govuk-label govuk-checkboxes__label',
    'Let everyone read this question and its answer (otherwise only you and the agency see it)');
  checkLabel.htmlFor = checkbox.id;
  const item = el('div', 'govuk-checkboxes__item');
  item.append(checkbox, checkLabel);
  const boxes = el('div', 'govuk-checkboxes govuk-checkboxes--small govuk-form-group');
  boxes.append(item);
  const b = el('button', 'govuk-button', 'Send question');
  b.type = 'submit';
  f.append(formGroup('ask-title', 'Your question in a few words', title),
    formGroup('ask-body', 'Details', body, 'You can use Markdown. Do not include passwords or bank details.'), boxes, b);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    b.disabled = true;
    const response = await post(`/api/engagements/${round.id}/questions`,
      { title: title.value, body: body.value, public: checkbox.checked });
    b.disabled = false;
    if (response.ok) reload(); else showProblem(response, errors);
  });
  section.append(errors, f);
  return section;
}

function figuresList(f) {
  const dl = el('dl', 'govuk-summary-list agora-figures');
  const row = (key, value) => {
    const r = el('div', 'govuk-summary-list__row');
    r.append(el('dt', 'govuk-summary-list__key', key), el('dd', 'govuk-summary-list__value', value));
    dl.append(r);
  };
  row('Asked', String(f.asked));
  row('Answered', String(f.answered));
  row('Waiting for an answer', String(f.open));
  row('Overdue now', String(f.breaches));
  row('Median time to first answer', f.medianFirstResponseMinutes == null ? '–' : span(Math.round(f.medianFirstResponseMinutes)));
  row(`First answers within ${f.slaWorkingHours} working hours`, f.answeredWithinSlaPercent == null ? '–' : `${f.answeredWithinSlaPercent} %`);
  return dl;
}

async function json(path) {
  const response = await api(path);
  return response.ok ? response.json() : null;
}

async function load() {
  const me = await layout();
  await render(me);
}

/** Shows the round's desk for this viewer; called again after each change (the frame stays). */
async function render(me) {
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const round = await roundFromAddress(status);
  if (!round) return;
  const roundId = round.id;
  const officer = round.you.manage;
  const citizen = me.authenticated && me.roles.includes('citizen') && round.you.contribute;
  const reload = () => render(me);
  const filter = params();
  const queuePath = `/api/engagements/${roundId}/questions?size=100`
    + (officer && filter.get('state') ? `&state=${encodeURIComponent(filter.get('state'))}` : '')
    + (officer && filter.get('breached') === 'true' ? '&breached=true' : '');
  const [page, faq, figures, sources] = await Promise.all([json(queuePath), json(`/api/engagements/${roundId}/faq`),
    officer ? json(`/api/engagements/${roundId}/questions/figures`) : Promise.resolve(null),
    json(`/api/engagements/${roundId}/evidence/badges?on=question`)]);
  const questions = page ? page.items : [];
  status.textContent = '';

  const parts = [el('span', 'govuk-caption-l', round.agency), el('h1', 'govuk-heading-l', round.title)];
  const changes = announcements(round);
  if (changes) parts.push(changes);
  if (round.summary) parts.push(el('p', 'govuk-body-l', round.summary));
  parts.push(el('p', 'govuk-body agora-sla', `The agency aims to answer within ${round.settings.slaWorkingHours} working hours`
    + ' (Monday to Friday, 9:00 to 17:00).'));
  const open = round.state === 'OPEN';
  if (!open) parts.push(el('p', 'govuk-inset-text', 'This round is not open for questions.'));
  const evidence = {
    roundId: round.id,
    sources: sources || {},
    officer,
    reviewer: officer || round.you.moderate,
    attach: me.authenticated && round.you.contribute && open && round.settings.attachmentsAllowed,
    maxMegabytes: round.settings.maxUploadMegabytes,
    report: me.authenticated && round.you.contribute,
  };

  if (officer) {
    parts.push(el('h2', 'govuk-heading-m', 'Service figures'));
    if (figures) parts.push(figuresList(figures));
    parts.push(el('h2', 'govuk-heading-m', 'Question queue'));
    parts.push(queueFilter(filter));
    const list = el('ul', 'govuk-list agora-queue');
    list.append(...questions.map((q) => questionItem(q, reload, evidence)));
    parts.push(questions.length ? list : el('p', 'govuk-body', 'No questions match.'));
  } else {
    if (open && citizen) parts.push(askForm(round, reload));
    else if (open && !me.authenticated) parts.push(el('p', 'govuk-body', 'Sign in to ask a question.'));
    const mine = questions.filter((q) => q.mine);
    const others = questions.filter((q) => !q.mine);
    if (me.authenticated) {
      parts.push(el('h2', 'govuk-heading-m', 'Your questions'));
      const list = el('ul', 'govuk-list agora-my-questions');
      list.append(...mine.map((q) => questionItem(q, reload, evidence)));
      parts.push(mine.length ? list : el('p', 'govuk-body', 'You have not asked anything in this round.'));
    }
    parts.push(el('h2', 'govuk-heading-m', 'Questions others asked in public'));
    const list = el('ul', 'govuk-list agora-public-questions');
    list.append(...others.map((q) => questionItem(q, reload, evidence)));
    parts.push(others.length ? list : el('p', 'govuk-body', 'No public questions yet.'));
  }

  parts.push(el('h2', 'govuk-heading-m', 'Frequently asked questions'));
  if (faq && faq.length) {
    const list = el('div', 'agora-faq');
    for (const entry of faq) {
      const details = el('details', 'govuk-details agora-faq-entry');
      const summary = el('summary', 'govuk-details__summary');
      const q = el('span', 'govuk-details__summary-text');
      q.innerHTML = entry.questionHtml; // sanitised on the server
      summary.append(q);
      const a = el('div', 'govuk-details__text');
      a.innerHTML = entry.answerHtml; // sanitised on the server
      details.append(summary, a);
      list.append(details);
    }
    parts.push(list);
  } else {
    parts.push(el('p', 'govuk-body', 'No frequently asked questions yet.'));
  }
  content.replaceChildren(...parts);
}

/** Officers filter the queue by state and overdue questions (kept in the address, so a link shows the same view). */
function queueFilter(filter) {
  const f = el('form', 'agora-queue-filter');
  f.method = 'get';
  const round = el('input');
  round.type = 'hidden';
  round.name = 'round';
  round.value = filter.get('round');
  const state = select([['', 'All questions'], ['WAITING', 'Waiting'], ['CLAIMED', 'Claimed'],
    ['ANSWERED', 'Answered'], ['RESOLVED', 'Resolved']]);
  state.value = filter.get('state') || '';
  const group = formGroup('state', 'Show', state);
  const checkbox = el('input', 'govuk-checkboxes__input');
  checkbox.type = 'checkbox';
  checkbox.id = 'breached';
  checkbox.name = 'breached';
  checkbox.value = 'true';
  checkbox.checked = filter.get('breached') === 'true';
  const label = el('label', 'govuk-label govuk-checkboxes__label', 'Only overdue questions');
  label.htmlFor = checkbox.id;
  const item = el('div', 'govuk-checkboxes__item');
  item.append(checkbox, label);
  const boxes = el('div', 'govuk-checkboxes govuk-checkboxes--small govuk-form-group');
  boxes.append(item);
  const b = el('button', 'govuk-button govuk-button--secondary', 'Filter');
  b.type = 'submit';
  f.append(round, group, boxes, b);
  return f;
}

load();
