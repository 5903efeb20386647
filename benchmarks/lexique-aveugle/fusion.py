"""Append helper-proposed forms to rules/lexique.yaml (text insertion after each concept's forms list).
usage: merge_lex.py LEXIQUE OUT additions.yaml... [--multi] (multi: keep only multi-word or proximity forms)"""
import sys, yaml, re, unicodedata
args=[a for a in sys.argv[1:] if not a.startswith('--')]
multi='--multi' in sys.argv
lex, out, adds = args[0], args[1], args[2:]
d=yaml.safe_load(open(lex))['concepts']
def fold(x): return ''.join(c for c in unicodedata.normalize('NFD',str(x).lower()) if unicodedata.category(c)!='Mn')
import glob, os
rules_dir=os.path.dirname(lex)
txt=' '.join(open(f).read() for f in glob.glob(os.path.join(rules_dir,'*.yaml')))
in_prox=set(re.findall(r'~\d+\s+[^\"\'\]]*?@([a-z0-9-]+)', txt))|set(re.findall(r'@([a-z0-9-]+)[^\"\'\],]*?~\d', txt))
new={}
for a in adds:
    for k,v in (yaml.safe_load(open(a)) or {}).get('additions',{}).items():
        if k not in d or not v: continue
        have={fold(f) for f in d[k]['forms']}|{fold(f) for f in new.get(k,[])}
        keep=[]
        for f in v:
            f=str(f)
            if fold(f) in have or f.startswith('re:'): continue
            if multi and ' ' not in f.strip() and '~' not in f: continue
            if '~' in f and k in in_prox: continue
            if '@' in f: continue
            keep.append(f); have.add(fold(f))
        if keep: new.setdefault(k,[]).extend(keep)
text=open(lex).read()
lines=text.split('\n')
# find each concept block "  name:" then its forms list end (line ending with ']' at forms indentation level)
out_lines=[]; i=0; cur=None; n=0
while i < len(lines):
    line=lines[i]
    m=re.match(r'^  ([a-z0-9-]+):\s*$', line)
    if m: cur=m.group(1)
    out_lines.append(line)
    if cur in new and re.match(r'^    forms:', line):
        # advance to end of forms list
        j=i
        while not lines[j].rstrip().endswith(']') or lines[j].lstrip().startswith('#'):
            j+=1; out_lines.append(lines[j])
        last=out_lines.pop()
        assert last.rstrip().endswith(']')
        import json
        items=[json.dumps(f, ensure_ascii=False) for f in new[cur]]
        out_lines.append(last.rstrip()[:-1] + ',')
        out_lines.append('            # forms proposed blind (a helper who had read neither the corpus nor the rules)')
        row='            '
        for k2,it in enumerate(items):
            piece=it+(', ' if k2<len(items)-1 else ']')
            if len(row)+len(piece)>112 and row.strip():
                out_lines.append(row.rstrip()); row='            '
            row+=piece
        out_lines.append(row.rstrip())
        n+=len(new[cur]); i=j; cur=None
    i+=1
open(out,'w').write('\n'.join(out_lines))
print('concepts', len(new), 'forms', n)
