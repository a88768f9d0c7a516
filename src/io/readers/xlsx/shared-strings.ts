/**
 * The shared strings (sharedStrings.xml): the workbook's distinct texts, which cells of type «s»
 * point to by index. A rich-text string is all its runs joined; phonetic guides (rPh) are not text.
 * Held to the limits: the part's expanded size before it is inflated, the count it declares
 * (uniqueCount) before a string is kept, the strings counted as they come.
 */
import type { Archive } from './archive.js';
import { MIB, tooLarge, type XlsxLimits } from './limits.js';
import { parsePart } from './xml.js';

export async function readSharedStrings(archive: Archive, part: string, limits: XlsxLimits): Promise<string[]> {
  const bytes = archive.size(part);
  if (bytes > limits.xlsxMaxSharedStringsMiB * MIB) {
    throw tooLarge(archive.file, 'xlsxMaxSharedStringsMiB', bytes / MIB, limits.xlsxMaxSharedStringsMiB);
  }
  const max = limits.xlsxMaxSharedStrings;
  const tooMany = (count: number) => tooLarge(archive.file, 'xlsxMaxSharedStrings', count, max);
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  await parsePart(archive, part, {
    open(name, attributes) {
      switch (name) {
        case 'sst': {
          const declared = Number(attributes.get('uniqueCount'));
          if (declared > max) throw tooMany(declared);
          break;
        }
        case 'si':
          text = '';
          break;
        case 't':
          inText = phonetic === 0;
          break;
        case 'rPh':
          phonetic += 1;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 't':
          inText = false;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 'si':
          if (strings.length === max) throw tooMany(max + 1);
          strings.push(text);
          break;
      }
    },
    text(piece) {
      if (inText) text += piece;
    },
  });
  return strings;
}
