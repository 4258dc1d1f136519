// The home page: open rounds grouped by mode, soonest closing first, with time left. Data is inserted with
// textContent only, never as HTML, so nothing a round's author typed can run as script here.
import { api } from '/assets/account.js';
import { date, el, layout, link, MODE_LABELS, MODE_SINGULAR, timeLeft } from '/assets/layout.js';

const MODE_TAG_COLOURS = {
  BROADCAST: 'govuk-tag--grey',
  CONSULTATION: 'govuk-tag--blue',
  CO_DEVELOPMENT: 'govuk-tag--green',
  CUSTOMER_SERVICE: 'govuk-tag--purple',
};

function roundCard(round) {
  const item = el('li');
  item.dataset.roundId = round.id;
  const card = el('div', 'govuk-summary-card');
  const titleWrapper = el('div', 'govuk-summary-card__title-wrapper');
  titleWrapper.append(el('h4', 'govuk-summary-card__title', round.title),
    el('strong', `govuk-tag ${MODE_TAG_COLOURS[round.mode] || ''}`, MODE_SINGULAR[round.mode] || round.mode));
  card.append(titleWrapper);

  const content = el('div', 'govuk-summary-card__content');
  if (round.summary) content.append(el('p', 'govuk-body', round.summary));
  const facts = el('dl', 'govuk-summary-list govuk-summary-list--no-border');
  const addFact = (key, ...value) => {
    const row = el('div', 'govuk-summary-list__row');
    const dd = el('dd', 'govuk-summary-list__value');
    dd.append(...value);
    row.append(el('dt', 'govuk-summary-list__key', key), dd);
    facts.append(row);
  };
  addFact('Run by', round.agency);
  if (round.closesAt) {
    const time = el('time', undefined, date(round.closesAt));
    time.dateTime = round.closesAt;
    addFact('Time left', el('strong', undefined, timeLeft(round.closesAt)), document.createTextNode(' – '), time);
  }
  if (round.draft) {
    addFact('Draft', link(`/draft.html?policy=${round.draft.policyId}&version=${round.draft.number}&round=${round.id}`,
      `Read ${round.draft.policyTitle}, version ${round.draft.number}`));
  }
  if (round.mode === 'CONSULTATION' || round.mode === 'CO_DEVELOPMENT') {
    addFact('Evidence', link(`/evidence.html?round=${round.id}`, 'Sources cited in this round'));
  }
  if (round.mode === 'CO_DEVELOPMENT') {
    addFact('Ideas', link(`/ideas.html?round=${round.id}`, 'Propose, amend and support ideas'));
  }
  if (round.mode === 'BROADCAST') {
    addFact('Updates', link(`/updates.html?round=${round.id}`, 'Read the updates', 'govuk-link agora-updates-link'));
  }
  if (round.mode === 'CUSTOMER_SERVICE') {
    addFact('Questions', link(`/questions.html?round=${round.id}`, 'Ask a question or read the answers'));
  }
  content.append(facts);
  card.append(content);
  item.append(card);
  return item;
}

async function load() {
  const status = document.getElementById('rounds-status');
  const container = document.getElementById('rounds-by-mode');
  try {
    const response = await api('/api/engagements?state=OPEN&sort=closing&size=100');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = await response.json();
    const sections = [];
    for (const mode of Object.keys(MODE_LABELS)) {
      const rounds = page.items.filter((r) => r.mode === mode);
      if (rounds.length === 0) continue;
      const section = el('section', 'agora-mode');
      section.id = `mode-${mode.toLowerCase()}`;
      const heading = el('h3', 'govuk-heading-m', `${MODE_LABELS[mode]} (${rounds.length})`);
      heading.id = `${section.id}-heading`;
      const list = el('ul', 'govuk-list agora-rounds');
      list.setAttribute('aria-labelledby', heading.id);
      list.append(...rounds.map(roundCard));
      section.append(heading, list);
      sections.push(section);
    }
    container.replaceChildren(...sections);
    status.textContent = page.total === 0
      ? 'There are no open rounds at the moment. Please check back later.'
      : `${page.total} round${page.total === 1 ? ' is' : 's are'} open.`;
  } catch (e) {
    status.textContent = 'Sorry, the list of rounds could not be loaded. Please try again later.';
    status.classList.add('govuk-error-message');
  }
}

layout();
load();
