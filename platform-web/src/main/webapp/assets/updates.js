// The updates of a broadcast round (updates.html?round=ID). Everyone reads them with their sources and reaction
// counts; signed-in people react and ask a clarifying question; officers of the round's agency post, edit and
// withdraw updates and see how many people read them. Update HTML comes from the server rendered from Markdown and
// sanitised (OWASP); everything else is inserted with textContent only. Officers attach files as evidence to an update
// (the evidence form and badges of comments.js); they are listed with the update's web sources.
import { api } from '/assets/account.js';
import { attachForm, badges } from '/assets/comments.js';
import {
  announcements, date, el, formGroup, layout, link, roundFromAddress, showProblem, timeLeft,
} from '/assets/layout.js';

const PAGE_SIZE = 20;
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

function when(iso) {
  const t = el('time', undefined, timeFormat.format(new Date(iso)));
  t.dateTime = iso;
  return t;
}

function json(method, body) {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Sanitised update HTML, with the design system's classes; links in it never pass on who sent the reader. */
function body(html) {
  const div = el('div', 'agora-update__body');
  div.innerHTML = html; // sanitised on the server (CommonMark + OWASP)
  div.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => {
    const replacement = el('h3', 'govuk-heading-s');
    replacement.append(...h.childNodes);
    h.replaceWith(replacement);
  });
  div.querySelectorAll('p').forEach((x) => x.classList.add('govuk-body'));
  div.querySelectorAll('ul').forEach((x) => x.classList.add('govuk-list', 'govuk-list--bullet'));
  div.querySelectorAll('ol').forEach((x) => x.classList.add('govuk-list', 'govuk-list--number'));
  div.querySelectorAll('blockquote').forEach((x) => x.classList.add('govuk-inset-text'));
  div.querySelectorAll('a').forEach((x) => { x.classList.add('govuk-link'); x.rel = 'noopener noreferrer nofollow'; });
  return div;
}

/** Evidence cited on each update (files and web pages), by update id: loaded once with the page. */
let evidence = {};

/** The update's web sources, then the evidence attached to it (files with their credibility verdict). */
function sourcesList(update, attached, reviewer) {
  const section = el('div', 'agora-sources');
  section.append(el('h3', 'govuk-heading-s', 'Sources'));
  const list = el('ol', 'govuk-list govuk-list--number');
  for (const s of update.sources) {
    const li = el('li', 'agora-source');
    const a = link(s.url, s.title);
    a.rel = 'noopener noreferrer nofollow';
    let host = '';
    try { host = new URL(s.url).host; } catch (e) { /* shown without its host */ }
    li.append(a);
    if (host) li.append(el('span', 'govuk-body-s agora-meta', ` (${host})`));
    if (s.quote) li.append(el('blockquote', 'govuk-inset-text govuk-body-s', `“${s.quote}”`));
    list.append(li);
  }
  if (update.sources.length) section.append(list);
  if (attached.length) section.append(badges(attached, { reviewer }));
  return section;
}

/** Helpful / not helpful: toggle buttons for people who are signed in, counts for everyone. */
function reactions(update, me, round, replace) {
  const box = el('div', 'agora-reactions');
  const errors = el('div');
  const label = { HELPFUL: 'Helpful', NOT_HELPFUL: 'Not helpful' };
  const count = { HELPFUL: update.helpful, NOT_HELPFUL: update.notHelpful };
  // the agency does not rate its own updates; trainees and trainers act only in sandbox rounds
  const canReact = me.authenticated && round.state === 'OPEN' && update.state === 'PUBLISHED' && !update.canManage
    && round.you.contribute;
  if (!canReact) {
    box.append(el('p', 'govuk-body-s agora-reaction-counts',
      `${update.helpful} found this helpful · ${update.notHelpful} did not`));
    if (!me.authenticated && update.state === 'PUBLISHED' && round.state === 'OPEN') {
      box.append(el('p', 'govuk-body-s', 'Sign in to say whether this update helped you.'));
    }
    return box;
  }
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Was this update helpful?');
  for (const kind of ['HELPFUL', 'NOT_HELPFUL']) {
    const mine = update.myReaction === kind;
    const button = el('button', 'govuk-button govuk-button--secondary agora-react',
      `${label[kind]} (${count[kind]})`);
    button.type = 'button';
    button.dataset.reaction = kind;
    button.setAttribute('aria-pressed', String(mine));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const path = `/api/updates/${update.id}/reaction`;
      const response = mine ? await api(path, { method: 'DELETE' }) : await api(path, json('PUT', { reaction: kind }));
      if (response.ok) replace(await response.json()); else { button.disabled = false; showProblem(response, errors); }
    });
    box.append(button);
  }
  box.append(errors);
  return box;
}

