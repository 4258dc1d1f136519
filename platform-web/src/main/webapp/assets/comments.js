// Comments beside a draft: counts per paragraph, threads under each paragraph, and for signed-in participants a
// form to comment on a paragraph or on a passage they select. Comment HTML comes from the server, rendered from
// Markdown and sanitised (OWASP); everything else is inserted as text.
import { api } from '/assets/account.js';
import { announcements, date, el, formGroup, link, select, showProblem } from '/assets/layout.js';

const STANCES = [['', 'No stance'], ['SUPPORT', 'Support'], ['OPPOSE', 'Oppose'], ['NEUTRAL', 'Neutral']];

const OUTCOMES = [['ACCEPTED', 'Accepted'], ['PARTLY', 'Partly accepted'], ['NOT_ACCEPTED', 'Not accepted'],
  ['OUT_OF_SCOPE', 'Out of scope']];

/** For the round's officers: record what was done with a thread ("you said, we did"). */
function dispositionForm(roundId, comment, latestVersion) {
  const details = el('details', 'govuk-details agora-disposition-form');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Record what we did'));
  const body = el('div', 'govuk-details__text');
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const id = `disposition-${comment.id}`;
  const outcome = select(OUTCOMES);
  const reason = el('textarea', 'govuk-textarea');
  reason.rows = 3;
  const version = el('input', 'govuk-input govuk-input--width-3');
  version.inputMode = 'numeric';
  version.value = latestVersion ? String(latestVersion) : '';
  const button = el('button', 'govuk-button', 'Record decision');
  button.type = 'submit';
  const group = (suffix, label, input) => formGroup(`${id}-${suffix}`, label, input);
  f.append(group('outcome', 'Outcome', outcome), group('reason', 'Reason (shown to everyone)', reason),
    group('version', 'Answered in version', version), button);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const payload = { commentIds: [comment.id], outcome: outcome.value, reason: reason.value };
    if (version.value) payload.answeredInVersion = Number(version.value);
    if (comment.anchor) payload.paragraphKeys = [comment.anchor.paragraphKey];
    const response = await api(`/api/engagements/${roundId}/dispositions`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload),
    });
    if (response.ok) {
      body.replaceChildren(el('p', 'govuk-body agora-disposition-recorded', 'Decision recorded.'));
    } else {
      showProblem(response, errors);
    }
  });
  body.append(errors, f);
  details.append(summary, body);
  return details;
}

const FLAG_REASONS = [['SPAM', 'Spam or advertising'], ['ABUSE', 'Abuse or harassment'], ['OFF_TOPIC', 'Off topic'],
  ['MISINFORMATION', 'Misinformation'], ['PRIVACY', 'Personal data'], ['OTHER', 'Something else (say what)']];

const REASON_LABELS = Object.fromEntries(FLAG_REASONS);

/** "Report": a flag with a reason, for signed-in participants on someone else's comment or idea. */
export function reportForm(contentType, contentId) {
  const details = el('details', 'govuk-details agora-report');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Report'));
  const body = el('div', 'govuk-details__text');
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const id = `report-${contentType}-${contentId}`;
  const reason = select(FLAG_REASONS);
  const more = el('textarea', 'govuk-textarea');
  more.rows = 2;
  const group = (suffix, label, input) => formGroup(`${id}-${suffix}`, label, input);
  const button = el('button', 'govuk-button govuk-button--warning', 'Send report');
  button.type = 'submit';
  f.append(group('reason', 'Why should moderators look at this?', reason), group('details', 'Details (optional)', more),
    button);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const payload = { contentType, contentId, reason: reason.value };
    if (more.value.trim()) payload.details = more.value.trim();
    const response = await api('/api/flags', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload),
    });
    if (response.ok) {
      body.replaceChildren(el('p', 'govuk-body agora-report-received',
        'Thank you: moderators have your report. You can follow it under "Moderation notices".'));
    } else {
      showProblem(response, errors);
    }
  });
  body.append(errors, f);
  details.append(summary, body);
  return details;
}

/** A source's credibility verdicts in words; the evidence library capitalises them for its tags and form. */
export const VERDICT_TEXT = { VERIFIED: 'verified', DISPUTED: 'disputed', UNVERIFIED: 'not yet checked' };

/** A verdict as a coloured tag, capitalised where the tag starts a line. */
export function verdictTag(verdict, capitalised) {
  const text = VERDICT_TEXT[verdict] || verdict || VERDICT_TEXT.UNVERIFIED;
  return el('strong', `govuk-tag agora-verdict agora-verdict--${(verdict || 'UNVERIFIED').toLowerCase()}`,
    capitalised ? text[0].toUpperCase() + text.slice(1) : text);
}
const STATUS_TEXT = { RECEIVED: 'extracting text…', EXTRACTED: '', FAILED: 'text could not be read' };

