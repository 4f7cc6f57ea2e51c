/**
 * Strict XML well-formedness check for exported SVG, plus a list of every element and attribute,
 * using the `sax` parser in strict mode.
 */
import { createRequire } from 'node:module';

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  ontext: (text: string) => void;
  write(xml: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options?: object): SaxParser };

export interface XmlSummary {
  readonly elements: string[];
  readonly attributes: string[];
  readonly texts: string[];
}

/** Parses `xml` strictly; throws on any well-formedness error. */
export function checkXml(xml: string): XmlSummary {
  const parser = sax.parser(true, { xmlns: false });
  const elements: string[] = [];
  const attributes: string[] = [];
  const texts: string[] = [];
  let failure: Error | undefined;
  parser.onerror = (error) => {
    failure ??= error;
    throw error;
  };
  parser.onopentag = (tag) => {
    elements.push(tag.name);
    attributes.push(...Object.keys(tag.attributes));
  };
  parser.ontext = (text) => {
    if (text.trim()) texts.push(text);
  };
  try {
    parser.write(xml).close();
  } catch (error) {
    throw failure ?? error;
  }
  return { elements, attributes, texts };
}