/** "Ask a clarifying question": lands in the agency's question queue for this round (questions component). */
function askForm(update, round) {
  const details = el('details', 'govuk-details agora-ask');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Ask a clarifying question'));
  const inner = el('div', 'govuk-details__text');
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const title = el('input', 'govuk-input');
  title.value = `About: ${update.title}`.slice(0, 200);
  const text = el('textarea', 'govuk-textarea');
  text.rows = 4;
  const send = el('button', 'govuk-button', 'Send question');
  send.type = 'submit';
  form.append(formGroup(`ask-title-${update.id}`, 'Subject', title),
    formGroup(`ask-body-${update.id}`, 'Your question', text,
      'The agency answers in its question queue. Only you and the agency see your question.'), send);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    const response = await api(`/api/engagements/${round.id}/questions`,
      json('POST', { title: title.value, body: text.value, public: false }));
    send.disabled = false;
    if (response.ok) {
      const done = el('p', 'govuk-body agora-asked', 'Your question was sent. ');
      done.setAttribute('role', 'status');
      done.append(link(`/questions.html?round=${round.id}`, 'See your questions and the answers'));
      inner.replaceChildren(done);
    } else {
      showProblem(response, errors);
    }
  });
  inner.append(errors, form);
  details.append(summary, inner);
  return details;
}

/** Title, Markdown text, sources and pin: the same form posts a new update and edits one. */
function updateForm(idPrefix, initial, submitText, onSubmit) {
  const errors = el('div');
  const form = el('form', 'agora-update-form');
  form.noValidate = true;
  const title = el('input', 'govuk-input');
  title.maxLength = 200;
  title.value = initial.title || '';
  const text = el('textarea', 'govuk-textarea');
  text.rows = 8;
  text.value = initial.markdown || '';
  const fieldset = el('fieldset', 'govuk-fieldset');
  fieldset.append(el('legend', 'govuk-fieldset__legend govuk-fieldset__legend--s', 'Sources (web pages you cite)'));
  const rows = el('div', 'agora-source-rows');
  let n = 0;
  const addRow = (s = {}) => {
    n += 1;
    const row = el('div', 'agora-source-row');
    const url = el('input', 'govuk-input agora-source-url');
    url.type = 'url';
    url.value = s.url || '';
    const t = el('input', 'govuk-input agora-source-title');
    t.value = s.title || '';
    const q = el('textarea', 'govuk-textarea agora-source-quote');
    q.rows = 2;
    q.value = s.quote || '';
    row.append(formGroup(`${idPrefix}-url-${n}`, `Source ${n}: web address`, url, 'Starting with https:// or http://'),
      formGroup(`${idPrefix}-stitle-${n}`, `Source ${n}: title`, t),
      formGroup(`${idPrefix}-quote-${n}`, `Source ${n}: quoted passage (optional)`, q));
    rows.append(row);
  };
  (initial.sources && initial.sources.length ? initial.sources : [{}]).forEach(addRow);
  const more = el('button', 'govuk-button govuk-button--secondary', 'Add another source');
  more.type = 'button';
  more.addEventListener('click', () => addRow());
  fieldset.append(rows, more);
  const pin = el('input', 'govuk-checkboxes__input');
  pin.type = 'checkbox';
  pin.id = `${idPrefix}-pinned`;
  pin.checked = !!initial.pinned;
  const pinLabel = el('label', 'govuk-label govuk-checkboxes__label', 'Pin to the top of the round');
  pinLabel.htmlFor = pin.id;
  const pinItem = el('div', 'govuk-checkboxes__item');
  pinItem.append(pin, pinLabel);
  const pinBox = el('div', 'govuk-checkboxes govuk-checkboxes--small govuk-form-group');
  pinBox.append(pinItem);
  const submit = el('button', 'govuk-button', submitText);
  submit.type = 'submit';
  form.append(formGroup(`${idPrefix}-title`, 'Title', title),
    formGroup(`${idPrefix}-body`, 'Update', text, 'Markdown: **bold**, *italic*, lists, [links](https://…).'),
    fieldset, pinBox, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sources = [...rows.children].map((row) => ({
      url: row.querySelector('.agora-source-url').value.trim(),
      title: row.querySelector('.agora-source-title').value.trim(),
      quote: row.querySelector('.agora-source-quote').value.trim() || undefined,
    })).filter((s) => s.url || s.title);
    submit.disabled = true;
    const response = await onSubmit({ title: title.value, body: text.value, sources, pinned: pin.checked });
    submit.disabled = false;
    if (!response.ok) showProblem(response, errors);
  });
  const wrapper = el('div');
  wrapper.append(errors, form);
  return wrapper;
}

