import { describe, expect, it } from 'vitest';
import { pdfUaMetadataXml } from './pdf-ua-metadata';

const properties = {
  title: 'Kharkiv <update> & "talks"\u0007',
  author: 'Dana Reyes, Amira Haddad',
  subject: 'Situation briefing',
  keywords: ['war', 'Confidential'],
  creationDate: new Date('2026-11-26T07:45:00.123Z'),
  producer: 'Briefdesk 0.1.0',
};

describe('pdfUaMetadataXml', () => {
  it('carries the PDF/UA identifier, the escaped title, the authors and the dates', () => {
    const xml = pdfUaMetadataXml(properties, 'uk');
    expect(xml).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xml).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Kharkiv &#60;update&#62; &#38; &#34;talks&#34;</rdf:li></rdf:Alt></dc:title>',
    );
    expect(xml).toContain('<rdf:li>Dana Reyes</rdf:li><rdf:li>Amira Haddad</rdf:li>');
    expect(xml).toContain('<dc:language><rdf:Bag><rdf:li>uk</rdf:li></rdf:Bag></dc:language>');
    expect(xml).toContain('<xmp:CreateDate>2026-11-26T07:45:00Z</xmp:CreateDate>');
    expect(xml).not.toContain('\u0007');
  });
});
