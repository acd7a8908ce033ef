/** A vCard 4.0 (RFC 6350) for an organisation, built from the same data the element shows. */
export interface VCardOrganisation {
  name: string;
  acronym: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
  telephone: string;
  fax: string;
  email: string;
  website: string;
  social: string;
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newline are escaped in text values. */
const escape = (text: string) => text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/** RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF and one space. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function vCard(o: VCardOrganisation): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${escape(o.name)}`,
    `ORG:${escape(o.name)}`,
    `NICKNAME:${escape(o.acronym)}`,
    // ADR: post office box; extended address; street; locality; region; postal code; country.
    `ADR;TYPE=work:;;${escape(o.street)};${escape(o.city)};;${o.postalCode};${escape(o.country)}`,
    `TEL;VALUE=uri;TYPE="work,voice":tel:${o.telephone}`,
    `TEL;VALUE=uri;TYPE="work,fax":tel:${o.fax}`,
    `EMAIL;TYPE=work:${o.email}`,
    `URL;TYPE=work:${o.website}`,
    `URL:${o.social}`,
    'END:VCARD',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
