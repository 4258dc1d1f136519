// The moderators' queue: cases by score and age, pending counts per round, claim, decide with a reason code and a
// statement of reasons (starting from a response template if wanted), rule on appeals, undo. It updates itself:
// the server announces every committed change on /api/moderation/stream (server-sent events).
import { api } from '/assets/account.js';
import { date, el, formGroup, layout, link, params, showProblem } from '/assets/layout.js';

const ACTIONS = [['hide', 'Hide (reversible, text kept)'], ['remove', 'Remove (kept for an appeal, then purge)'],
  ['approve', 'Approve: nothing wrong'], ['warn-author', 'Warn the author'], ['mute-author', 'Mute the author'],
  ['lock-thread', 'Lock the thread'], ['escalate', 'Escalate to the agency']];
const REASONS = [['', 'No reason code (approve only)'], ['SPAM', 'Spam'], ['ABUSE', 'Abuse or harassment'],
  ['OFF_TOPIC', 'Off topic'], ['MISINFORMATION', 'Misinformation'], ['PRIVACY', 'Personal data'], ['OTHER', 'Other']];

let templates = [];

function select(options, id) {
  const s = el('select', 'govuk-select');
  s.id = id;
  for (const [value, text] of options) {
    const o = el('option', undefined, text);
    o.value = value;
    s.append(o);
  }
  return s;
}


async function post(path, payload, errors, after) {
  const response = await api(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload || {}),
  });
  if (response.ok) {
    after();
  } else {
    showProblem(response, errors);
  }
}

function decisionForm(c, errors, refresh) {
  const f = el('form', 'agora-decision-form');
  f.noValidate = true;
  const id = `case-${c.id}`;
  const action = select(ACTIONS, `${id}-action`);
  const reason = select(REASONS, `${id}-reason`);
  reason.value = c.topReason || '';
  const template = select([['', 'Write my own'], ...templates.map((t) => [t.key, t.title])], `${id}-template`);
  const statement = el('textarea', 'govuk-textarea');
  statement.rows = 4;
  template.addEventListener('change', () => {
    const t = templates.find((x) => x.key === template.value);
    if (t) statement.value = t.body; // the moderator adapts the {placeholders}
  });
  const button = el('button', 'govuk-button', 'Decide');
  button.type = 'submit';
  f.append(formGroup(`${id}-action`, 'Decision', action), formGroup(`${id}-reason`, 'Reason code', reason),
    formGroup(`${id}-template`, 'Start from a template', template),
    formGroup(`${id}-statement`, 'Statement of reasons (the author sees it)', statement), button);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    const payload = { action: action.value, statement: statement.value };
    if (reason.value) payload.reasonCode = reason.value;
    post(`/api/moderation/cases/${c.id}/decisions`, payload, errors, refresh);
  });
  return f;
}

/** An official reply under the reported content, usually an adapted template ({placeholders} must be replaced). */
function replyForm(c, errors, refresh) {
  const details = el('details', 'govuk-details agora-official-reply');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Reply in public as a moderator'));
  const f = el('form');
  f.noValidate = true;
  const id = `reply-${c.id}`;
  const template = select([['', 'Write my own'], ...templates.map((t) => [t.key, t.title])], `${id}-template`);
  const text = el('textarea', 'govuk-textarea');
  text.rows = 4;
  template.addEventListener('change', () => {
    const t = templates.find((x) => x.key === template.value);
    if (t) text.value = t.body;
  });
  const button = el('button', 'govuk-button govuk-button--secondary', 'Post official reply');
  button.type = 'submit';
  f.append(formGroup(`${id}-template`, 'Start from a template', template),
    formGroup(`${id}-text`, 'Reply (replace every {placeholder})', text), button);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    post(`/api/moderation/cases/${c.id}/reply`, { text: text.value }, errors, refresh);
  });
  const body = el('div', 'govuk-details__text');
  body.append(f);
  details.append(summary, body);
  return details;
}

function rulingForm(c, errors, refresh) {
  const f = el('form', 'agora-ruling-form');
  f.noValidate = true;
  const id = `ruling-${c.id}`;
  const outcome = select([['uphold', 'Uphold: the decision stands'], ['reverse', 'Reverse the decision']], `${id}-outcome`);
  const statement = el('textarea', 'govuk-textarea');
  statement.rows = 3;
  const button = el('button', 'govuk-button', 'Rule on the appeal');
  button.type = 'submit';
  f.append(formGroup(`${id}-outcome`, 'Ruling', outcome), formGroup(`${id}-statement`, 'Answer to the author', statement),
    button);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    post(`/api/moderation/cases/${c.id}/ruling`, { outcome: outcome.value, statement: statement.value }, errors,
      refresh);
  });
  return f;
}

