#!/usr/bin/env python3
"""Writes blank-org.html and blank-org.json from fixture 000.html and its golden file.

usage: make_blank_org.py FIXTURE_HTML GOLDEN_JSON OUT_HTML OUT_JSON

In the section 三 table (the one with 申请人情况), every data row's five organisation cells
(法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) that print 0 lose their
text: the digit and its trailing &ensp; go, the <td>/<p>/<span> structure and <o:p></o:p>
stay, so the page still draws the empty ruled cell. The golden file gets those cells null and
a note; everything else (自然人 and 总计 columns, other tables, prose, findings) is unchanged.
Standard library only; fails loudly if the page does not have the expected shape.
"""
import html
import json
import re
import sys

ORG = ["commercial", "research", "publicInterest", "legalService", "otherOrg"]
COLS = ["naturalPerson"] + ORG + ["total"]


def cell_text(td):
    return html.unescape(re.sub(r"<[^>]+>", "", td)).replace("\u2002", "").replace("\xa0", "").strip()


def empty_cell(td):
    """Removes every text run of a <td>…</td> while keeping its tags."""
    return re.sub(r">([^<]*)<", lambda m: "><" if m.group(1).strip() else m.group(0), td)


def main(src_html, src_json, out_html, out_json):
    page = open(src_html, encoding="utf-8").read()
    golden = json.load(open(src_json, encoding="utf-8"))

    tables = [m for m in re.finditer(r"<table\b.*?</table>", page, re.S) if "申请人情况" in m.group(0)]
    if len(tables) != 1:
        sys.exit(f"expected one applications table, found {len(tables)}")
    t = tables[0]
    table = t.group(0)

    rows = []  # application row names in golden key order
    for k in golden["cells"]:
        if k.startswith("applications."):
            r = k[len("applications."):].rsplit(".", 1)[0]
            if r not in rows:
                rows.append(r)

    blanked = []
    out_rows = []
    pos = 0
    data_row = 0
    for m in re.finditer(r"<tr\b.*?</tr>", table, re.S):
        tr = m.group(0)
        tds = list(re.finditer(r"<td\b.*?</td>", tr, re.S))
        texts = [cell_text(td.group(0)) for td in tds]
        if len(tds) >= 8 and all(re.fullmatch(r"\d+", x) for x in texts[-7:]):
            row = rows[data_row]
            data_row += 1
            new_tr = tr
            # replace from the right so earlier offsets stay valid
            for i in range(len(tds) - 2, len(tds) - 7, -1):
                col = COLS[i - (len(tds) - 7)]
                key = f"applications.{row}.{col}"
                if texts[i] != "0":
                    continue
                if golden["cells"].get(key) != 0:
                    sys.exit(f"{key}: page prints 0, golden has {golden['cells'].get(key)!r}")
                td = tds[i]
                new_tr = new_tr[:td.start()] + empty_cell(td.group(0)) + new_tr[td.end():]
                golden["cells"][key] = None
                blanked.append(key)
            out_rows.append(table[pos:m.start()] + new_tr)
        else:
            out_rows.append(table[pos:m.start()] + tr)
        pos = m.end()
    out_rows.append(table[pos:])
    if data_row != len(rows):
        sys.exit(f"{data_row} data rows in the page, {len(rows)} application rows in the golden file")
    new_table = "".join(out_rows)
    page = page[:t.start()] + new_table + page[t.end():]

    golden["derivedFrom"] = "extract-html fixtures/000.html (seed " + golden["seed"] + ")"
    golden["notes"] = [
        f"Derived test page, not a real report: fixture 000.html with the text of the {len(blanked)} organisation "
        "cells of section 三 (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; all printed 0) removed, so those five "
        "columns are blank in every row; they are null here. 自然人 and 总计 keep their values "
        "(一、本年新收 4 | blank x5 | 4; 三(六) and 三(七) 0 | blank x5 | 4). "
        "Made by core/src/test/resources/derived/make.sh."
    ] + golden.get("notes", [])
    for f in golden.get("expectedFindings", []):
        if "detail" in f:
            f["detail"] = f["detail"].replace("the applicant columns are all 0 (sum 0)",
                                              "自然人 is 0 and the organisation columns are blank (sum 0)")

    open(out_html, "w", encoding="utf-8", newline="").write(page)
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump(golden, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"blank-org: {len(blanked)} cells blanked in {data_row} rows")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
