// Loaded first by each test page: keeps every error, CSP violation and console warning for the test to read.
window.recorded = [];
window.warned = [];
addEventListener('error', (event) => window.recorded.push(String(event.message)));
addEventListener('securitypolicyviolation', (event) =>
  window.recorded.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
);
const warn = console.warn;
console.warn = (...args) => {
  window.warned.push(args.join(' '));
  warn.apply(console, args);
};
