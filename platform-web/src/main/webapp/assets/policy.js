// One policy: its versions, the rounds held on them in order (the timeline), and for its agency's officers a form
// to publish the next version by pasting Markdown or uploading a Markdown/plain-text file.
import { api } from '/assets/account.js';
import {
  date, el, formGroup, isTrainingAgency, layout, link, mayManage, MODE_SINGULAR, params, select, showProblem,
} from '/assets/layout.js';

const STATES = {
  SCHEDULED: 'scheduled', OPEN: 'open', CLOSED: 'closed', OUTCOME_PUBLISHED: 'outcome published', ARCHIVED: 'archived',
  DRAFT: 'draft',
};

function versionsTable(detail) {
  const table = el('table', 'govuk-table');
  table.append(el('caption', 'govuk-table__caption govuk-table__caption--m', 'Versions'));
  const head = el('thead', 'govuk-table__head');
  const hr = el('tr', 'govuk-table__row');
  for (const h of ['Version', 'Published', 'What changed', 'Paragraphs', 'Compare']) {
    const th = el('th', 'govuk-table__header', h);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody', 'govuk-table__body');
  for (const v of [...detail.versions].reverse()) {
    const tr = el('tr', 'govuk-table__row');
    const number = el('td', 'govuk-table__cell');
    number.append(link(`/draft.html?policy=${detail.policy.id}&version=${v.number}`, `Version ${v.number}`));
    const compare = el('td', 'govuk-table__cell');
    if (v.number > 1) {
      compare.append(link(`/diff.html?policy=${detail.policy.id}&from=${v.number - 1}&to=${v.number}`,
        `Changes from version ${v.number - 1}`));
    }
    tr.append(number, el('td', 'govuk-table__cell', `${date(v.publishedAt)} by ${v.publishedBy}`),
      el('td', 'govuk-table__cell', v.changelog || '—'), el('td', 'govuk-table__cell', String(v.paragraphs)), compare);
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

function timeline(detail) {
  const section = el('section');
  section.append(el('h2', 'govuk-heading-m', 'Rounds'));
  if (detail.rounds.length === 0) {
    section.append(el('p', 'govuk-body', 'No rounds have been held on this policy yet.'));
    return section;
  }
  const list = el('ol', 'govuk-list govuk-list--number agora-timeline');
  detail.rounds.forEach((r) => {
    const li = el('li');
    li.dataset.roundId = r.id;
    li.append(el('strong', undefined, r.title),
      document.createTextNode(` – ${MODE_SINGULAR[r.mode] || r.mode} on version ${r.draftVersion}, `
        + `${STATES[r.state] || r.state}` + (r.closesAt ? ` (closes ${date(r.closesAt)})` : '') + ' '));
    if (r.state === 'OPEN') li.append(link(`/draft.html?policy=${detail.policy.id}&version=${r.draftVersion}&round=${r.id}`, 'Read and comment'));
    if (r.state === 'OUTCOME_PUBLISHED' || r.state === 'ARCHIVED') li.append(link(`/outcome.html?round=${r.id}`, 'What you said, what we did'));
    list.append(li);
  });
  section.append(list);
  return section;
}

function publishForm(detail) {
  const section = el('section', 'agora-publish');
  const next = detail.policy.latestVersion + 1;
  section.append(el('h2', 'govuk-heading-m', `Publish version ${next}`));
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const markdown = el('textarea', 'govuk-textarea');
  markdown.rows = 12;
  const file = el('input', 'govuk-file-upload');
  file.type = 'file';
  file.accept = '.md,.markdown,.txt,text/markdown,text/plain';
  const changelog = el('textarea', 'govuk-textarea');
  changelog.rows = 2;
  const button = el('button', 'govuk-button', `Publish version ${next}`);
  button.type = 'submit';
  if (detail.policy.latestVersion > 0) {
    // co-development: start from the latest version with the amendments the agency accepted
    const staged = el('button', 'govuk-button govuk-button--secondary agora-load-staged',
      `Start from version ${detail.policy.latestVersion} with accepted amendments`);
    staged.type = 'button';
    const stagedInfo = el('div', 'agora-staged-info');
    staged.addEventListener('click', async () => {
      const response = await api(`/api/policies/${detail.policy.id}/staged-draft`);
      if (!response.ok) { showProblem(response, errors); return; }
      const draft = await response.json();
      markdown.value = draft.markdown;
      if (draft.applied.length > 0 && !changelog.value) {
        changelog.value = `Accepted amendments: ${draft.applied.map((a) => a.title).join('; ')}`;
      }
      const info = [el('p', 'govuk-body', draft.applied.length === 0
        ? 'No accepted amendments are waiting; this is the latest version as published.'
        : `${draft.applied.length} accepted amendment${draft.applied.length === 1 ? '' : 's'} applied below. Review the text, then publish.`)];
      if (draft.stale.length > 0) {
        const list = el('ul', 'govuk-list govuk-list--bullet');
        draft.stale.forEach((a) => {
          const li = el('li');
          li.append(link(`/ideas.html?round=${a.roundId}#idea-${a.ideaId}`, a.title),
            document.createTextNode(' was proposed on an older version: apply it by hand if it still fits.'));
          list.append(li);
        });
        info.push(list);
      }
      stagedInfo.replaceChildren(...info);
      markdown.focus();
    });
    form.append(staged, stagedInfo);
  }
  form.append(
    formGroup('draft-markdown', 'Draft text', markdown, 'Paste Markdown: # headings, blank lines between paragraphs, - lists.'),
    formGroup('draft-file', 'Or upload a file', file, 'Markdown or plain text, saved as UTF-8.'),
    formGroup('draft-changelog', 'What changed in this version', changelog, 'Shown to everyone beside the version.'),
    button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    let response;
    if (file.files.length > 0) {
      const type = file.files[0].name.endsWith('.txt') ? 'text/plain' : 'text/markdown';
      response = await api(`/api/policies/${detail.policy.id}/versions?changelog=${encodeURIComponent(changelog.value)}`,
        { method: 'POST', headers: { 'Content-Type': type }, body: file.files[0] });
    } else {
      response = await api(`/api/policies/${detail.policy.id}/versions`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ markdown: markdown.value, changelog: changelog.value }),
      });
    }
    button.disabled = false;
    if (response.ok) {
      const version = await response.json();
      window.location.assign(`/draft.html?policy=${detail.policy.id}&version=${version.number}&published=1`);
    } else {
      showProblem(response, errors);
    }
  });
  section.append(errors, form);
  return section;
}

