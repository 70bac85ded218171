#!/usr/bin/env python3
"""Writes src/EnergySaving.Api/Web/Ui.resx (English) and Ui.vi.resx (Vietnamese), the catalogue of each language,
from two tab-separated lists sorted by key: Web/Texts/ui-texts.tsv, the pages' own texts and the names of codes
("key (English)<TAB>Vietnamese[<TAB>English when it differs from the key]"), and Web/Texts/messages.tsv, the
messages' codes ("code<TAB>English<TAB>Vietnamese", holes {name} or {name:format}). Run it after adding a text."""
import html, os, sys
here = os.path.dirname(os.path.abspath(__file__))
web = os.path.dirname(here)
rows = []
for name in ('ui-texts.tsv', 'messages.tsv'):
  with open(os.path.join(here, name), encoding='utf-8') as f:
    for line in f:
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        parts = line.split('\t')
        if name == 'messages.tsv':
            # code TAB English TAB Vietnamese
            if len(parts) != 3: sys.exit(f'messages.tsv: expected code, English, Vietnamese: {line!r}')
            rows.append((parts[0], parts[2], parts[1]))
            continue
        en, vi = parts[0], parts[1]
        # English: a third column when given; for a code key ("kind:energy-manager") the code in words.
        shown = parts[2] if len(parts) > 2 else (en.split(':', 1)[1].replace('-', ' ') if ':' in en and ' ' not in en else en)
        rows.append((en, vi, shown))
keys = [en for en, _, _ in rows]
# Resource names are compared without case when the .resx is compiled: "New" and "new" would be one text.
# A lower-case word inside a sentence takes a code key instead ("word:key-facility", shown as "key facility").
folded = [k.lower() for k in keys]
dupes = {k for k in keys if folded.count(k.lower()) > 1}
if dupes: sys.exit(f'duplicate keys (compared without case): {sorted(dupes)}')
rows.sort(key=lambda r: r[0])
head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
def write(path, pick):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(head)
        for en, vi, shown in rows:
            value = pick(shown, vi)
            f.write(f'  <data name="{html.escape(en, quote=True)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n')
        f.write('</root>\n')
write(os.path.join(web, 'Ui.resx'), lambda shown, vi: shown)
write(os.path.join(web, 'Ui.vi.resx'), lambda shown, vi: vi)
print(f'{len(rows)} texts')
