// The moderators' queue: cases by score and age, pending counts per round, claim, decide with a reason code and a
// statement of reasons (starting from a response template if wanted), rule on appeals, undo. It updates itself:
// the server announces every committed change on /api/moderation/stream (server-sent events).
import { api } from '/assets/account.js';
import { date, el, formGroup, layout, link, params, select, showProblem } from '/assets/layout.js';

const ACTIONS = [['hide', 'Hide (reversible, text kept)'], ['remove', 'Remove (kept for an appeal, then purge)'],
  ['approve', 'Approve: nothing wrong (publishes held content)'], ['warn-author', 'Warn the author'],
  ['mute-author', 'Mute the author'], ['block-author', 'Block the author (account-wide)'],
  ['lock-thread', 'Lock the thread'], ['escalate', 'Escalate to the agency'], ['escalate-legal', 'Escalate to legal']];
const ORIGINS = [['', 'Any origin'], ['FLAGS', 'Reported by people'], ['SCREENING', 'Held by screening'],
  ['PRE_MODERATION', 'Waiting for pre-moderation']];
const ORIGIN_LABELS = { SCREENING: 'held by screening', PRE_MODERATION: 'waiting for pre-moderation' };
const REASONS = [['', 'No reason code (approve only)'], ['SPAM', 'Spam'], ['ABUSE', 'Abuse or harassment'],
  ['OFF_TOPIC', 'Off topic'], ['MISINFORMATION', 'Misinformation'], ['PRIVACY', 'Personal data'], ['OTHER', 'Other']];

let templates = [];
const roundTemplates = new Map(); // round id → that round's agency's wording of the templates

async function templatesOf(roundId) {
  if (!roundTemplates.has(roundId)) {
    const t = await api(`/api/moderation/templates?round=${roundId}`);
    roundTemplates.set(roundId, t.ok ? await t.json() : templates);
  }
  return roundTemplates.get(roundId);
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

function decisionForm(c, errors, refresh, templates) {
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
  const days = el('input', 'govuk-input govuk-input--width-4');
  days.type = 'number';
  days.min = '1';
  days.inputMode = 'numeric';
  const daysGroup = formGroup(`${id}-days`, 'Days', days,
    'Mute: 1 to 90 (default 7). Block: leave empty for good. Escalation: days to answer (agency 2, legal 5).');
  const showDays = () => {
    daysGroup.hidden = !['mute-author', 'block-author', 'escalate', 'escalate-legal'].includes(action.value);
  };
  action.addEventListener('change', showDays);
  showDays();
  const button = el('button', 'govuk-button', 'Decide');
  button.type = 'submit';
  f.append(formGroup(`${id}-action`, 'Decision', action), formGroup(`${id}-reason`, 'Reason code', reason),
    daysGroup, formGroup(`${id}-template`, 'Start from a template', template),
    formGroup(`${id}-statement`, 'Statement of reasons (the author sees it)', statement), button);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    // the version of the case this moderator read: a decision on text they have not seen is refused
    const payload = { action: action.value, statement: statement.value, caseVersion: c.version };
    if (reason.value) payload.reasonCode = reason.value;
    if (!daysGroup.hidden && days.value) payload.days = Number(days.value);
    post(`/api/moderation/cases/${c.id}/decisions`, payload, errors, refresh);
  });
  return f;
}