/** The sources a comment cites, each with its credibility verdict; reviewers can mark one verified. */
export function badges(list, context) {
  const ul = el('ul', 'govuk-list agora-badges');
  for (const b of list) {
    const li = el('li', 'agora-badge');
    li.dataset.sourceId = b.sourceId || '';
    if (b.sourceId) {
      li.append(verdictTag(b.verdict), ' ',
      link(`/api/evidence/${b.sourceId}/file`, `Source: ${b.title}`),
      STATUS_TEXT[b.status] ? ` (${STATUS_TEXT[b.status]})` : '');
      if (context.reviewer && b.verdict !== 'VERIFIED') {
        const verify = el('button', 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 agora-verify',
          'Mark verified');
        verify.type = 'button';
        verify.addEventListener('click', async () => {
          const response = await api(`/api/evidence/${b.sourceId}/verdict`, {
            method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ verdict: 'VERIFIED', note: 'Checked against the original.' }),
          });
          if (response.ok) window.location.reload(); else showProblem(response, li);
        });
        li.append(' ', verify);
      }
    } else {
      const a = link(b.url, `Web page: ${b.title || b.url}`);
      a.rel = 'nofollow noopener noreferrer';
      li.append(a);
    }
    ul.append(li);
  }
  return ul;
}

/**
 * Attach a file as evidence to a comment, a paragraph or an idea ({@code on}: comment, paragraph or idea, with its
 * id or key): uploaded as is, checked and read on the server, then shown here.
 */
export function attachForm(roundId, on, targetId, label = 'Attach evidence', maxMegabytes = 20) {
  const details = el('details', 'govuk-details agora-attach');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', label));
  const body = el('div', 'govuk-details__text');
  const errors = el('div');
  const file = el('input', 'govuk-file-upload');
  file.type = 'file';
  file.accept = '.pdf,.docx,.odt,.xlsx,.csv,.txt,.md,.png,.jpg,.jpeg';
  const button = el('button', 'govuk-button govuk-button--secondary', 'Upload');
  button.type = 'submit';
  const progress = el('ul', 'govuk-list agora-attach-progress');
  progress.setAttribute('aria-live', 'polite');
  const f = el('form');
  f.noValidate = true;
  f.append(formGroup(`attach-${on}-${targetId}`, `A PDF, office document, spreadsheet, text or picture (up to ${maxMegabytes} MB)`,
    file), button);
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) return;
    button.disabled = true;
    const response = await api(`/api/engagements/${roundId}/evidence?${on}=${encodeURIComponent(targetId)}`, {
      method: 'POST', headers: { 'Content-Type': chosen.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(chosen.name) }, body: chosen,
    });
    button.disabled = false;
    if (!response.ok) {
      showProblem(response, errors);
      return;
    }
    const uploaded = await response.json();
    const id = uploaded.source.id;
    progress.append(el('li', 'agora-attach-received', `Received ${uploaded.source.fileName}: extracting text…`));
    for (let i = 0; i < 60; i += 1) {
      const s = await api(`/api/evidence/${id}`);
      const source = s.ok ? await s.json() : null;
      if (source && source.status !== 'RECEIVED') {
        progress.append(el('li', 'agora-attach-done', source.status === 'EXTRACTED'
          ? `Source: ${source.title || source.fileName}${source.pages ? ` (${source.pages} pages)` : ''}`
          : `Kept, but its text could not be read (${source.failure || 'unknown reason'})`));
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, 1000); });
    }
  });
  body.append(errors, f, progress);
  details.append(summary, body);
  return details;
}

/** "Reply": a reply in the comment's thread (an officer's reply is marked official by the server). */
function replyForm(roundId, comment, onPosted) {
  const details = el('details', 'govuk-details agora-reply');
  const summary = el('summary', 'govuk-details__summary');
  summary.append(el('span', 'govuk-details__summary-text', 'Reply'));
  const body = el('div', 'govuk-details__text');
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const text = el('textarea', 'govuk-textarea');
  text.rows = 3;
  const button = el('button', 'govuk-button', 'Post reply');
  button.type = 'submit';
  f.append(formGroup(`reply-${comment.id}`, `Your reply to ${comment.author}`, text), button);
  const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const response = await api(`/api/engagements/${roundId}/comments`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ text: text.value, replyTo: comment.id }),
    });
    button.disabled = false;
    if (response.ok) onPosted(); else showProblem(response, errors);
  });
  body.append(errors, f);
  details.append(summary, body);
  return details;
}