function manageTools(update, replace) {
  const tools = el('div', 'agora-manage');
  const edit = el('details', 'govuk-details agora-edit');
  const s1 = el('summary', 'govuk-details__summary');
  s1.append(el('span', 'govuk-details__summary-text', 'Edit this update'));
  const e1 = el('div', 'govuk-details__text');
  e1.append(updateForm(`edit-${update.id}`, update, 'Save changes', async (body) => {
    const response = await api(`/api/updates/${update.id}`, json('PUT', body));
    if (response.ok) replace(await response.json());
    return response;
  }));
  edit.append(s1, e1);
  const withdraw = el('details', 'govuk-details agora-withdraw');
  const s2 = el('summary', 'govuk-details__summary');
  s2.append(el('span', 'govuk-details__summary-text', 'Withdraw this update'));
  const e2 = el('div', 'govuk-details__text');
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const reason = el('textarea', 'govuk-textarea');
  reason.rows = 2;
  const button = el('button', 'govuk-button govuk-button--warning', 'Withdraw');
  button.type = 'submit';
  form.append(formGroup(`withdraw-${update.id}`, 'Reason (shown with the withdrawn update)', reason,
    'The title and the date stay listed, so readers know something was taken back.'), button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await api(`/api/updates/${update.id}/withdrawal`, json('POST', { reason: reason.value }));
    if (response.ok) replace(await response.json()); else showProblem(response, errors);
  });
  e2.append(errors, form);
  withdraw.append(s2, e2);
  tools.append(edit, withdraw);
  return tools;
}

function updateArticle(update, me, round) {
  const article = el('article', `agora-update${update.state === 'WITHDRAWN' ? ' agora-update--withdrawn' : ''}`);
  article.id = `update-${update.id}`;
  article.setAttribute('aria-labelledby', `update-${update.id}-title`);
  const replace = (fresh) => article.replaceWith(updateArticle(fresh, me, round));
  const heading = el('h2', 'govuk-heading-m', update.title);
  heading.id = `update-${update.id}-title`;
  if (update.pinned) heading.prepend(el('strong', 'govuk-tag govuk-tag--yellow agora-pinned', 'Pinned'), ' ');
  const meta = el('p', 'govuk-body-s agora-meta');
  meta.append(`Posted by ${update.author}, ${update.agency}, on `, when(update.postedAt));
  if (update.editedAt) meta.append(' · edited ', when(update.editedAt));
  article.append(heading, meta);
  if (update.state === 'WITHDRAWN') {
    const note = el('p', 'govuk-body agora-withdrawn');
    note.append('Withdrawn on ', when(update.withdrawnAt), update.withdrawalReason ? `: ${update.withdrawalReason}` : '.');
    article.append(note, reactions(update, me, round, replace));
    return article;
  }
  article.append(body(update.html));
  const attached = evidence[update.id] || [];
  const reviewer = update.canManage || round.you.moderate;
  if (update.sources.length || attached.length) article.append(sourcesList(update, attached, reviewer));
  article.append(reactions(update, me, round, replace));
  if (me.authenticated && round.state === 'OPEN' && !update.canManage) article.append(askForm(update, round));
  if (update.canManage) article.append(manageTools(update, replace));
  if (update.canManage && round.state === 'OPEN' && round.settings.attachmentsAllowed) {
    article.append(attachForm(round.id, 'update', update.id, 'Attach evidence to this update',
      round.settings.maxUploadMegabytes));
  }
  return article;
}

