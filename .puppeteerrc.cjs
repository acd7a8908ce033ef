// Puppeteer (pulled in by @web/test-runner-puppeteer) drives Debian's browsers here: it must never
// download one of its own, so that `npm ci` works on a machine that can reach only the npm registry.
module.exports = {skipDownload: true};