function commentItem(c, context) {
  const li = el('li', 'agora-comment');
  li.dataset.commentId = c.id;
  li.id = `comment-${c.id}`;
  const meta = el('p', 'govuk-body-s agora-meta');
  if (c.state === 'DELETED') {
    meta.textContent = 'Comment deleted by its author';
    li.append(meta);
  } else if ((c.state === 'HIDDEN' || c.state === 'REMOVED') && !c.html) {
    const reason = REASON_LABELS[c.moderationReason] || 'house rules';
    meta.textContent = c.state === 'HIDDEN'
      ? `Hidden by moderators pending review (${reason.toLowerCase()})`
      : `Removed by a moderator (${reason.toLowerCase()})`;
    meta.classList.add('agora-moderated');
    li.append(meta);
  } else {
    meta.textContent = `${c.author}${c.official ? ' (official reply)' : ''} · ${date(c.createdAt)}`
      + (c.stance ? ` · ${c.stance.toLowerCase()}` : '')
      + (c.editedAt ? ' · edited' : '')
      + (c.state === 'PENDING' ? (context && context.me && c.author === context.me.displayName
        ? ' · waiting for moderation: only you can see it until a moderator approves it'
        : ' · waiting for moderation (shown to the round\'s staff)') : '')
      + (c.state === 'HIDDEN' ? ' · hidden by moderators (only you can see it)' : '')
      + (c.state === 'REMOVED' ? ' · removed by a moderator (only you can see it)' : '')
      + (c.locked ? ' · thread locked' : '')
      + (c.endorsements ? ` · ${c.endorsements} endorsement${c.endorsements === 1 ? '' : 's'}` : '');
    li.append(meta);
    if (c.anchor && c.anchor.exact) {
      const quote = el('blockquote', 'govuk-inset-text agora-quote', c.anchor.exact);
      li.append(quote);
    }
    const since = c.anchor && context && context.numbers[c.anchor.originalDraftVersionId];
    if (since && since < context.number) {
      const changed = el('p', 'govuk-body-s');
      const a = el('a', 'govuk-link agora-changed-since', `What changed since this comment (version ${since} to ${context.number})`);
      a.href = `/diff.html?policy=${context.policyId}&from=${since}&to=${context.number}`;
      changed.append(a);
      li.append(changed);
    }
    if (c.anchor && c.anchor.status === 'ORPHANED') {
      li.append(el('p', 'govuk-body-s agora-meta', 'The text this comment was about has since been removed.'));
    }
    const body = el('div', 'govuk-body agora-comment__text');
    body.innerHTML = c.html; // sanitised on the server
    li.append(body);
    if (context && context.badges && context.badges[c.id]) li.append(badges(context.badges[c.id], context));
    if (context && context.canAttach && c.state === 'VISIBLE') li.append(attachForm(context.roundId, 'comment', c.id, 'Attach evidence', context.maxUploadMegabytes));
    if (context && context.canReport && c.author !== context.me.displayName && c.state !== 'PENDING') {
      li.append(reportForm('comment', c.id));
    }
    if (context && context.canComment && c.state === 'VISIBLE' && !c.locked) {
      li.append(replyForm(context.roundId, c, context.reload));
    }
  }
  if (c.replies && c.replies.length) {
    const replies = el('ul', 'govuk-list agora-replies');
    replies.append(...c.replies.map((r) => commentItem(r, context)));
    li.append(replies);
  }
  return li;
}

function form(round, paragraphKey, quote, onPosted) {
  const wrapper = el('div', 'agora-comment-form');
  const errors = el('div');
  const f = el('form');
  f.noValidate = true;
  const id = `comment-${paragraphKey}`;
  if (quote) {
    wrapper.append(el('p', 'govuk-body-s', 'Commenting on the passage:'),
      el('blockquote', 'govuk-inset-text agora-quote', quote.exact));
  }
  const label = el('label', 'govuk-label', 'Your comment');
  label.htmlFor = id;
  const text = el('textarea', 'govuk-textarea');
  text.id = id;
  text.rows = 4;
  const stanceLabel = el('label', 'govuk-label', 'Your stance');
  stanceLabel.htmlFor = `${id}-stance`;
  const stance = select(STANCES, `${id}-stance`);
  const button = el('button', 'govuk-button', 'Post comment');
  button.type = 'submit';
  const g1 = el('div', 'govuk-form-group');
  g1.append(label, text);
  const g2 = el('div', 'govuk-form-group');
  g2.append(stanceLabel, stance);
  f.append(g1, g2, button);
  const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const body = { text: text.value, anchor: { paragraphKey } };
    if (stance.value) body.stance = stance.value;
    if (quote) Object.assign(body.anchor, quote);
    const response = await api(`/api/engagements/${round.id}/comments`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body),
    });
    button.disabled = false;
    if (response.ok) {
      onPosted();
    } else {
      showProblem(response, errors);
    }
  });
  wrapper.append(errors, f);
  return wrapper;
}

