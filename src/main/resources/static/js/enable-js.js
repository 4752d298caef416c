// Lets GOV.UK Frontend's styles know scripts run; pages work fully without it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
