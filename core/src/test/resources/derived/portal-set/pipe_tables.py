#!/usr/bin/env python3
"""usage: pipe_tables.py PAGE.html MODE > PAGE.MODE.md
A web page as GitHub Markdown: each table a pipe table (its first row the header, a ---|--- row after it), the
text between tables a paragraph a block, as HTML-to-Markdown converters write pages. A cell that spans rows or
columns repeats its text in every place it covers (MODE dup, as docling writes them) or leaves them empty (MODE
blank). Standard library only; a table inside another is written before the one that holds it."""
import html.parser
import re
import sys

MODE = sys.argv[2] if len(sys.argv) > 2 else 'dup'


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.text, self.skip, self.tables, self.cell = [], [], 0, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        if tag == 'table':
            self.flush()
            self.tables.append([])
        elif tag == 'tr' and self.tables:
            self.tables[-1].append([])
        elif tag in ('td', 'th') and self.tables:
            self.cell = {'text': [], 'rows': int(a.get('rowspan') or 1), 'cols': int(a.get('colspan') or 1)}
        elif tag in ('br', 'p', 'div') and self.cell is not None:
            self.cell['text'].append(' ')
        elif tag in ('p', 'div', 'br', 'h1', 'h2', 'h3', 'li') and self.cell is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip -= 1
        if tag in ('td', 'th') and self.cell is not None and self.tables:
            self.cell['text'] = re.sub(r'\s+', ' ', ''.join(self.cell['text'])).strip()
            if self.tables[-1]:
                self.tables[-1][-1].append(self.cell)
            self.cell = None
        elif tag == 'table' and self.tables:
            emit(self.out, grid(self.tables.pop()))
        elif tag in ('p', 'div', 'h1', 'h2', 'h3') and self.cell is None:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            (self.cell['text'] if self.cell is not None else self.text).append(data)

    def flush(self):
        text = re.sub(r'\s+', ' ', ''.join(self.text)).strip()
        if text:
            self.out += [text, '']
        self.text = []


def grid(rows):
    places, width = {}, 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in places:
                c += 1
            for dr in range(cell['rows']):
                for dc in range(cell['cols']):
                    first = dr == 0 and dc == 0
                    places[(r + dr, c + dc)] = cell['text'] if first or MODE == 'dup' else ''
            c += cell['cols']
            width = max(width, c)
    out = [[places.get((r, c), '') for c in range(width)] for r in range(len(rows))]
    return [row for row in out if any(row)]


def emit(out, rows):
    if not rows:
        return
    cells = lambda row: '| ' + ' | '.join(x.replace('|', '\\|') for x in row) + ' |'
    out.append(cells(rows[0]))
    out.append('|' + '|'.join('---' for _ in rows[0]) + '|')
    out += [cells(row) for row in rows[1:]]
    out.append('')


raw = open(sys.argv[1], 'rb').read()
try:
    page = raw.decode('utf-8')
except UnicodeDecodeError:
    page = raw.decode('gb18030')
p = Page()
p.feed(page)
p.flush()
print('\n'.join(p.out))