/** The passage selected inside a paragraph element, with its position in the paragraph's text. */
function selectedPassage(paragraph) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!paragraph.contains(range.commonAncestorContainer)) return null;
  const exact = selection.toString().trim();
  if (!exact) return null;
  const text = paragraph.textContent;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const position = Math.max(0, text.indexOf(exact, Math.max(0, before.toString().length - 5)));
  return { exact, position, prefix: text.slice(Math.max(0, position - 32), position),
    suffix: text.slice(position + exact.length, position + exact.length + 32) };
}

/** Adds counts, threads and comment forms to the paragraphs of a draft shown for a round. */
export async function attachComments(roundId, versionId, me, latestVersion, pageContext) {
  const context = { ...(pageContext || {}), me, roundId };
  const roundResponse = await api(`/api/engagements/${roundId}`);
  if (!roundResponse.ok) return;
  const round = await roundResponse.json();
  const changes = announcements(round);
  const heading = document.querySelector('main h1');
  if (changes && heading) heading.after(changes);
  const threadsResponse = await api(`/api/engagements/${roundId}/comments?sort=oldest&size=100`);
  const threads = threadsResponse.ok ? (await threadsResponse.json()).threads : [];
  // what the viewer may do here comes from the round itself (a trainee runs their training rounds, nothing else)
  const canComment = me.authenticated && round.state === 'OPEN' && round.settings.commentsEnabled
    && round.you.contribute;
  const reload = () => window.location.reload();
  const manages = round.you.manage;
  const badgesResponse = await api(`/api/engagements/${roundId}/evidence/badges`);
  context.badges = badgesResponse.ok ? await badgesResponse.json() : {};
  const paragraphBadges = await api(`/api/engagements/${roundId}/evidence/badges?on=paragraph`);
  const sourcesOf = paragraphBadges.ok ? await paragraphBadges.json() : {};
  context.canAttach = canComment && round.settings.attachmentsAllowed;
  context.maxUploadMegabytes = round.settings.maxUploadMegabytes;
  context.reviewer = manages || round.you.moderate;
  context.canReport = me.authenticated && round.you.contribute;
  context.canComment = canComment;
  context.reload = reload;
  // the comments as list items; for the round's officers each with a form to record what was done
  const withDecisions = (comments) => comments.map((c) => {
    const item = commentItem(c, context);
    if (manages) item.append(dispositionForm(round.id, c, latestVersion));
    return item;
  });

  for (const paragraph of document.querySelectorAll('.agora-paragraph')) {
    const key = paragraph.dataset.key;
    const here = threads.filter((t) => t.anchor && t.anchor.paragraphKey === key && t.anchor.draftVersionId === versionId);
    const box = el('div', 'agora-paragraph-comments');
    const summary = el('p', 'govuk-body-s agora-comment-count', `${here.length} comment${here.length === 1 ? '' : 's'}`);
    summary.dataset.count = String(here.length);
    box.append(summary);
    if (sourcesOf[key]) {
      const sources = el('div', 'agora-paragraph-sources');
      sources.append(el('p', 'govuk-body-s agora-meta', 'Sources cited for this paragraph:'), badges(sourcesOf[key], context));
      box.append(sources);
    }
    if (here.length) {
      const list = el('ul', 'govuk-list agora-thread');
      list.append(...withDecisions(here));
      box.append(list);
    }
    if (canComment) {
      const open = el('button', 'govuk-button govuk-button--secondary agora-comment-here', 'Comment on this paragraph');
      open.type = 'button';
      const textOf = () => paragraph.querySelector('.agora-paragraph__text') || paragraph;
      let captured = null;
      // read the selection before the click can collapse it
      open.addEventListener('pointerdown', () => { captured = selectedPassage(textOf()); });
      open.addEventListener('click', () => {
        const quote = captured || selectedPassage(textOf());
        open.replaceWith(form(round, key, quote, reload));
      });
      box.append(open);
    }
    if (context.canAttach) box.append(attachForm(round.id, 'paragraph', key, 'Cite a source for this paragraph', context.maxUploadMegabytes));
    paragraph.after(box);
  }
  const general = threads.filter((t) => !t.anchor || t.anchor.draftVersionId !== versionId);
  if (general.length) {
    const section = el('section', 'agora-general-comments');
    section.append(el('h2', 'govuk-heading-m', 'Other comments in this round'));
    const list = el('ul', 'govuk-list agora-thread');
    list.append(...withDecisions(general));
    section.append(list);
    document.querySelector('article.agora-draft').after(section);
  }
  if (canComment) {
    document.querySelector('article.agora-draft').before(el('p', 'govuk-inset-text',
      'To comment on part of a paragraph, select the words first, then choose "Comment on this paragraph".'));
  }
}
