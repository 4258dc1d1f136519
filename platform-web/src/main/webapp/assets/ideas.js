// Co-development round: propose ideas and amendments (replacement text for a paragraph, shown as a word diff),
// support them once each, discuss them; the round's agency moves them along and stages accepted amendments for the
// next draft version.
import { api } from '/assets/account.js';
import { attachForm, badges, reportForm } from '/assets/comments.js';
import {
  announcements, date, el, formGroup, layout, link, roundFromAddress, select, showProblem, timeLeft,
} from '/assets/layout.js';

const STATUS = {
  NEW: ['New', 'govuk-tag--blue'], UNDER_REVIEW: ['Under review', 'govuk-tag--yellow'],
  ACCEPTED: ['Accepted', 'govuk-tag--green'], REJECTED: ['Not taken forward', 'govuk-tag--red'],
  MERGED: ['In the draft', 'govuk-tag--turquoise'], DUPLICATE: ['Duplicate', 'govuk-tag--grey'],
};

const state = { round: null, me: null, draft: null, sort: 'supported', status: '', mine: false, sources: {} };

function tag(status) {
  const [text, cls] = STATUS[status] || [status, ''];
  const t = el('strong', `govuk-tag ${cls} agora-idea-status`, text);
  return t;
}

function json(method, body) {
  return { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) };
}

function signedIn() {
  return state.me && state.me.authenticated;
}

/** Signed in and taking part here (trainees and trainers take part only in their training rounds). */
function participates() {
  return signedIn() && state.round.you.contribute;
}

function manages() {
  const me = state.me;
  return signedIn() && state.round.you.manage;
}

function isOpen() {
  return state.round.state === 'OPEN' && (!state.round.closesAt || new Date(state.round.closesAt) > new Date());
}

/** The word diff of an amendment: deleted words struck through, inserted words underlined, both labelled. */
function diffView(amendment) {
  const p = el('p', 'govuk-body agora-amendment-diff');
  p.setAttribute('aria-label', 'Proposed change, word by word');
  amendment.diff.forEach((s) => {
    if (s.op === 'EQUAL') p.append(document.createTextNode(s.text));
    else if (s.op === 'DELETE') p.append(el('del', 'agora-diff__del', s.text));
    else p.append(el('ins', 'agora-diff__ins', s.text));
  });
  return p;
}

async function thread(idea, container) {
  const response = await api(`/api/engagements/${state.round.id}/comments?idea=${idea.id}&sort=oldest&size=100`);
  if (!response.ok) { showProblem(response, container); return; }
  const page = await response.json();
  const list = el('ul', 'govuk-list agora-idea-comments');
  const add = (c, depth) => {
    const li = el('li', 'agora-idea-comment');
    li.style.marginLeft = `${(depth - 1) * 1.5}em`;
    li.append(el('p', 'govuk-body-s agora-meta', c.author ? `${c.author} · ${date(c.createdAt)}` : 'Deleted'));
    if (c.html) {
      const body = el('div', 'govuk-body');
      body.innerHTML = c.html; // sanitised by the server (CommonMark + OWASP policy)
      li.append(body);
    }
    list.append(li);
    (c.replies || []).forEach((r) => add(r, depth + 1));
  };
  page.threads.forEach((t) => add(t, 1));
  container.replaceChildren(list);
  if (page.threads.length === 0) container.prepend(el('p', 'govuk-body-s', 'No comments yet.'));
  if (participates() && isOpen()) {
    const errors = el('div');
    const form = el('form', 'agora-idea-comment-form');
    form.noValidate = true;
    const text = el('textarea', 'govuk-textarea');
    text.rows = 2;
    const button = el('button', 'govuk-button govuk-button--secondary', 'Add comment');
    button.type = 'submit';
    form.append(formGroup(`comment-${idea.id}`, 'Your comment', text), button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const r = await api(`/api/engagements/${state.round.id}/comments`, json('POST', { text: text.value, idea: idea.id }));
      if (r.ok) thread(idea, container); else showProblem(r, errors);
    });
    container.append(errors, form);
  }
}

