#!/usr/bin/env python3
"""Rebuild GUM academic documents as Bron articles: # text lines verbatim, # newpar starts a paragraph."""
import json, subprocess, sys
D, COMMIT, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
OUTLET = {
    'journals.plos.org': 'PLOS ONE', 'dh2017.adho.org': 'Digital Humanities 2017 (DH2017) abstracts, ADHO',
    'www.mdpi.com/2071-1050': 'Sustainability (MDPI)', 'www.mdpi.com/2504-3900': 'Proceedings (MDPI)',
    'www.mdpi.com/2072-4292': 'Remote Sensing (MDPI)', 'doi.org/10.1007/s11017': 'Theoretical Medicine and Bioethics',
    'onlinelibrary.wiley.com': 'Language Learning', 'iopscience.iop.org': 'IOP Conference Series: Earth and Environmental Science',
    'journals.linguisticsociety.org': 'Proceedings of the Linguistic Society of America',
}
NAMES = sys.argv[4].split(',')
def git(*a): return subprocess.run(['git', '-C', D, *a], check=True, capture_output=True, text=True).stdout
for name in NAMES:
    path = f'not-to-release/sources/GUM_academic_{name}.conllu'
    meta, paras = {}, []
    for line in git('show', f'{COMMIT}:{path}').splitlines():
        if line.startswith('# meta::'):
            k, _, v = line[8:].partition(' = '); meta[k] = v.strip()
        elif line == '# newpar':
            paras.append([])
        elif line.startswith('# text = '):
            if not paras: paras.append([])
            paras[-1].append(line[9:])
    body = '\n\n'.join(' '.join(p) for p in paras if p)
    url = meta['sourceURL']
    outlet = next(v for k, v in OUTLET.items() if k in url) + ', via GUM (UD_English-GUM)'
    last = git('log', '-1', '--format=%h', COMMIT, '--', path).strip()
    note = (f"Document GUM_academic_{name} of UD_English-GUM (commit {COMMIT[:7]}, file last changed in {last}), "
            f"rebuilt from its # text lines in paragraph order; by {meta['author']} (created {meta['dateCreated']}, "
            f"modified {meta['dateModified']}, collected {meta['dateCollected']}). CC BY 4.0.")
    fm = {'id': f'enacad-{name}', 'title': meta['title'], 'outlet': outlet, 'date': meta['dateCreated'],
          'language': 'en', 'url': url, 'note': note}
    head = '\n'.join(f'{k}: {json.dumps(v, ensure_ascii=False)}' for k, v in fm.items())
    open(f'{OUT}/enacad-{name}.md', 'w').write(f'---\n{head}\n---\n{body}\n')
    print(name, len(body), len(paras))
