// Runs before the page renders (classic script, not deferred): marks the body so GOV.UK Frontend's JS-only styles
// apply. Kept out of the HTML so the Content-Security-Policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
