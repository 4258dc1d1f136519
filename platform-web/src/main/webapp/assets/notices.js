// What moderation did about my contributions (reason code, the moderator's statement of reasons) with my one
// appeal, and the reports I made with their outcome.
import { api } from '/assets/account.js';
import { date, el, formGroup, layout, link, showProblem } from '/assets/layout.js';

const ACTION_TEXT = {
  hide: 'Hidden by a moderator', remove: 'Removed by a moderator', 'warn-author': 'You were warned',
  'mute-author': 'You were muted', 'lock-thread': 'The thread was locked', approve: 'Approved by a moderator',
  reverse: 'Your appeal succeeded: the decision was reversed', uphold: 'Your appeal was decided: the decision stands',
  undo: 'The decision was undone', 'held-by-screening': 'Held for a moderator to review',
  'held-for-pre-moderation': 'Waiting for moderation: this round publishes contributions once a moderator has read them',
  'block-author': 'Your account was blocked',
  'hidden-pending-review': 'Hidden after several reports, pending review',
};

const OUTCOME_TEXT = { RECEIVED: 'Received, waiting for a moderator', ACTION_TAKEN: 'Action taken', NO_ACTION: 'No action needed' };

function noticeItem(n, reload) {
  const li = el('li', 'agora-notice');
  li.dataset.caseId = n.caseId;
  li.append(el('h3', 'govuk-heading-s', ACTION_TEXT[n.action] || n.action));
  const meta = el('p', 'govuk-body-s agora-meta');
  meta.append(link(n.link, `Your ${n.contentType}`),
    document.createTextNode((n.reasonCode ? ` · reason: ${n.reasonCode.toLowerCase().replace('_', ' ')}` : '')
      + (n.decidedAt ? ` · ${date(n.decidedAt)}` : '')));
  li.append(meta);
  if (n.statement) li.append(el('blockquote', 'govuk-inset-text agora-statement', n.statement));
  if (n.appeal) {
    li.append(el('p', 'govuk-body agora-appeal-status', n.appeal.outcome
      ? `Appeal ${n.appeal.outcome.toLowerCase()}: ${n.appeal.answer}`
      : 'You appealed; another moderator will decide.'));
  }
  if (n.canAppeal) {
    const errors = el('div');
    const f = el('form', 'agora-appeal-form');
    f.noValidate = true;
    const id = `appeal-${n.caseId}`;
    const label = el('label', 'govuk-label', 'Appeal: tell a different moderator why this decision should change');
    label.htmlFor = id;
    const text = el('textarea', 'govuk-textarea');
    text.id = id;
    text.rows = 3;
    const button = el('button', 'govuk-button', 'Send appeal');
    button.type = 'submit';
    const g = el('div', 'govuk-form-group');
    g.append(label, text);
    f.append(g, button);
    f.addEventListener('submit', async (event) => {
      event.preventDefault();
      const response = await api(`/api/moderation/notices/${n.caseId}/appeal`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ statement: text.value }),
      });
      if (response.ok) reload(); else showProblem(response, errors);
    });
    li.append(errors, f);
  }
  return li;
}

/** A case moderators escalated to the agency: the text, the due date, and a form for the agency's answer. */
function escalationItem(c) {
  const li = el('li', 'agora-escalation');
  li.dataset.caseId = c.id;
  li.append(el('h3', 'govuk-heading-s', `Round ${c.roundId}: answer due ${date(c.escalatedDue)}`),
    el('blockquote', 'govuk-inset-text', c.snapshot || ''));
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const text = el('textarea', 'govuk-textarea');
  text.rows = 3;
  const button = el('button', 'govuk-button', 'Send the agency\'s answer');
  button.type = 'submit';
  f.append(formGroup(`answer-${c.id}`, 'Your answer (moderators and the log see it)', text), button);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await api(`/api/moderation/escalations/${c.id}/answer`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ statement: text.value }),
    });
    if (response.ok) window.location.reload(); else showProblem(response, errors);
  });
  li.append(errors, f);
  return li;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  if (!me.authenticated) {
    status.textContent = 'Sign in to see moderation of your contributions and your reports.';
    return;
  }
  const reload = () => window.location.reload();
  const [notices, flags] = await Promise.all([api('/api/moderation/notices'), api('/api/flags/mine')]);
  const mine = notices.ok ? await notices.json() : [];
  const reports = flags.ok ? await flags.json() : [];
  status.textContent = '';
  const list = el('ul', 'govuk-list agora-notices');
  list.append(...mine.map((n) => noticeItem(n, reload)));
  const reportList = el('ul', 'govuk-list agora-my-reports');
  for (const r of reports) {
    const li = el('li', 'agora-my-report');
    li.append(link(r.link, `${r.contentType} ${r.contentId}`),
      document.createTextNode(` · ${r.reason.toLowerCase().replace('_', ' ')} · ${date(r.createdAt)} · `),
      el('strong', undefined, OUTCOME_TEXT[r.outcome] || r.outcome));
    reportList.append(li);
  }
  const sections = [];
  if (me.roles.includes('agency') || me.roles.includes('admin') || me.roles.includes('trainee')) {
    const e = await api('/api/moderation/escalations');
    const escalations = e.ok ? await e.json() : [];
    const eList = el('ul', 'govuk-list agora-escalations');
    for (const c of escalations) eList.append(escalationItem(c));
    sections.push(el('h2', 'govuk-heading-m', 'Escalated to your agency'),
      escalations.length ? eList : el('p', 'govuk-body', 'Nothing is waiting for your agency.'));
  }
  content.replaceChildren(el('h1', 'govuk-heading-l', 'Moderation notices'), ...sections,
    el('h2', 'govuk-heading-m', 'About your contributions'),
    mine.length ? list : el('p', 'govuk-body', 'Nothing of yours has been moderated.'),
    el('h2', 'govuk-heading-m', 'Your reports'),
    reports.length ? reportList : el('p', 'govuk-body', 'You have not reported anything.'));
}

load();
