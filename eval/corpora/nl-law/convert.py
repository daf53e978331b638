#!/usr/bin/env python3
"""Rebuild the nl-law articles from statengeneraal/laws-markdown (Dutch laws as Markdown).

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
    ('zondagswet', 'Zondagswet', 'wet/zondagswet/BWBR0002120/README.md'),
    ('winkeltijdenwet', 'Winkeltijdenwet', 'wet/winkeltijdenwet/BWBR0007952/README.md'),
    ('algemene-termijnenwet', 'Algemene termijnenwet', 'wet/algemene/termijnenwet/BWBR0002448/README.md'),
    ('spellingwet', 'Spellingwet', 'wet/spellingwet/BWBR0018784/README.md'),
    ('wet-op-de-adeldom', 'Wet op de adeldom', 'wet/wet/op/de/adeldom/BWBR0006667/README.md'),
    ('pelsdierhouderij', 'Wet verbod pelsdierhouderij', 'wet/wet/verbod/pelsdierhouderij/BWBR0032739/README.md'),
    ('lidmaatschap-koninklijk-huis', 'Wet lidmaatschap koninklijk huis',
     'wet/wet/lidmaatschap/koninklijk/huis/BWBR0013729/README.md'),
    ('identificatieplicht', 'Wet op de identificatieplicht',
     'wet/wet/op/de/identificatieplicht/BWBR0006297/README.md'),
    ('hamsterwet', 'Hamsterwet', 'wet/hamsterwet/BWBR0002389/README.md'),
    ('territoriale-zee', 'Wet grenzen Nederlandse territoriale zee',
     'wet/wet/grenzen/nederlandse/territoriale/zee/BWBR0003748/README.md'),
    ('staatsgeheimen', 'Wet bescherming staatsgeheimen', 'wet/wet/bescherming/staatsgeheimen/BWBR0002074/README.md'),
    ('rapporteur-mensenhandel', 'Wet Nationaal rapporteur mensenhandel en seksueel geweld tegen kinderen',
     'wet/wet/nationaal/rapporteur/mensenhandel/en/seksueel/geweld/tegen/kinderen/BWBR0034176/README.md'),
    ('testamentenregister', 'Wet op het centraal testamentenregister',
     'wet/wet/op/het/centraal/testamentenregister/BWBR0003080/README.md'),
    ('boswet', 'Boswet', 'wet/boswet/BWBR0002357/README.md'),
    ('rechten-burgerlijke-stand', 'Wet rechten burgerlijke stand',
     'wet/wet/rechten/burgerlijke/stand/BWBR0001851/README.md'),
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
                'Dutch statute law: no copyright (Auteurswet art. 11).')
        front = [
            '---',
            f'id: "nllaw-{slug}"',
            f'title: "{title}"',
            'outlet: "Basiswettenbestand (wetten.overheid.nl), via statengeneraal/laws-markdown"',
            f'date: "{version}"',
            'language: "nl"',
            f'url: "{REPO_URL}/{COMMIT}/{path}"',
            'note: "' + note.replace('"', "'") + '"',
            '---',
        ]
        (out / f'nllaw-{slug}.md').write_text('\n'.join(front) + '\n' + body + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
