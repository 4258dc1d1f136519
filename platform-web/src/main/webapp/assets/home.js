// The home page: lists open rounds from the API, soonest closing first. Data is inserted with textContent only,
// never as HTML, so nothing a round's author typed can run as script here.
import { initAll } from '/webjars/govuk-frontend/@version.govuk-frontend@/dist/govuk/govuk-frontend.min.js';

import { api, showAccount } from '/assets/account.js';

initAll();
showAccount();

const MODE_LABELS = {
  BROADCAST: 'Updates',
  CONSULTATION: 'Consultation',
  CO_DEVELOPMENT: 'Ideas and co-development',
  CUSTOMER_SERVICE: 'Questions and answers',
};

const MODE_TAG_COLOURS = {
  BROADCAST: 'govuk-tag--grey',
  CONSULTATION: 'govuk-tag--blue',
  CO_DEVELOPMENT: 'govuk-tag--green',
  CUSTOMER_SERVICE: 'govuk-tag--purple',
};

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function timeLeft(closesAt, now = new Date()) {
  const ms = new Date(closesAt).getTime() - now.getTime();
  if (ms <= 0) return 'Closing now';
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return 'Closes in less than an hour';
  if (hours < 48) return `Closes in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.floor(hours / 24);
  return `Closes in ${days} days`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function roundCard(round) {
  const item = el('li');
  item.dataset.roundId = round.id;
  const card = el('div', 'govuk-summary-card');
  const titleWrapper = el('div', 'govuk-summary-card__title-wrapper');
  const title = el('h3', 'govuk-summary-card__title', round.title);
  titleWrapper.append(title);
  const tag = el('strong', `govuk-tag ${MODE_TAG_COLOURS[round.mode] || ''}`, MODE_LABELS[round.mode] || round.mode);
  titleWrapper.append(tag);
  card.append(titleWrapper);

  const content = el('div', 'govuk-summary-card__content');
  if (round.summary) content.append(el('p', 'govuk-body', round.summary));
  const facts = el('dl', 'govuk-summary-list govuk-summary-list--no-border');
  const addFact = (key, value) => {
    const row = el('div', 'govuk-summary-list__row');
    row.append(el('dt', 'govuk-summary-list__key', key), el('dd', 'govuk-summary-list__value', value));
    facts.append(row);
  };
  addFact('Run by', round.agency);
  if (round.closesAt) {
    const closes = el('dd', 'govuk-summary-list__value');
    const time = el('time', undefined, dateFormat.format(new Date(round.closesAt)));
    time.dateTime = round.closesAt;
    closes.append(el('strong', undefined, timeLeft(round.closesAt)), document.createTextNode(' – '), time);
    const row = el('div', 'govuk-summary-list__row');
    row.append(el('dt', 'govuk-summary-list__key', 'Time left'), closes);
    facts.append(row);
  }
  content.append(facts);
  card.append(content);
  item.append(card);
  return item;
}

async function load() {
  const status = document.getElementById('rounds-status');
  const list = document.getElementById('open-rounds');
  try {
    const response = await api('/api/engagements?state=OPEN&sort=closing&size=100');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = await response.json();
    list.replaceChildren(...page.items.map(roundCard));
    status.textContent = page.total === 0
      ? 'There are no open rounds at the moment. Please check back later.'
      : `${page.total} round${page.total === 1 ? ' is' : 's are'} open.`;
  } catch (e) {
    status.textContent = 'Sorry, the list of rounds could not be loaded. Please try again later.';
    status.classList.add('govuk-error-message');
  }
}

load();
