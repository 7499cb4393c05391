import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

const BOM = "\uFEFF";

describe("CSV cells", () => {
  it("leaves plain text, numbers and booleans as they are; empty for nothing", () => {
    expect(csvCell("Mesa Colombiana")).toBe("Mesa Colombiana");
    expect(csvCell(2014)).toBe("2014");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes fields with commas, quotes or line breaks, doubling inner quotes", () => {
    expect(csvCell("Foro, Panamá")).toBe('"Foro, Panamá"');
    expect(csvCell('El "IGF" local')).toBe('"El ""IGF"" local"');
    expect(csvCell("una\nlínea")).toBe('"una\nlínea"');
    expect(csvCell("una\r\nlínea")).toBe('"una\r\nlínea"');
    expect(csvCell("a;b")).toBe("a;b");
  });

  it("defuses spreadsheet formulas by prefixing an apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("CSV files", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    const csv = toCsv(
      ["name", "year"],
      [
        ["Iniciativa Perú", 2019],
        ["São Tomé, IGF", null],
      ],
    );
    expect(csv).toBe(`${BOM}name,year\r\nIniciativa Perú,2019\r\n"São Tomé, IGF",\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("is the header row alone when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe(`${BOM}a,b\r\n`);
  });

  it("keeps a line break inside a quoted field from splitting the record", () => {
    const csv = toCsv(["note"], [["one\ntwo"]]);
    expect(csv.split("\r\n")).toEqual([`${BOM}note`, '"one\ntwo"', ""]);
  });
});
