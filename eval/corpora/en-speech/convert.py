#!/usr/bin/env python3
"""Rebuild GUM speech documents as Bron articles: # text lines verbatim, # newpar starts a paragraph.

Usage: convert.py <GUM git dir> <commit> <out dir> <name,name,...>  (adapted from en-academic/convert.py)."""
import json, subprocess, sys
D, COMMIT, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
OUTLET = {
    'dataverse.harvard.edu': 'UN General Debate Corpus (Harvard Dataverse)', 'sayit.pdis.nat.gov.tw': 'SayIt, PDIS (Taiwan)',
    'files.ethz.ch': 'ETH Zurich ISN archive', 'speaker.gov': 'Office of the Speaker, U.S. House of Representatives',
    'congress.gov': 'Congressional Record', 'presidency.ucsb.edu': 'The American Presidency Project',
    'creativecommons.org': 'Creative Commons blog', 'whitehouse.gov': 'The White House',
    'parliament.nz': 'Hansard, New Zealand Parliament',
}
TITLE = {  # set by hand where GUM's title is misspelt
    'inauguration': 'Inaugural Address (Ronald Reagan)',
    'trump': 'Remarks Announcing Candidacy for President in New York City (Donald Trump)',
}
AUTHOR = {  # who speaks, as an admin would name them: by hand where GUM records an uploader or a publisher
    'nixon': 'Richard Nixon',
    'school': 'Joseph Tiampati',
    'trump': 'Donald Trump',
}
NAMES = sys.argv[4].split(',')
def git(*a): return subprocess.run(['git', '-C', D, *a], check=True, capture_output=True, text=True).stdout
for name in NAMES:
    path = f'not-to-release/sources/GUM_speech_{name}.conllu'
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
    note = (f"Document GUM_speech_{name} of UD_English-GUM (commit {COMMIT[:7]}, file last changed in {last}), "
            f"rebuilt from its # text lines in paragraph order; speaker(s) as GUM records them: {meta['author']} "
            f"(created {meta['dateCreated']}, modified {meta['dateModified']}, collected {meta['dateCollected']}).")
    fm = {'id': f'enspeech-{name}', 'title': TITLE.get(name, meta['title']), 'outlet': outlet,
          'date': meta['dateCreated'], 'language': 'en', 'url': url,
          'author': AUTHOR.get(name, meta['author']), 'note': note}
    head = '\n'.join(f'{k}: {json.dumps(v, ensure_ascii=False)}' for k, v in fm.items())
    open(f'{OUT}/enspeech-{name}.md', 'w').write(f'---\n{head}\n---\n{body}\n')
    print(name, len(body), len(paras), last)
