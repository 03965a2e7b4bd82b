import type ExcelJS from "exceljs";

/**
 * Pictures on a streamed sheet. exceljs's streaming writer (which keeps a workbook of half a
 * million rows out of memory) places no images: its sheets have no drawing part. So this writes
 * the drawing part itself — one picture per image at a top-left cell with its own size (a
 * one-cell anchor: taller rows around it do not stretch it), the relations from the sheet to the
 * drawing and from the drawing to the media, and the drawing's content type — and leaves the
 * images to the workbook writer's own media list. It relies on the writer's internals of
 * exceljs 4.4 (pinned in package.json); the workbook-charts test reads the pictures back.
 */
export interface SheetPicture {
  png: Buffer;
  /** 0-based column and row of the top-left cell. */
  column: number;
  row: number;
  /** Size in pixels. */
  width: number;
  height: number;
  /** Alternative text, read by screen readers. */
  description: string;
}

const EMU_PER_PIXEL = 9525;
const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

interface StreamingWorkbook {
  zip: { append(data: string | Buffer, options: { name: string }): void };
  addImage(image: { buffer: Buffer; extension: "png" }): number;
  getImage(id: number): { name: string };
  addContentTypes(): Promise<void>;
  _worksheets: unknown[];
  sharedStrings: unknown;
  commentRefs: unknown;
  media: unknown[];
}
interface StreamingSheet {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

const drawingsOf = new WeakMap<object, string[]>();

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function anchorXml(picture: SheetPicture, index: number, rId: string): string {
  const cx = picture.width * EMU_PER_PIXEL;
  const cy = picture.height * EMU_PER_PIXEL;
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${picture.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${picture.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr>` +
    `<xdr:cNvPr id="${index + 2}" name="Grafiek ${index + 1}" descr="${xmlText(picture.description)}"/>` +
    `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>` +
    `</xdr:oneCellAnchor>`
  );
}

/** The drawing's content type: exceljs's streaming writer lists none, its xform can. */
function registerDrawing(workbook: StreamingWorkbook, name: string) {
  const known = drawingsOf.get(workbook);
  if (known) {
    known.push(name);
    return;
  }
  const drawings = [name];
  drawingsOf.set(workbook, drawings);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform");
  workbook.addContentTypes = async () => {
    const model = {
      worksheets: workbook._worksheets.filter(Boolean),
      sharedStrings: workbook.sharedStrings,
      commentRefs: workbook.commentRefs,
      media: workbook.media,
      drawings: drawings.map((drawing) => ({ name: drawing })),
    };
    workbook.zip.append(new ContentTypesXform().toXml(model), { name: "[Content_Types].xml" });
  };
}

/** Places the pictures on a sheet that is still being written (before its commit). */
export function addSheetPictures(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  pictures: readonly SheetPicture[],
) {
  if (pictures.length === 0) return;
  const book = workbook as unknown as StreamingWorkbook;
  const writer = sheet as unknown as StreamingSheet;
  const name = `drawing${writer.id}`;
  const rels: string[] = [];
  const anchors = pictures.map((picture, index) => {
    const image = book.getImage(book.addImage({ buffer: picture.png, extension: "png" }));
    const rId = `rId${index + 1}`;
    rels.push(`<Relationship Id="${rId}" Type="${IMAGE_REL}" Target="../media/${image.name}"/>`);
    return anchorXml(picture, index, rId);
  });
  book.zip.append(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"' +
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"' +
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      anchors.join("") +
      "</xdr:wsDr>",
    { name: `xl/drawings/${name}.xml` },
  );
  book.zip.append(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rels.join("") +
      "</Relationships>",
    { name: `xl/drawings/_rels/${name}.xml.rels` },
  );
  registerDrawing(book, name);
  const rId = writer._sheetRelsWriter.addRelationship({
    Target: `../drawings/${name}.xml`,
    Type: DRAWING_REL,
  });
  // <drawing> belongs just before <legacyDrawing> in the sheet's XML, which the writer writes
  // at commit: write it there.
  const writeLegacyData = writer._writeLegacyData.bind(writer);
  writer._writeLegacyData = () => {
    writer._write(`<drawing r:id="${rId}"/>`);
    writeLegacyData();
  };
}
