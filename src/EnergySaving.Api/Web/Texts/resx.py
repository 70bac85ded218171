#!/usr/bin/env python3
"""Writes src/EnergySaving.Api/Web/Ui.resx (English: the keys) and Ui.vi.resx (Vietnamese) from a
tab-separated list "English<TAB>Vietnamese" (Web/Texts/ui-texts.tsv), sorted by key. Run it after adding a text."""
import html, os, sys
here = os.path.dirname(os.path.abspath(__file__))
web = os.path.dirname(here)
rows = []
with open(os.path.join(here, 'ui-texts.tsv'), encoding='utf-8') as f:
    for line in f:
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        en, vi = line.split('\t')
        rows.append((en, vi))
keys = [en for en, _ in rows]
dupes = {k for k in keys if keys.count(k) > 1}
if dupes: sys.exit(f'duplicate keys: {dupes}')
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
        for en, vi in rows:
            value = pick(en, vi)
            if en.startswith(('sector:', 'kind:', 'status:')) and pick(en, vi) == en:
                value = en.split(':', 1)[1]  # English names of codes: the code itself, readable
            f.write(f'  <data name="{html.escape(en, quote=True)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n')
        f.write('</root>\n')
write(os.path.join(web, 'Ui.resx'), lambda en, vi: en)
write(os.path.join(web, 'Ui.vi.resx'), lambda en, vi: vi)
print(f'{len(rows)} texts')
