// Counts every use of the Intl services the build stands in for (scripts/build/formatted.mjs):
// NumberFormat's `format` (a getter of a bound function) and `formatToParts`, PluralRules'
// `select`, ListFormat's `format`. `spyIntl(window)` returns the calls seen (as text) and a
// function that puts the originals back.
export function spyIntl(win: Window & typeof globalThis = window): {used: string[]; restore: () => void} {
  const used: string[] = [];
  const {NumberFormat, PluralRules, ListFormat} = win.Intl;
  const spied: [object, string][] = [
    [NumberFormat.prototype, 'format'],
    [NumberFormat.prototype, 'formatToParts'],
    [PluralRules.prototype, 'select'],
    [ListFormat.prototype, 'format'],
  ];
  const originals = spied.map(([prototype, name]) => {
    const original = Object.getOwnPropertyDescriptor(prototype, name)!;
    function spy(this: object, ...args: unknown[]) {
      used.push(`${prototype.constructor.name}.${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return (original.value ?? original.get!.call(this)).apply(this, args);
    }
    Object.defineProperty(prototype, name, {configurable: true, writable: true, value: spy});
    return original;
  });
  const restore = () => spied.forEach(([prototype, name], i) => Object.defineProperty(prototype, name, originals[i]!));
  return {used, restore};
}