function caseCard(c, refresh) {
  const card = el('li', 'agora-case');
  card.dataset.caseId = c.id;
  card.dataset.state = c.state;
  const heading = el('h3', 'govuk-heading-s');
  heading.append(link(c.link, `${c.contentType} ${c.contentId}`), document.createTextNode(` · round ${c.roundId}`));
  const tags = el('p', 'govuk-body-s agora-meta');
  tags.textContent = [`state ${c.state.toLowerCase()}`, `content ${c.contentState.toLowerCase()}`,
    c.origin === 'SCREENING' ? 'held by screening' : `${c.flags} flag${c.flags === 1 ? '' : 's'} (score ${c.score.toFixed(1)})`,
    c.topReason ? `reason ${c.topReason.toLowerCase().replace('_', ' ')}` : null,
    c.claimedBy ? `claimed by ${c.claimedBy}` : null, `opened ${date(c.openedAt)}`].filter(Boolean).join(' · ');
  const text = el('blockquote', 'govuk-inset-text agora-case__text', c.snapshot || '(text purged)');
  const errors = el('div');
  card.append(heading, tags, text, errors);
  const buttons = el('div', 'govuk-button-group');
  if (c.state === 'OPEN') {
    const claim = el('button', 'govuk-button govuk-button--secondary agora-claim', 'Claim');
    claim.type = 'button';
    claim.addEventListener('click', () => post(`/api/moderation/cases/${c.id}/claim`, null, errors, refresh));
    buttons.append(claim);
  }
  if (c.state === 'CLAIMED') {
    const release = el('button', 'govuk-button govuk-button--secondary', 'Release');
    release.type = 'button';
    release.addEventListener('click', () => post(`/api/moderation/cases/${c.id}/release`, null, errors, refresh));
    buttons.append(release);
  }
  card.append(buttons);
  if (c.state === 'OPEN' || c.state === 'CLAIMED') card.append(decisionForm(c, errors, refresh));
  if (c.contentState !== 'REMOVED' && c.contentType === 'comment') card.append(replyForm(c, errors, refresh));
  if (c.state === 'APPEALED') {
    card.append(el('p', 'govuk-body agora-appealed', 'The author appealed. Another moderator than the one who decided rules on it.'));
    card.append(rulingForm(c, errors, refresh));
  }
  return card;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  if (!me.authenticated || !(me.roles.includes('moderator') || me.roles.includes('admin'))) {
    status.textContent = 'The moderation queue is for moderators. Sign in as a moderator to see it.';
    return;
  }
  const t = await api('/api/moderation/templates');
  if (t.ok) templates = await t.json();
  const title = el('h1', 'govuk-heading-l', 'Moderation queue');
  const live = el('p', 'govuk-body-s agora-live');
  live.id = 'live';
  live.setAttribute('aria-live', 'polite');
  const counts = el('p', 'govuk-body agora-pending-counts');
  const list = el('ul', 'govuk-list agora-cases');
  content.replaceChildren(title, live, counts, list);

  const round = params().get('round');
  const filter = round && /^\d{1,18}$/.test(round) ? `&round=${round}` : '';
  if (filter) title.textContent = `Moderation queue: round ${round}`;

  async function refresh() {
    const [q, n] = await Promise.all([api(`/api/moderation/cases?size=50${filter}`), api('/api/moderation/counts')]);
    if (!q.ok) {
      showProblem(q, list);
      return;
    }
    const page = await q.json();
    const pending = n.ok ? await n.json() : [];
    // waiting cases per round, each a link to that round's queue
    counts.replaceChildren(pending.length ? 'Waiting: ' : 'Nothing is waiting.');
    pending.forEach((p, i) => {
      if (i) counts.append(', ');
      counts.append(link(`/moderation.html?round=${p.roundId}`, `round ${p.roundId}: ${p.pending}`));
    });
    if (filter) counts.append(' · ', link('/moderation.html', 'all rounds'));
    list.replaceChildren(...page.cases.map((c) => caseCard(c, refresh)));
    status.textContent = `${page.total} case${page.total === 1 ? '' : 's'} waiting`;
  }
  await refresh();

  const stream = new EventSource('/api/moderation/stream');
  stream.addEventListener('hello', () => { live.textContent = 'Live: new reports appear here as they arrive.'; });
  stream.addEventListener('case', async (event) => {
    const change = JSON.parse(event.data);
    await refresh();
    live.textContent = `Updated ${new Date().toLocaleTimeString('en-GB')}: case ${change.caseId} is now ${change.state.toLowerCase()}.`;
  });
  stream.onerror = () => { live.textContent = 'Live updates paused; reconnecting…'; };
  setInterval(refresh, 60_000); // also catches changes made on other servers of a cluster
}

load();