async function reachPanel(round) {
  const section = el('section', 'agora-reach');
  section.setAttribute('aria-labelledby', 'reach-heading');
  const h = el('h2', 'govuk-heading-m', 'Reach');
  h.id = 'reach-heading';
  section.append(h);
  const response = await api(`/api/engagements/${round.id}/updates/reach`);
  if (!response.ok) {
    section.append(el('p', 'govuk-body', 'Reach figures could not be loaded.'));
    return section;
  }
  const r = await response.json();
  section.append(el('p', 'govuk-body agora-reach-total',
    `${r.reach} unique reader${r.reach === 1 ? '' : 's'} in total (${r.readersToday} today).`),
  el('p', 'govuk-body-s agora-meta', 'Each person counts once per update and day; your agency\'s own reading is'
    + ' not counted. No addresses or names are stored (see the privacy notes in the operations guide).'));
  if (r.updates.length) {
    const table = el('table', 'govuk-table');
    const head = el('thead', 'govuk-table__head');
    const hr = el('tr', 'govuk-table__row');
    for (const t of ['Update', 'Readers', 'Today']) {
      const th = el('th', 'govuk-table__header', t);
      th.scope = 'col';
      hr.append(th);
    }
    head.append(hr);
    const tbody = el('tbody', 'govuk-table__body');
    for (const u of r.updates) {
      const tr = el('tr', 'govuk-table__row');
      tr.dataset.updateId = u.id;
      tr.append(el('td', 'govuk-table__cell', u.title + (u.state === 'WITHDRAWN' ? ' (withdrawn)' : '')),
        el('td', 'govuk-table__cell agora-reach-count', String(u.reach)),
        el('td', 'govuk-table__cell', String(u.readersToday)));
      tbody.append(tr);
    }
    table.append(head, tbody);
    section.append(table);
  }
  return section;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const round = await roundFromAddress(status);
  if (!round) return;
  document.title = `${round.title} – Agora public engagement`;
  if (round.mode !== 'BROADCAST') {
    status.textContent = 'This round is not a broadcast round: it has no updates.';
    return;
  }
  const parts = [el('span', 'govuk-caption-l', `Updates from ${round.agency}`), el('h1', 'govuk-heading-xl', round.title)];
  if (round.summary) parts.push(el('p', 'govuk-body-l', round.summary));
  const facts = el('p', 'govuk-body agora-meta');
  if (round.state === 'OPEN' && round.closesAt) facts.append(`${timeLeft(round.closesAt)} (${date(round.closesAt)}). `);
  else facts.append(`This round is ${round.state.toLowerCase().replace('_', ' ')}. `);
  facts.append(link(`/questions.html?round=${round.id}`, 'Questions and answers about this round'));
  parts.push(facts);
  const changes = announcements(round);
  if (changes) parts.push(changes);

  const manages = round.you.manage;
  const list = el('div', 'agora-updates');
  list.id = 'updates';
  if (manages) {
    if (round.state === 'OPEN' || round.state === 'SCHEDULED') {
      const details = el('details', 'govuk-details agora-new-update');
      details.open = true;
      const summary = el('summary', 'govuk-details__summary');
      summary.append(el('span', 'govuk-details__summary-text', 'Post an update'));
      const inner = el('div', 'govuk-details__text');
      const formBox = el('div');
      const makeForm = () => updateForm('new', {}, 'Publish update', async (body) => {
        const response = await api(`/api/engagements/${round.id}/updates`, json('POST', body));
        if (response.ok) {
          const posted = await response.json();
          list.prepend(updateArticle(posted, me, round));
          formBox.replaceChildren(makeForm());
          status.textContent = `Your update “${posted.title}” is published.`;
        }
        return response;
      });
      formBox.append(makeForm());
      inner.append(formBox);
      details.append(summary, inner);
      parts.push(details);
    }
    parts.push(await reachPanel(round));
  }
  parts.push(el('h2', 'govuk-heading-l', 'Updates'), list);
  const more = el('button', 'govuk-button govuk-button--secondary agora-more', 'Show older updates');
  more.hidden = true;
  more.type = 'button';
  parts.push(more);
  content.replaceChildren(...parts);

  const cited = await api(`/api/engagements/${round.id}/evidence/badges?on=update`);
  evidence = cited.ok ? await cited.json() : {};
  let page = 0;
  const loadPage = async () => {
    const response = await api(`/api/engagements/${round.id}/updates?page=${page}&size=${PAGE_SIZE}`);
    if (!response.ok) { showProblem(response, status); return; }
    const data = await response.json();
    list.append(...data.items.map((u) => updateArticle(u, me, round)));
    status.textContent = data.total === 0 ? 'No updates have been published yet.' : '';
    page += 1;
    more.hidden = page * PAGE_SIZE >= data.total;
  };
  more.addEventListener('click', loadPage);
  await loadPage();
}

load();
