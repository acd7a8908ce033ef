// Loaded first by each test page: keeps every error and CSP violation for the test to read.
window.recorded = [];
addEventListener('error', (event) => window.recorded.push(String(event.message)));
addEventListener('securitypolicyviolation', (event) =>
  window.recorded.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
);