function openRoundForm(detail) {
  const section = el('section', 'agora-open-round');
  section.append(el('h2', 'govuk-heading-m', 'Open a round on a version'));
  const errors = el('div');
  const form = el('form');
  form.noValidate = true;
  const version = select([...detail.versions].reverse().map((v) => [v.id, `Version ${v.number}`]));
  const mode = select([['CONSULTATION', 'Consultation'], ['CO_DEVELOPMENT', 'Ideas and co-development'],
    ['CUSTOMER_SERVICE', 'Questions and answers'], ['BROADCAST', 'Updates']]);
  const title = el('input', 'govuk-input');
  const opens = el('input', 'govuk-input govuk-input--width-20');
  opens.type = 'datetime-local';
  const closes = el('input', 'govuk-input govuk-input--width-20');
  closes.type = 'datetime-local';
  const checkbox = (id, text, checked) => {
    const item = el('div', 'govuk-checkboxes__item');
    const input = el('input', 'govuk-checkboxes__input');
    input.type = 'checkbox';
    input.id = id;
    input.checked = checked;
    const l = el('label', 'govuk-label govuk-checkboxes__label', text);
    l.htmlFor = id;
    item.append(input, l);
    return [item, input];
  };
  const [commentsItem, comments] = checkbox('round-comments', 'Comments on', true);
  const [premodItem, premod] = checkbox('round-premoderation', 'Pre-moderate comments', false);
  const [attachItem, attach] = checkbox('round-attachments', 'Attachments allowed', true);
  const boxes = el('div', 'govuk-checkboxes govuk-checkboxes--small govuk-form-group');
  boxes.append(commentsItem, premodItem, attachItem);
  const maxLength = el('input', 'govuk-input govuk-input--width-5');
  maxLength.inputMode = 'numeric';
  maxLength.value = '5000';
  const slow = el('input', 'govuk-input govuk-input--width-5');
  slow.inputMode = 'numeric';
  slow.value = '0';
  const uploadLimit = el('input', 'govuk-input govuk-input--width-3');
  uploadLimit.inputMode = 'numeric';
  uploadLimit.value = '20';
  const button = el('button', 'govuk-button', 'Create round');
  button.type = 'submit';
  form.append(formGroup('round-version', 'Draft version', version), formGroup('round-mode', 'Mode', mode),
    formGroup('round-title', 'Title', title),
    formGroup('round-opens', 'Opens', opens, 'Leave empty to open it now.'), formGroup('round-closes', 'Closes', closes),
    boxes, formGroup('round-max-length', 'Maximum comment length (characters)', maxLength),
    formGroup('round-slow-mode', 'Slow mode (seconds between comments per person)', slow),
    formGroup('round-upload-limit', 'Largest evidence file (MB, 1 to 100)', uploadLimit), button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const iso = (input) => (input.value ? new Date(input.value).toISOString() : null);
    const body = {
      title: title.value, mode: mode.value, draftVersionId: Number(version.value), opensAt: iso(opens),
      closesAt: iso(closes), agency: detail.policy.agency,
      settings: {
        commentsEnabled: comments.checked, preModeration: premod.checked, attachmentsAllowed: attach.checked,
        maxCommentLength: Number(maxLength.value), slowModeSeconds: Number(slow.value),
        maxUploadMegabytes: Number(uploadLimit.value),
      },
    };
    const created = await api('/api/engagements', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!created.ok) {
      showProblem(created, errors);
      return;
    }
    const round = await created.json();
    const action = body.opensAt && new Date(body.opensAt) > new Date() ? 'schedule' : 'open';
    const moved = await api(`/api/engagements/${round.id}/${action}`, { method: 'POST' });
    if (!moved.ok) {
      showProblem(moved, errors);
      return;
    }
    window.location.reload();
  });
  section.append(errors, form);
  return section;
}

async function load() {
  const me = await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const id = params().get('id');
  const response = await api(`/api/policies/${encodeURIComponent(id)}`);
  if (!response.ok) {
    status.textContent = response.status === 404 ? 'There is no such policy.' : 'Sorry, the policy could not be loaded.';
    return;
  }
  const detail = await response.json();
  document.title = `${detail.policy.title} – Agora public engagement`;
  const parts = [el('span', 'govuk-caption-l', detail.policy.agency), el('h1', 'govuk-heading-xl', detail.policy.title)];
  if (detail.policy.summary) parts.push(el('p', 'govuk-body-l', detail.policy.summary));
  if (detail.versions.length > 0) {
    parts.push(versionsTable(detail));
  } else {
    parts.push(el('p', 'govuk-body', 'No version has been published yet. Only your agency can see this policy.'));
  }
  parts.push(timeline(detail));
  const manages = mayManage(me, detail.policy.agency);
  if (manages) {
    parts.push(publishForm(detail));
    // a training run's draft is discussed in the run's own round; its trainee opens no live round on it
    if (detail.versions.length > 0 && !isTrainingAgency(detail.policy.agency)) parts.push(openRoundForm(detail));
  }
  content.replaceChildren(...parts);
  status.textContent = '';
}

load();
