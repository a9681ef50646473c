/**
 * WOFF 1.0 → the OpenType font inside it. WOFF tables are zlib-compressed; fontkit inflates
 * them in JavaScript on every table read, which is slow, so we inflate them once with Node's zlib
 * and hand fontkit the plain font. The glyphs and metrics are the same bytes.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, table directory of 20-byte entries).
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = woff.readUInt32BE(entry);
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw });
  }
  // The OpenType header: table directory sorted by tag, each table 4-byte aligned.
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerLength = 12 + 16 * numTables;
  const size = tables.reduce((sum, table) => sum + ((table.data.length + 3) & ~3), headerLength);
  const sfnt = Buffer.alloc(size);
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange * 16, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let offset = headerLength;
  tables
    .sort((a, b) => a.tag - b.tag)
    .forEach((table, i) => {
      const entry = 12 + i * 16;
      sfnt.writeUInt32BE(table.tag, entry);
      sfnt.writeUInt32BE(table.checksum, entry + 4);
      sfnt.writeUInt32BE(offset, entry + 8);
      sfnt.writeUInt32BE(table.data.length, entry + 12);
      table.data.copy(sfnt, offset);
      offset += (table.data.length + 3) & ~3;
    });
  return sfnt;
}