function decisionForm(idea, refresh) {
  const details = el('details', 'govuk-details agora-decide');
  details.append(el('summary', 'govuk-details__summary', 'Decide (agency)'));
  const body = el('div', 'govuk-details__text');
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const choices = { NEW: ['REVIEW', 'ACCEPT', 'REJECT', 'DUPLICATE'], UNDER_REVIEW: ['ACCEPT', 'REJECT', 'DUPLICATE'], ACCEPTED: ['MERGE', 'REJECT'] };
  const labels = { REVIEW: 'Put under review', ACCEPT: idea.kind === 'AMENDMENT' ? 'Accept (stage for the next version)' : 'Accept', REJECT: 'Reject', MERGE: 'Mark as merged into a version', DUPLICATE: 'Duplicate of another idea' };
  const action = select((choices[idea.status] || []).map((a) => [a, labels[a]]));
  if (action.options.length === 0) return el('span');
  const reason = el('textarea', 'govuk-textarea');
  reason.rows = 2;
  const version = el('input', 'govuk-input govuk-input--width-4');
  version.inputMode = 'numeric';
  const duplicate = el('input', 'govuk-input govuk-input--width-10');
  duplicate.inputMode = 'numeric';
  const button = el('button', 'govuk-button', 'Record decision');
  button.type = 'submit';
  form.append(formGroup(`action-${idea.id}`, 'Decision', action),
    formGroup(`reason-${idea.id}`, 'Reason (shown to everyone; required to reject)', reason),
    formGroup(`version-${idea.id}`, 'Version number (to mark as merged)', version),
    formGroup(`duplicate-${idea.id}`, 'Number of the idea it duplicates', duplicate), button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const payload = { action: action.value, reason: reason.value || null };
    if (version.value) payload.version = Number(version.value);
    if (duplicate.value) payload.duplicateOf = Number(duplicate.value);
    const r = await api(`/api/ideas/${idea.id}/decisions`, json('POST', payload));
    if (r.ok) refresh(); else showProblem(r, errors);
  });
  body.append(errors, form);
  details.append(body);
  return details;
}

function ideaItem(idea, refresh) {
  const li = el('li', 'agora-idea');
  li.id = `idea-${idea.id}`;
  li.dataset.ideaId = idea.id;
  const heading = el('h3', 'govuk-heading-s');
  heading.append(document.createTextNode(`${idea.title} `), tag(idea.status));
  li.append(heading);
  li.append(el('p', 'govuk-body-s agora-meta', `${idea.kind === 'AMENDMENT' ? 'Amendment' : 'Idea'} #${idea.id} by ${idea.author} · ${date(idea.createdAt)}`));
  if (idea.amendment) {
    li.append(el('p', 'govuk-body-s', `Changes a paragraph of version ${idea.amendment.baseVersion}:`), diffView(idea.amendment));
    if (idea.amendment.staged) li.append(el('p', 'govuk-body-s agora-staged', 'Accepted: staged for the next version of the draft.'));
  }
  if (idea.moderation === 'HELD') {
    li.append(el('p', 'govuk-inset-text agora-idea-moderated', 'Waiting for moderation: only you can see it until a'
      + ' moderator approves it. "Moderation notices" says why it is held.'));
  } else if (idea.moderation !== 'VISIBLE') {
    li.append(el('p', 'govuk-inset-text agora-idea-moderated', `${idea.moderation === 'HIDDEN' ? 'Hidden' : 'Removed'} by`
      + ` moderation (${(idea.moderationReason || 'house rules').toLowerCase().replace(/_/g, ' ')}): only you can see it.`
      + ' "Moderation notices" explains why and lets you appeal.'));
  }
  const body = el('div', 'govuk-body agora-idea-body');
  body.innerHTML = idea.html; // sanitised by the server (CommonMark + OWASP policy)
  li.append(body);
  if (idea.statusReason) li.append(el('p', 'govuk-inset-text agora-idea-reason', `${idea.decidedBy || 'The agency'}: ${idea.statusReason}`));
  if (idea.merged) {
    const p = el('p', 'govuk-body agora-idea-merged');
    p.append(document.createTextNode(`Included in version ${idea.merged.version}. `),
      link(idea.merged.fromVersion
        ? `/diff.html?policy=${idea.merged.policyId}&from=${idea.merged.fromVersion}&to=${idea.merged.version}`
        : `/draft.html?policy=${idea.merged.policyId}&version=${idea.merged.version}`, 'See what changed'));
    li.append(p);
  }
  if (idea.duplicateOf) {
    const p = el('p', 'govuk-body-s');
    p.append(document.createTextNode('Merged with '), link(`#idea-${idea.duplicateOf}`, `idea #${idea.duplicateOf}`),
      document.createTextNode(', which keeps its supporters.'));
    li.append(p);
  }
  const actions = el('div', 'agora-idea-actions');
  const count = el('span', 'govuk-body agora-supporters', `${idea.supporters} supporter${idea.supporters === 1 ? '' : 's'}`);
  actions.append(count);
  const errors = el('div');
  const votable = ['NEW', 'UNDER_REVIEW', 'ACCEPTED'].includes(idea.status);
  if (participates() && isOpen() && votable) {
    const button = el('button', `govuk-button ${idea.supported ? 'govuk-button--secondary' : ''} agora-support`,
      idea.supported ? 'Withdraw support' : 'Support');
    button.type = 'button';
    button.setAttribute('aria-pressed', String(idea.supported));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const r = await api(`/api/ideas/${idea.id}/support`, { method: idea.supported ? 'DELETE' : 'PUT' });
      if (r.ok) li.replaceWith(ideaItem(await r.json(), refresh)); else { button.disabled = false; showProblem(r, errors); }
    });
    actions.append(document.createTextNode(' '), button);
  }
  li.append(actions, errors);
  if (state.sources[idea.id]) {
    const reviewer = manages() || state.round.you.moderate;
    li.append(el('p', 'govuk-body-s agora-meta', 'Sources:'), badges(state.sources[idea.id], { reviewer }));
  }
  if (participates() && isOpen() && state.round.settings.attachmentsAllowed) {
    li.append(attachForm(state.round.id, 'idea', idea.id, 'Attach evidence to this idea',
      state.round.settings.maxUploadMegabytes));
  }
  const discussion = el('details', 'govuk-details agora-idea-discussion');
  discussion.append(el('summary', 'govuk-details__summary', 'Discussion'));
  const threadBox = el('div', 'govuk-details__text');
  discussion.append(threadBox);
  discussion.addEventListener('toggle', () => { if (discussion.open) thread(idea, threadBox); });
  li.append(discussion);
  if (participates() && !idea.mine && idea.moderation === 'VISIBLE') li.append(reportForm('idea', idea.id));
  if (manages()) li.append(decisionForm(idea, refresh));
  return li;
}

