// Who is signed in, shown in the header of every page, and the one way pages call the API: writes made with the
// browser session always carry the X-Agora-CSRF header the server requires (see CsrfGuard).

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (UNSAFE.has(method)) headers['X-Agora-CSRF'] = '1';
  return fetch(path, { ...options, method, headers, credentials: 'same-origin' });
}

const ROLE_LABELS = {
  citizen: 'citizen',
  moderator: 'moderator',
  agency: 'agency officer',
  trainee: 'trainee',
  trainer: 'trainer',
  admin: 'administrator',
};

function item(...children) {
  const li = document.createElement('li');
  li.className = 'govuk-service-navigation__item';
  li.append(...children);
  return li;
}

async function signOut(button) {
  button.disabled = true;
  const response = await api('/api/session', { method: 'DELETE' });
  if (response.ok) {
    const { endSessionUrl } = await response.json();
    window.location.assign(endSessionUrl);
  } else {
    window.location.assign('/');
  }
}

export async function showAccount(container = document.getElementById('account')) {
  if (!container) return null;
  let me = { authenticated: false };
  try {
    const response = await api('/api/me');
    if (response.ok) me = await response.json();
  } catch (e) {
    // the list of rounds still works without knowing who is signed in
  }
  if (me.authenticated) {
    const who = document.createElement('span');
    who.className = 'govuk-service-navigation__text agora-account';
    who.id = 'signed-in-as';
    const roles = me.roles.map((r) => ROLE_LABELS[r] || r).join(', ');
    who.textContent = `Signed in as ${me.displayName}` + (roles ? ` (${roles}${me.agency ? `, ${me.agency}` : ''})` : '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 agora-sign-out';
    button.id = 'sign-out';
    button.textContent = 'Sign out';
    button.addEventListener('click', () => signOut(button));
    const links = [];
    const navLink = (href, text, id) => {
      const a = document.createElement('a');
      a.className = 'govuk-service-navigation__link';
      a.href = href;
      a.id = id;
      a.textContent = text;
      return item(a);
    };
    if (me.roles.includes('trainee') || me.roles.includes('trainer')) {
      links.push(navLink('/training.html', 'Training', 'nav-training'));
    }
    if (me.roles.includes('moderator') || me.roles.includes('admin') || me.roles.includes('trainee')) {
      links.push(navLink('/moderation.html', 'Moderation queue', 'nav-moderation'));
    }
    links.push(navLink('/notices.html', 'Moderation notices', 'nav-notices'));
    container.replaceChildren(...links, item(who), item(button));
  } else {
    const link = document.createElement('a');
    link.className = 'govuk-service-navigation__link';
    link.id = 'sign-in';
    link.href = '/login?returnTo=' + encodeURIComponent(window.location.pathname + window.location.search);
    link.textContent = 'Sign in';
    container.replaceChildren(item(link));
  }
  return me;
}
