#!/usr/bin/env python3
"""A fixture page as a crawler copies it: the text of the whole page, chrome included, on one line.

usage: make_one_line.py PAGE.html OUT.txt

The page's text in document order (script, style and head left out), each table row's cells joined
by a space, paragraphs and rows by a space too, runs of white space made one: what a crawler stores
when it takes a page's visible text and drops its line breaks. Standard library only.
"""
import html.parser
import re
import sys


class Text(html.parser.HTMLParser):
    SKIP = ('script', 'style', 'head', 'title')

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def main(page, out):
    raw = open(page, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gb18030')
    parser = Text()
    parser.feed(text)
    line = re.sub(r'\s+', ' ', ''.join(parser.parts)).strip()
    with open(out, 'w', encoding='utf-8') as f:
        f.write(line + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