function proposeForm(refresh) {
  const section = el('section', 'agora-propose');
  section.append(el('h2', 'govuk-heading-m', 'Propose'));
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const kind = select([['IDEA', 'An idea'], ['AMENDMENT', 'A change to a paragraph of the draft']]);
  if (!state.draft) kind.disabled = true;
  const title = el('input', 'govuk-input');
  const text = el('textarea', 'govuk-textarea');
  text.rows = 4;
  const paragraph = select((state.draft ? state.draft.paragraphs : [])
    .map((p) => [p.key, `${p.position}. ${p.text.slice(0, 70)}${p.text.length > 70 ? '…' : ''}`]));
  const proposed = el('textarea', 'govuk-textarea');
  proposed.rows = 4;
  const paragraphGroup = formGroup('idea-paragraph', 'Paragraph to change', paragraph);
  const proposedGroup = formGroup('idea-proposed', 'Your wording for that paragraph', proposed,
    'Edit the paragraph as you would like it to read; the change is shown word by word.');
  const fill = () => {
    const p = state.draft && state.draft.paragraphs.find((x) => x.key === paragraph.value);
    if (p) proposed.value = p.text;
  };
  paragraph.addEventListener('change', fill);
  const toggle = () => {
    const amend = kind.value === 'AMENDMENT';
    paragraphGroup.hidden = !amend;
    proposedGroup.hidden = !amend;
    if (amend && !proposed.value) fill();
  };
  kind.addEventListener('change', toggle);
  const button = el('button', 'govuk-button', 'Propose');
  button.type = 'submit';
  form.append(formGroup('idea-kind', 'What are you proposing?', kind), formGroup('idea-title', 'Title', title),
    formGroup('idea-text', 'Describe it (why, for whom)', text, 'Markdown: **bold**, lists, links.'),
    paragraphGroup, proposedGroup, button);
  toggle();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const payload = { title: title.value, text: text.value };
    if (kind.value === 'AMENDMENT') {
      payload.paragraphKey = paragraph.value;
      payload.proposedText = proposed.value;
    }
    const r = await api(`/api/engagements/${state.round.id}/ideas`, json('POST', payload));
    button.disabled = false;
    if (r.ok) {
      form.reset();
      proposed.value = '';
      toggle();
      errors.replaceChildren(el('p', 'govuk-body agora-proposed', 'Thank you: your proposal is listed below.'));
      refresh();
    } else {
      showProblem(r, errors);
    }
  });
  section.append(errors, form);
  return section;
}

