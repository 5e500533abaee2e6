#!/usr/bin/env python3
"""Fills unfinished messages of Qt Linguist .ts files from translation tables, and checks them.

A table is a JSON object per language: {"source text": "translation"} for plain messages and
{"source text": ["form 1", "form 2", …]} for plural (numerus) messages, with as many forms as
lupdate expects for that language (ar 6, ru 3, es/pt/so/en 2, zh/vi/ht/kea 1). A key
"Context\\u0004source text" overrides the plain key for one context only.

    fill_ts.py export trustdesk_es.ts > todo.json     # unfinished sources, to translate
    fill_ts.py fill es.json trustdesk_es.ts           # fills them in place
    fill_ts.py fill --overwrite es.json trustdesk_es.ts   # also replaces finished translations
    fill_ts.py check trustdesk_*.ts                   # placeholders, tags, accelerators; counts

The .ts files are edited as text, message by message, so everything else stays as lupdate wrote it;
run the update_translations target afterwards and lupdate keeps the filled translations.
"""
import html
import json
import re
import sys

MESSAGE_RE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
CONTEXT_RE = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT_RE = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION_RE = re.compile(r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)', re.S)
NUMERUS_RE = re.compile(r'<numerusform>(.*?)</numerusform>', re.S)

PLACEHOLDER_RE = re.compile(r'%L?(?:n|\d+)')
TAG_RE = re.compile(r'</?[a-zA-Z][a-zA-Z0-9]*')
ACCEL_RE = re.compile(r'&(?!&)(?=[^\s;])')


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def accelerators(text):
    # "&&" is a literal ampersand; "&File" marks F. Skip HTML entities such as &amp;.
    text = text.replace('&&', '')
    return [m.start() for m in ACCEL_RE.finditer(text) if not re.match(r'&[a-zA-Z]+;|&#\d+;', text[m.start():])]


def messages(ts_text):
    """Yields (context, match object of the message) for every message."""
    for ctx in CONTEXT_RE.finditer(ts_text):
        name = unescape(ctx.group('name'))
        for msg in MESSAGE_RE.finditer(ts_text, ctx.start('body'), ctx.end('body')):
            yield name, msg


def message_info(msg):
    body = msg.group('body')
    source = unescape(SOURCE_RE.search(body).group(1))
    comment = COMMENT_RE.search(body)
    tr = TRANSLATION_RE.search(body)
    numerus = 'numerus="yes"' in msg.group('attrs')
    forms = [unescape(f) for f in NUMERUS_RE.findall(tr.group('body') or '')] if numerus else None
    text = None if numerus else unescape(tr.group('body') or '')
    return {
        'source': source,
        'comment': unescape(comment.group(1)) if comment else '',
        'numerus': numerus,
        'unfinished': 'type="unfinished"' in tr.group('attrs'),
        'obsolete': 'type="obsolete"' in tr.group('attrs') or 'type="vanished"' in tr.group('attrs'),
        'forms': forms,
        'text': text,
        'translation_match': tr,
    }


def problems(source, translation, numerus_form=False):
    """What is wrong with one translated text (empty list when fine)."""
    found = []
    if not translation.strip():
        return ['empty']
    src_ph = sorted(set(PLACEHOLDER_RE.findall(source)))
    tr_ph = sorted(set(PLACEHOLDER_RE.findall(translation)))
    if numerus_form:
        # A plural form may spell the number out ("one case", "قضيتان"), so %n may be absent.
        src_ph = [p for p in src_ph if p not in ('%n', '%Ln')]
        tr_ph = [p for p in tr_ph if p not in ('%n', '%Ln')]
    if src_ph != tr_ph:
        found.append(f'placeholders {src_ph} != {tr_ph}')
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        found.append('HTML tags differ')
    src_acc, tr_acc = len(accelerators(source)), len(accelerators(translation))
    if src_acc != tr_acc:
        found.append(f'{src_acc} accelerator(s) in the source, {tr_acc} in the translation')
    if source.endswith('\n') != translation.endswith('\n'):
        found.append('trailing newline differs')
    return found


def lookup(table, context, source):
    return table.get(context + '\u0004' + source, table.get(source))


def fill(table_path, ts_path, overwrite=False):
    table = json.load(open(table_path, encoding='utf-8'))
    text = open(ts_path, encoding='utf-8').read()
    out, last, filled, missing, errors = [], 0, 0, [], []
    for context, msg in messages(text):
        info = message_info(msg)
        if info['obsolete'] or not (info['unfinished'] or overwrite):
            continue
        value = lookup(table, context, info['source'])
        if value is None:
            if info['unfinished']:
                missing.append((context, info['source']))
            continue
        tr = info['translation_match']
        body_start = msg.start('body')
        if info['numerus']:
            expected = len(info['forms'])
            forms = value if isinstance(value, list) else [value]
            if len(forms) != expected:
                errors.append(f'{ts_path}: "{info["source"]}": {len(forms)} plural forms, lupdate expects {expected}')
                continue
            bad = [p for f in forms for p in problems(info['source'], f, numerus_form=True)]
            indent = tr.group('indent')
            inner = ''.join(f'\n{indent}    <numerusform>{escape(f)}</numerusform>' for f in forms)
            new = f'{indent}<translation>{inner}\n{indent}</translation>'
        else:
            if isinstance(value, list):
                errors.append(f'{ts_path}: "{info["source"]}" is not a plural message')
                continue
            bad = problems(info['source'], value)
            new = f'{tr.group("indent")}<translation>{escape(value)}</translation>'
        if bad:
            errors.append(f'{ts_path}: "{info["source"]}": ' + '; '.join(bad))
            continue
        out.append(text[last:body_start + tr.start()])
        out.append(new)
        last = body_start + tr.end()
        filled += 1
    out.append(text[last:])
    open(ts_path, 'w', encoding='utf-8').write(''.join(out))
    for e in errors:
        print('ERROR', e, file=sys.stderr)
    for context, source in missing:
        print(f'missing {ts_path}: [{context}] {source!r}', file=sys.stderr)
    print(f'{ts_path}: filled {filled}, still unfinished {len(missing) + len(errors)}')
    return not errors


def export(ts_path):
    text = open(ts_path, encoding='utf-8').read()
    todo = {}
    for _context, msg in messages(text):
        info = message_info(msg)
        if info['unfinished'] and not info['obsolete']:
            todo[info['source']] = [''] * len(info['forms']) if info['numerus'] else ''
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def check(paths):
    ok = True
    for ts_path in paths:
        text = open(ts_path, encoding='utf-8').read()
        total = finished = 0
        for context, msg in messages(text):
            info = message_info(msg)
            if info['obsolete']:
                continue
            total += 1
            if info['unfinished']:
                continue
            finished += 1
            texts = info['forms'] if info['numerus'] else [info['text']]
            for t in texts:
                for p in problems(info['source'], t, numerus_form=info['numerus']):
                    ok = False
                    print(f'{ts_path}: [{context}] {info["source"]!r}: {p}')
        print(f'{ts_path}: {finished}/{total} finished')
    return ok


def main(argv):
    if len(argv) >= 3 and argv[1] == 'fill':
        overwrite = argv[2] == '--overwrite'
        args = argv[3:] if overwrite else argv[2:]
        return 0 if all([fill(args[0], ts, overwrite) for ts in args[1:]]) else 1
    if len(argv) == 3 and argv[1] == 'export':
        export(argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == 'check':
        return 0 if check(argv[2:]) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
