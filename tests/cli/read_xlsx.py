#!/usr/bin/env python3
"""Reads an .xlsx workbook with Python's standard library only (tst_cli_listxlsx): prints, as
JSON, its shared strings, the first sheet's rows of cell texts, whether the pane is frozen, and
every part's text joined. Fails when the zip is damaged."""
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
rows = []
for row in sheet.find("m:sheetData", ns).findall("m:row", ns):
    cells = []
    for c in row.findall("m:c", ns):
        v = c.find("m:v", ns)
        cells.append(strings[int(v.text)] if c.get("t") == "s" else (v.text if v is not None else ""))
    rows.append(cells)
pane = sheet.find("m:sheetViews/m:sheetView/m:pane", ns)
everything = "".join(z.read(n).decode("utf-8") for n in z.namelist())
print(json.dumps({"strings": strings, "rows": rows,
                  "frozen": pane is not None and pane.get("state") == "frozen",
                  "text": everything}))
