#!/usr/bin/env python3
"""Fills the English plural forms of triage_en.ts after lupdate added new "%n" strings.

Triage's source strings are English and write plurals as "conversation(s)"; the English
translation only has to say "conversation" for one and "conversations" for any other count.
This fills every numerus message whose forms are still empty ("(s)" dropped for the singular,
"s" for the plural; strings without "(s)" keep their text in both forms) and marks it finished.
Messages with forms already filled are left alone, so hand-written ones survive. Plain
messages stay unfinished and empty: lrelease -nounfinished leaves them out and Qt shows the
source text.

Usage: fill-english-plurals.py translations/triage_en.ts
"""
import re
import sys

NUMERUS = re.compile(
    r'(<message numerus="yes">\s*(?:<comment>[^<]*</comment>\s*)?<source>(?P<source>[^<]*)</source>\s*'
    r'(?:<comment>[^<]*</comment>\s*)?(?:<extracomment>[^<]*</extracomment>\s*)?)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*'
    r'</translation>',
    re.S)
# Hand-written forms, for plurals that are more than an added "s".
SPECIAL = {
    'At most %n results per page can be requested.':
        ('At most %n result per page can be requested.',
         'At most %n results per page can be requested.'),
}


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    return source.replace('(s)', ''), source.replace('(s)', 's')


def fill(text):
    count = 0

    def replace(match):
        nonlocal count
        count += 1
        one, other = forms(match.group('source'))
        indent = ' ' * 12
        return (match.group(1) + '<translation>\n'
                + indent + '<numerusform>' + one + '</numerusform>\n'
                + indent + '<numerusform>' + other + '</numerusform>\n'
                + ' ' * 8 + '</translation>')

    return NUMERUS.sub(replace, text), count


def main(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text, count = fill(text)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    left = len(re.findall(r'<numerusform></numerusform>', text))
    print(f'{path}: filled {count} plural message(s); {left} empty form(s) left')
    return 1 if left else 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
