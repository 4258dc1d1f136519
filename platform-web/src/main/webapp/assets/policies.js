// Policies being drafted in public; officers can start a new one for their agency.
import { api } from '/assets/account.js';
import { date, el, formGroup, layout, link, showProblem } from '/assets/layout.js';

function startForm(me) {
  const section = el('section', 'agora-start-policy');
  section.append(el('h2', 'govuk-heading-m', 'Start a policy'));
  const errors = el('div');
  const form = el('form', 'govuk-!-margin-bottom-9');
  form.noValidate = true;
  const title = el('input', 'govuk-input');
  const summary = el('textarea', 'govuk-textarea');
  summary.rows = 3;
  const agency = el('input', 'govuk-input');
  const button = el('button', 'govuk-button', 'Start policy');
  button.type = 'submit';
  form.append(formGroup('policy-title', 'Title', title), formGroup('policy-summary', 'Summary (optional)', summary));
  if (me.roles.includes('admin')) form.append(formGroup('policy-agency', 'Agency it belongs to', agency));
  form.append(button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { title: title.value, summary: summary.value };
    if (me.roles.includes('admin')) body.agency = agency.value;
    const response = await api('/api/policies', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (response.ok) {
      const policy = await response.json();
      window.location.assign(`/policy.html?id=${policy.id}`);
    } else {
      showProblem(response, errors);
    }
  });
  section.append(errors, form);
  return section;
}

async function load() {
  const me = await layout();
  document.title = 'Policies – Agora public engagement';
  const status = document.getElementById('status');
  const content = document.getElementById('content');
  const response = await api('/api/policies');
  if (!response.ok) {
    status.textContent = 'Sorry, the policies could not be loaded.';
    return;
  }
  const policies = await response.json();
  const heading = el('h1', 'govuk-heading-xl', 'Policies');
  const list = el('ul', 'govuk-list govuk-list--spaced');
  for (const p of policies) {
    const li = el('li');
    li.dataset.policyId = p.id;
    li.append(link(`/policy.html?id=${p.id}`, p.title, 'govuk-link govuk-!-font-weight-bold'),
      el('span', 'govuk-body-s agora-meta', ` – ${p.agency}, ` + (p.latestVersion > 0
        ? `version ${p.latestVersion}` : 'not yet published') + `, started ${date(p.createdAt)}`));
    list.append(li);
  }
  const parts = [heading];
  if (me.authenticated && (me.roles.includes('agency') || me.roles.includes('admin'))) parts.push(startForm(me));
  parts.push(el('h2', 'govuk-heading-m', 'Drafted in public'), list);
  content.replaceChildren(...parts);
  status.textContent = `${policies.length} polic${policies.length === 1 ? 'y' : 'ies'}.`;
}

load();
