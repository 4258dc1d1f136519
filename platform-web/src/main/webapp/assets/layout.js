// The frame every page shares: skip link, header with the account area, phase banner and footer, built around the
// page's own <main>. Pages stay small static files; all data comes from the public API.
import { initAll } from '/webjars/govuk-frontend/@version.govuk-frontend@/dist/govuk/govuk-frontend.min.js';
import { api, showAccount } from '/assets/account.js';

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function link(href, text, className = 'govuk-link') {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

function header() {
  const skip = link('#main-content', 'Skip to main content', 'govuk-skip-link');
  skip.dataset.module = 'govuk-skip-link';
  const head = el('header', 'govuk-header agora-header');
  head.dataset.module = 'govuk-header';
  const container = el('div', 'govuk-header__container govuk-width-container');
  const logo = el('div', 'govuk-header__logo');
  const home = link('/', '', 'govuk-header__link govuk-header__link--homepage');
  home.append(el('span', 'agora-wordmark', 'Agora'));
  logo.append(home);
  const content = el('div', 'govuk-header__content');
  content.append(link('/', 'Public engagement', 'govuk-header__link govuk-header__service-name'));
  container.append(logo, content);
  head.append(container);

  const nav = el('section', 'govuk-service-navigation');
  nav.setAttribute('aria-label', 'Site and account');
  const navWidth = el('div', 'govuk-width-container');
  const navContainer = el('div', 'govuk-service-navigation__container');
  const wrapper = el('nav', 'govuk-service-navigation__wrapper');
  wrapper.setAttribute('aria-label', 'Menu');
  const list = el('ul', 'govuk-service-navigation__list');
  for (const [href, text] of [['/', 'Open rounds'], ['/policies.html', 'Policies']]) {
    const li = el('li', 'govuk-service-navigation__item');
    li.append(link(href, text, 'govuk-service-navigation__link'));
    list.append(li);
  }
  const account = el('ul', 'govuk-service-navigation__list agora-account-list');
  account.id = 'account';
  wrapper.append(list, account);
  navContainer.append(wrapper);
  navWidth.append(navContainer);
  nav.append(navWidth);
  return [skip, head, nav];
}

function banner() {
  const width = el('div', 'govuk-width-container');
  const phase = el('div', 'govuk-phase-banner');
  const p = el('p', 'govuk-phase-banner__content');
  p.append(el('strong', 'govuk-tag govuk-phase-banner__content__tag', 'Beta'),
    el('span', 'govuk-phase-banner__text', 'This is a new service. Everything shown is live data from this server.'));
  phase.append(p);
  width.append(phase);
  return width;
}

function footer() {
  const foot = el('footer', 'govuk-footer');
  const width = el('div', 'govuk-width-container');
  const meta = el('div', 'govuk-footer__meta');
  const item = el('div', 'govuk-footer__meta-item govuk-footer__meta-item--grow');
  item.append(el('h2', 'govuk-visually-hidden', 'Support links'));
  const ul = el('ul', 'govuk-footer__inline-list');
  for (const [href, text] of [['/openapi', 'API description (OpenAPI)'], ['/api/engagements', 'Open data: rounds (JSON)'],
    ['/api/policies', 'Open data: policies (JSON)']]) {
    const li = el('li', 'govuk-footer__inline-list-item');
    li.append(link(href, text, 'govuk-footer__link'));
    ul.append(li);
  }
  item.append(ul);
  meta.append(item);
  width.append(meta);
  foot.append(width);
  return foot;
}

/** Builds the frame around <main> and resolves to who is signed in ({authenticated: false} for visitors). */
export async function layout() {
  const main = document.querySelector('main');
  main.id = 'main-content';
  main.classList.add('govuk-main-wrapper');
  const page = el('div', 'govuk-width-container');
  main.replaceWith(page);
  page.append(main);
  document.body.prepend(...header(), banner());
  document.body.append(footer());
  initAll();
  return showAccount();
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function date(iso) {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

export function timeLeft(closesAt, now = new Date()) {
  const ms = new Date(closesAt).getTime() - now.getTime();
  if (ms <= 0) return 'Closing now';
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return 'Closes in less than an hour';
  if (hours < 48) return `Closes in ${hours} hour${hours === 1 ? '' : 's'}`;
  return `Closes in ${Math.floor(hours / 24)} days`;
}

/** Shows a problem+json (or any failure) in the page's error summary. */
export async function showProblem(response, container) {
  let message = 'Something went wrong. Please try again.';
  let details = [];
  try {
    const problem = await response.json();
    message = problem.detail || problem.title || message;
    details = (problem.errors || []).map((e) => `${e.field}: ${e.message}`);
  } catch (e) {
    // not a problem document
  }
  const summary = el('div', 'govuk-error-summary');
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  const body = el('div', 'govuk-error-summary__body');
  summary.append(el('h2', 'govuk-error-summary__title', 'There is a problem'), body);
  const list = el('ul', 'govuk-list govuk-error-summary__list');
  for (const text of [message, ...details]) list.append(el('li', undefined, text));
  body.append(list);
  container.replaceChildren(summary);
  summary.focus();
}

export const MODE_LABELS = {
  CONSULTATION: 'Consultations',
  CO_DEVELOPMENT: 'Ideas and co-development',
  CUSTOMER_SERVICE: 'Questions and answers',
  BROADCAST: 'Updates',
};

export const MODE_SINGULAR = {
  CONSULTATION: 'Consultation',
  CO_DEVELOPMENT: 'Ideas and co-development',
  CUSTOMER_SERVICE: 'Questions and answers',
  BROADCAST: 'Updates',
};

/** A labelled form field (GOV.UK form group), with an optional hint tied to the input for screen readers. */
export function formGroup(id, label, input, hint) {
  const group = el('div', 'govuk-form-group');
  const l = el('label', 'govuk-label', label);
  l.htmlFor = id;
  group.append(l);
  if (hint) {
    const h = el('div', 'govuk-hint', hint);
    h.id = `${id}-hint`;
    input.setAttribute('aria-describedby', h.id);
    group.append(h);
  }
  input.id = id;
  input.name = id;
  group.append(input);
  return group;
}

export function params() {
  return new URLSearchParams(window.location.search);
}

/** The round named by ?round= in the page's address; null (after saying so in the status line) if there is none. */
export async function roundFromAddress(status = document.getElementById('status')) {
  const id = params().get('round');
  if (!id) {
    status.textContent = 'No round was given. Choose a round on the home page.';
    return null;
  }
  const response = /^\d{1,18}$/.test(id) ? await api(`/api/engagements/${id}`) : null;
  if (!response || !response.ok) {
    status.textContent = !response || response.status === 404 ? 'There is no such round.'
      : 'Sorry, the round could not be loaded. Please try again.';
    return null;
  }
  return response.json();
}

/** A GOV.UK select of [value, text] pairs; ids are given by formGroup (or here, when the label is built by hand). */
export function select(pairs, id) {
  const s = el('select', 'govuk-select');
  if (id) s.id = id;
  for (const [value, text] of pairs) {
    const o = el('option', undefined, text);
    o.value = value;
    s.append(o);
  }
  return s;
}

/**
 * The round's announcements (a new closing time and the officer's note why), newest first, as a notification
 * banner for the top of a round's page; null when there are none.
 */
export function announcements(round) {
  if (!round.announcements || round.announcements.length === 0) return null;
  const banner = el('div', 'govuk-notification-banner agora-announcements');
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-labelledby', `announcements-${round.id}`);
  const header = el('div', 'govuk-notification-banner__header');
  const title = el('h2', 'govuk-notification-banner__title', 'Changes to this round');
  title.id = `announcements-${round.id}`;
  header.append(title);
  const body = el('div', 'govuk-notification-banner__content');
  for (const a of round.announcements) {
    const p = el('p', 'govuk-body');
    const moved = a.closesAt && a.previousClosesAt && a.closesAt !== a.previousClosesAt;
    p.append(el('strong', undefined, moved
      ? `${date(a.at)}: the closing date moved from ${date(a.previousClosesAt)} to ${date(a.closesAt)}. `
      : `${date(a.at)}: the dates changed. `), a.note);
    body.append(p);
  }
  banner.append(header, body);
  return banner;
}

/** Agencies of training runs (ADR 0009): "Training run <id>". */
export function isTrainingAgency(agency) {
  return typeof agency === 'string' && /^Training run \d+$/.test(agency);
}

/**
 * Whether the signed-in person may manage what this agency owns: its officers, administrators, and a trainee the
 * drafts of their own running training runs (where no round is at hand to say so).
 */
export function mayManage(me, agency) {
  if (!me || !me.authenticated) return false;
  if (me.roles.includes('admin') && !isTrainingAgency(agency)) return true;
  if (me.roles.includes('agency') && me.agency === agency) return true;
  return isTrainingAgency(agency) && me.roles.includes('trainee') && (me.training?.plays || [])
    .includes(Number(agency.substring('Training run '.length)));
}
