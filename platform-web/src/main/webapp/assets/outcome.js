// "You said, we did": a round's outcome, paragraph by paragraph — what people said and what was done about it.
import { api } from '/assets/account.js';
import { el, layout, link, params } from '/assets/layout.js';

const OUTCOMES = {
  ACCEPTED: 'Accepted', PARTLY: 'Partly accepted', NOT_ACCEPTED: 'Not accepted', OUT_OF_SCOPE: 'Out of scope',
};

function stances(s) {
  return `${s.SUPPORT} support, ${s.OPPOSE} oppose, ${s.NEUTRAL} neutral, ${s.NONE} no stance`;
}

function section(report, s) {
  const box = el('section', 'agora-outcome-section');
  box.dataset.key = s.paragraphKey || '';
  box.append(el('h2', 'govuk-heading-m', s.paragraphKey ? `Paragraph ${s.position}` : 'On the round as a whole'));
  if (s.text) box.append(el('blockquote', 'govuk-inset-text', s.text));
  box.append(el('h3', 'govuk-heading-s', 'What you said'),
    el('p', 'govuk-body', `${s.threads} comment${s.threads === 1 ? '' : 's'}: ${stances(s.stances)}.`));
  const top = el('ul', 'govuk-list agora-thread');
  for (const c of s.topComments) {
    const li = el('li', 'agora-comment');
    li.append(el('p', 'govuk-body-s agora-meta', `${c.author}` + (c.stance ? ` · ${c.stance.toLowerCase()}` : '')
      + (c.endorsements ? ` · ${c.endorsements} endorsements` : '')));
    const body = el('div', 'govuk-body');
    body.innerHTML = c.html; // sanitised on the server
    li.append(body);
    top.append(li);
  }
  box.append(top, el('h3', 'govuk-heading-s', 'What we did'));
  if (s.dispositions.length === 0) {
    box.append(el('p', 'govuk-body', 'No decision recorded for these comments.'));
  }
  for (const d of s.dispositions) {
    const p = el('div', 'agora-disposition');
    p.append(el('strong', 'govuk-tag', OUTCOMES[d.outcome] || d.outcome),
      el('p', 'govuk-body', d.reason));
    if (d.answeredInVersion && report.policyId) {
      p.append(link(`/diff.html?policy=${report.policyId}&from=${report.draftVersion}&to=${d.answeredInVersion}`,
        `See the change in version ${d.answeredInVersion}`));
    }
    box.append(p);
  }
  return box;
}

async function load() {
  await layout();
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const round = encodeURIComponent(params().get('round'));
  const response = await api(`/api/engagements/${round}/outcome`);
  if (!response.ok) {
    status.textContent = 'The outcome of this round has not been published yet.';
    return;
  }
  const r = await response.json();
  document.title = `Outcome: ${r.title} – Agora public engagement`;
  const t = r.totals;
  const parts = [el('span', 'govuk-caption-l', r.agency), el('h1', 'govuk-heading-xl', `Outcome: ${r.title}`),
    el('p', 'govuk-body-l', `${t.threads} comment thread${t.threads === 1 ? '' : 's'}, ${t.disposed} with a recorded decision.`)];
  const data = el('p', 'govuk-body');
  data.append(link(`/api/engagements/${r.roundId}/outcome/csv`, 'Download as CSV'), document.createTextNode(' · '),
    link(`/api/engagements/${r.roundId}/outcome`, 'JSON'));
  if (r.policyId) data.append(document.createTextNode(' · '), link(`/policy.html?id=${r.policyId}`, r.policyTitle));
  parts.push(data, ...r.sections.map((s) => section(r, s)));
  content.replaceChildren(...parts);
  status.textContent = '';
}

load();