/** An official reply under the reported content, usually an adapted template ({placeholders} must be replaced). */
function replyForm(c, errors, refresh, templates) {
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

function caseCard(c, refresh, templates) {
  const card = el('li', 'agora-case');
  card.dataset.caseId = c.id;
  card.dataset.state = c.state;
  const pick = el('input', 'agora-case-pick');
  pick.type = 'checkbox';
  pick.value = String(c.id);
  pick.id = `pick-${c.id}`;
  pick.setAttribute('aria-label', `Select case ${c.id} for a bulk decision`);
  card.append(pick);
  const heading = el('h3', 'govuk-heading-s');
  heading.append(link(c.link, `${c.contentType} ${c.contentId}`), document.createTextNode(` · round ${c.roundId}`));
  const tags = el('p', 'govuk-body-s agora-meta');
  tags.textContent = [`state ${c.state.toLowerCase()}`, `content ${c.contentState.toLowerCase()}`,
    ORIGIN_LABELS[c.origin] || `${c.flags} flag${c.flags === 1 ? '' : 's'} (score ${c.score.toFixed(1)})`,
    c.topReason ? `reason ${c.topReason.toLowerCase().replace('_', ' ')}` : null,
    c.claimedBy ? `claimed by ${c.claimedBy}` : null,
    c.escalationLevel ? `waiting for ${c.escalationLevel === 'LEGAL' ? 'legal' : 'the agency'} until ${date(c.escalatedDue)}`
      : null, `opened ${date(c.openedAt)}`].filter(Boolean).join(' · ');
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
  if (c.state === 'OPEN' || c.state === 'CLAIMED') card.append(decisionForm(c, errors, refresh, templates));
  if (c.contentState !== 'REMOVED' && c.contentType === 'comment') {
    card.append(replyForm(c, errors, refresh, templates));
  }
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
  if (!me.authenticated || !['moderator', 'admin', 'trainee'].some((r) => me.roles.includes(r))) {
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

  const p = params();
  const round = p.get('round');
  let filter = round && /^\d{1,18}$/.test(round) ? `&round=${round}` : '';
  if (filter) title.textContent = `Moderation queue: round ${round}`;
  // filters by reason and state, kept in the address so a filtered queue can be bookmarked or shared
  const reasonFilter = select([['', 'Any reason'], ...REASONS.slice(1)], 'filter-reason');
  reasonFilter.value = p.get('reason') || '';
  const stateFilter = select([['', 'Waiting (open, claimed, appealed)'], ['OPEN', 'Open'], ['CLAIMED', 'Claimed'],
    ['ESCALATED', 'Escalated'], ['APPEALED', 'Appealed'], ['ACTIONED', 'Actioned'], ['DISMISSED', 'Dismissed']],
  'filter-state');
  stateFilter.value = p.get('state') || '';
  const originFilter = select(ORIGINS, 'filter-origin');
  originFilter.value = p.get('origin') || '';
  if (reasonFilter.value) filter += `&reason=${reasonFilter.value}`;
  if (stateFilter.value) filter += `&state=${stateFilter.value}`;
  if (originFilter.value) filter += `&origin=${originFilter.value}`;
  const filters = el('form', 'agora-queue-filters');
  const apply = el('button', 'govuk-button govuk-button--secondary', 'Filter');
  apply.type = 'submit';
  filters.append(formGroup('filter-origin', 'Origin', originFilter), formGroup('filter-reason', 'Reason', reasonFilter),
    formGroup('filter-state', 'State', stateFilter), apply);
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (round) q.set('round', round);
    if (originFilter.value) q.set('origin', originFilter.value);
    if (reasonFilter.value) q.set('reason', reasonFilter.value);
    if (stateFilter.value) q.set('state', stateFilter.value);
    window.location.search = q.toString();
  });
  // one decision for every selected case; each is decided or refused on its own
  const bulk = el('form', 'agora-bulk');
  const bulkErrors = el('div');
  const bulkAction = select(ACTIONS.filter(([a]) => !a.startsWith('escalate')), 'bulk-action');
  const bulkReason = select(REASONS, 'bulk-reason');
  const bulkStatement = el('textarea', 'govuk-textarea');
  bulkStatement.rows = 2;
  const bulkButton = el('button', 'govuk-button govuk-button--warning', 'Decide all selected');
  bulkButton.type = 'submit';
  const bulkResult = el('p', 'govuk-body agora-bulk-result');
  bulk.append(el('h2', 'govuk-heading-s', 'Selected cases'), bulkErrors,
    formGroup('bulk-action', 'Decision', bulkAction), formGroup('bulk-reason', 'Reason code', bulkReason),
    formGroup('bulk-statement', 'Statement of reasons', bulkStatement), bulkButton, bulkResult);
  content.insertBefore(filters, list);
  content.append(bulk);

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
    const wordings = await Promise.all(page.cases.map((c) => templatesOf(c.roundId)));
    list.replaceChildren(...page.cases.map((c, i) => caseCard(c, refresh, wordings[i])));
    bulk.hidden = page.cases.length === 0;
    status.textContent = `${page.total} case${page.total === 1 ? '' : 's'} waiting`;
  }
  bulk.addEventListener('submit', async (event) => {
    event.preventDefault();
    const caseIds = [...list.querySelectorAll('.agora-case-pick:checked')].map((box) => Number(box.value));
    const payload = { caseIds, action: bulkAction.value, statement: bulkStatement.value };
    if (bulkReason.value) payload.reasonCode = bulkReason.value;
    const response = await api('/api/moderation/cases/bulk-decisions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload),
    });
    if (!response.ok) {
      showProblem(response, bulkErrors);
      return;
    }
    const result = await response.json();
    bulkErrors.replaceChildren();
    bulkResult.textContent = `Decided ${result.decided.length}`
      + (result.refused.length ? `; refused ${result.refused.length}: `
        + result.refused.map((r) => `case ${r.caseId} (${r.detail})`).join('; ') : '.');
    await refresh();
  });
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