function filters(refresh) {
  const form = el('form', 'agora-idea-filters');
  const sort = select([['supported', 'Most supported'], ['newest', 'Newest'], ['oldest', 'Oldest']]);
  const status = select([['', 'Any status'], ...Object.entries(STATUS).map(([v, [t]]) => [v, t])]);
  sort.value = state.sort;
  status.value = state.status;
  const apply = () => { state.sort = sort.value; state.status = status.value; refresh(); };
  sort.addEventListener('change', apply);
  status.addEventListener('change', apply);
  form.append(formGroup('ideas-sort', 'Sort by', sort), formGroup('ideas-status', 'Status', status));
  if (signedIn()) {
    const mine = el('input', 'govuk-checkboxes__input');
    mine.type = 'checkbox';
    mine.id = 'ideas-mine';
    mine.checked = state.mine;
    const label = el('label', 'govuk-label govuk-checkboxes__label', 'Only ideas I proposed or support (the ones I follow)');
    label.htmlFor = 'ideas-mine';
    const item = el('div', 'govuk-checkboxes__item');
    item.append(mine, label);
    const box = el('div', 'govuk-checkboxes govuk-checkboxes--small');
    box.append(item);
    mine.addEventListener('change', () => { state.mine = mine.checked; refresh(); });
    form.append(box);
  }
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

async function main() {
  state.me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  state.round = await roundFromAddress(status);
  if (!state.round) return;
  const round = state.round;
  document.title = `${round.title}: ideas – Agora public engagement`;
  if (round.draft) {
    const d = await api(`/api/policies/${round.draft.policyId}/versions/${round.draft.number}`);
    if (d.ok) state.draft = await d.json();
  }
  const header = [el('span', 'govuk-caption-l', `${round.agency} – ideas and co-development`), el('h1', 'govuk-heading-l', round.title)];
  if (round.summary) header.push(el('p', 'govuk-body-l', round.summary));
  const facts = el('p', 'govuk-body agora-meta');
  facts.append(document.createTextNode(isOpen() && round.closesAt ? `${timeLeft(round.closesAt)}. ` : `This round is ${round.state.toLowerCase().replace('_', ' ')}. `));
  if (round.draft) {
    facts.append(link(`/draft.html?policy=${round.draft.policyId}&version=${round.draft.number}&round=${round.id}`,
      `Read the draft: ${round.draft.policyTitle}, version ${round.draft.number}`));
  }
  header.push(facts);
  const changes = announcements(round);
  if (changes) header.push(changes);
  if (manages() && round.draft) {
    const p = el('p', 'govuk-body');
    p.append(link(`/policy.html?id=${round.draft.policyId}`, 'Publish the next version with the accepted amendments'));
    header.push(p);
  }
  const listBox = el('div', 'agora-ideas-box');
  const list = el('ul', 'govuk-list agora-ideas');
  const summary = el('p', 'govuk-body agora-ideas-summary');
  summary.setAttribute('aria-live', 'polite');
  const refresh = async () => {
    const q = new URLSearchParams({ sort: state.sort, size: '100' });
    if (state.status) q.set('status', state.status);
    if (state.mine) q.set('mine', 'true');
    const r = await api(`/api/engagements/${round.id}/ideas?${q}`);
    if (!r.ok) { showProblem(r, listBox); return; }
    const page = await r.json();
    const sources = await api(`/api/engagements/${round.id}/evidence/badges?on=idea`);
    state.sources = sources.ok ? await sources.json() : {};
    summary.textContent = `${page.total} proposal${page.total === 1 ? '' : 's'} shown`
      + (Object.keys(page.byStatus).length ? ` · ${Object.entries(page.byStatus).map(([k, v]) => `${(STATUS[k] || [k])[0].toLowerCase()}: ${v}`).join(', ')}` : '');
    list.replaceChildren(...page.items.map((i) => ideaItem(i, refresh)));
  };
  listBox.append(summary, list);
  const parts = [...header];
  if (participates() && isOpen()) parts.push(proposeForm(refresh));
  else if (!signedIn() && isOpen()) parts.push(el('p', 'govuk-inset-text', 'Sign in to propose ideas and support them.'));
  parts.push(el('h2', 'govuk-heading-m', 'Proposals'), filters(refresh), listBox);
  content.replaceChildren(...parts);
  status.textContent = '';
  await refresh();
  if (window.location.hash) document.querySelector(window.location.hash)?.scrollIntoView();
}

main();
