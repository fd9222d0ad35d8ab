import { describe, expect, it } from 'vitest';
import { scriptsInSvg } from './svg-scripts.ts';

const svg = (inner: string, attributes = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${attributes}>${inner}</svg>`;

describe('scriptsInSvg', () => {
  it.each([
    ['a plain drawing', svg('<rect width="10" height="10" fill="red"/><text x="1" y="9">Only one? Turn it on.</text>')],
    [
      'Illustrator’s entity declarations',
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]><svg xmlns="&ns_svg;"><path d="M0 0h1"/></svg>',
    ],
    [
      'draw.io’s HTML labels',
      svg('<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml" style="color: red">A label</div></foreignObject>'),
    ],
    ['a comment that mentions a script', svg('<!-- no <script> here, onload= neither -->')],
    ['a link to another site', svg('<a href="https://example.org/"><circle r="4"/></a>')],
  ])('finds nothing in %s', (_name, text) => {
    expect(scriptsInSvg(text)).toEqual([]);
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), ['`<script>`']],
    ['a prefixed script', svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'), ['`<script>`']],
    [
      'an HTML script in a foreignObject',
      svg('<foreignObject><html:SCRIPT xmlns:html="http://www.w3.org/1999/xhtml">x</html:SCRIPT></foreignObject>'),
      ['`<script>`'],
    ],
    ['an event handler', svg('<rect/>', ' onload="alert(1)"'), ['`onload=`']],
    ['a handler after a quote', svg('<rect width="1"onclick="alert(1)"/>'), ['`onclick=`']],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect/></a>'), ['`javascript:`']],
    ['an encoded, split one', svg('<a xlink:href="&#106;ava&#x09;script:alert(1)"><rect/></a>'), ['`javascript:`']],
    ['an animated one', svg('<a><set attributeName="href" to="JavaScript:alert(1)"/><rect/></a>'), ['`javascript:`']],
    [
      'an iframe in a foreignObject',
      svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org/"/></foreignObject>'),
      ['`<iframe>`'],
    ],
    [
      'a script made by an entity',
      '<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg>&s;</svg>',
      ['`<script>`'],
    ],
    ['parameter entities', '<!DOCTYPE svg [<!ENTITY % p "x">]><svg/>', ['`<!ENTITY>` declarations that cannot be checked']],
    [
      'entities that grow without end',
      `<!DOCTYPE svg [<!ENTITY a "${'x'.repeat(50)}"><!ENTITY b "${'&a;'.repeat(50)}">]><svg>${'&b;'.repeat(50)}</svg>`,
      ['`<!ENTITY>` declarations that cannot be checked'],
    ],
    ['an XSLT stylesheet', `<?xml-stylesheet type="text/xsl" href="x.xsl"?>${svg('')}`, ['`<?xml-stylesheet?>`']],
  ])('finds %s', (_name, text, found) => {
    expect(scriptsInSvg(text)).toEqual(found);
  });
});
