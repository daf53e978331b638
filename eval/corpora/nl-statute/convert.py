#!/usr/bin/env python3
"""Rebuild the nl-statute articles from statengeneraal/laws-markdown (Dutch laws as Markdown).

Usage: python3 convert.py /path/to/laws-markdown/git-dir  (a bare or normal clone; read with git show)

Each law is read at the repository commit below. The Markdown is reduced to plain text: the <meta> line is dropped,
heading marks (##, ###, ####) and emphasis stars are removed, links keep their text, <sup> tags keep their text, runs
of spaces inside a line become one space and trailing spaces go. Nothing else is changed: every word stays verbatim.
"""
import re
import subprocess
import sys
from pathlib import Path

COMMIT = '91556a80a25a3da4234c8039945c6aeef4108d00'
REPO_URL = 'https://github.com/statengeneraal/laws-markdown/blob'
# id suffix, short title, path
LAWS = [
    ('openbare-manifestaties', 'Wet openbare manifestaties', 'wet/wet/openbare/manifestaties/BWBR0004318/README.md'),
    ('schuldhulpverlening', 'Wet gemeentelijke schuldhulpverlening',
     'wet/wet/gemeentelijke/schuldhulpverlening/BWBR0031331/README.md'),
    ('bekendmakingswet', 'Bekendmakingswet', 'wet/bekendmakingswet/BWBR0004287/README.md'),
    ('wrakkenwet', 'Wrakkenwet', 'wet/wrakkenwet/BWBR0001963/README.md'),
    ('onderwijsraad', 'Wet op de Onderwijsraad', 'wet/wet/op/de/onderwijsraad/BWBR0008683/README.md'),
    ('antidiscriminatievoorzieningen', 'Wet gemeentelijke antidiscriminatievoorzieningen',
     'wet/wet/gemeentelijke/antidiscriminatievoorzieningen/BWBR0026168/README.md'),
    ('handelsnaamwet', 'Handelsnaamwet', 'wet/handelsnaamwet/BWBR0001906/README.md'),
    ('tabaksprodukten', 'Besluit beperking verkoop en gebruik tabaksprodukten',
     'AMvB/besluit/beperking/verkoop/en/gebruik/tabaksprodukten/BWBR0004685/README.md'),
    ('boete-drank-horecawet', 'Besluit bestuurlijke boete Drank- en Horecawet',
     'AMvB/besluit/bestuurlijke/boete/drank-/en/horecawet/BWBR0017606/README.md'),
    ('waakhond', 'Besluit inzake het houden van een waak- of heemhond',
     'AMvB/besluit/inzake/het/houden/van/een/waak-/of/heemhond/BWBR0002394/README.md'),
    ('minimumjeugdloon', 'Besluit minimumjeugdloonregeling', 'AMvB/besluit/minimumjeugdloonregeling/BWBR0003599/README.md'),
    ('kansspelenbesluit', 'Kansspelenbesluit', 'AMvB/kansspelenbesluit/BWBR0009067/README.md'),
    ('euromunten', 'Besluit bijzondere euromunten', 'AMvB/besluit/bijzondere/euromunten/BWBR0013337/README.md'),
    ('geluid-bromfietsen', 'Besluit geluidproduktie bromfietsen',
     'AMvB/besluit/geluidproduktie/bromfietsen/BWBR0003834/README.md'),
    ('donorregister', 'Besluit donorregister', 'AMvB/besluit/donorregister/BWBR0009352/README.md'),
]


def git(gitdir: str, *args: str) -> str:
    return subprocess.run(['git', '--git-dir', gitdir, *args], check=True, capture_output=True, text=True).stdout


def plain(md: str) -> tuple[str, str]:
    lines = []
    heading = ''
    for raw in md.splitlines():
        if raw.startswith('<meta '):
            continue
        line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', raw)
        line = re.sub(r'</?sup>', '', line)
        line = re.sub(r'^#+\s*', '', line)
        line = line.replace('*', '')
        line = re.sub(r'[ \t]+', ' ', line).strip()
        if not heading and raw.startswith('##') and not raw.startswith('###'):
            heading = line
        lines.append(line)
    text = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip()
    return heading, text


def main() -> None:
    gitdir = sys.argv[1]
    out = Path(__file__).resolve().parent / 'articles'
    out.mkdir(exist_ok=True)
    for slug, title, path in LAWS:
        md = git(gitdir, 'show', f'{COMMIT}:{path}')
        # The commit message of the last change to the file is the date of the law's version (repository README).
        version = git(gitdir, 'log', '-1', '--format=%s', COMMIT, '--', path).strip()
        bwb = path.split('/')[-2]
        heading, body = plain(md)
        note = (f'{bwb}, {heading[:120]}{"…" if len(heading) > 120 else ""} Text of the version of {version} as '
                f'statengeneraal/laws-markdown stores it (commit {COMMIT[:7]}), Markdown reduced to plain text. '
                'Dutch statute or decree: no copyright (Auteurswet art. 11).')
        front = [
            '---',
            f'id: "nlstat-{slug}"',
            f'title: "{title}"',
            'outlet: "Basiswettenbestand (wetten.overheid.nl), via statengeneraal/laws-markdown"',
            f'date: "{version}"',
            'language: "nl"',
            f'url: "{REPO_URL}/{COMMIT}/{path}"',
            'note: "' + note.replace('"', "'") + '"',
            '---',
        ]
        (out / f'nlstat-{slug}.md').write_text('\n'.join(front) + '\n' + body + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
