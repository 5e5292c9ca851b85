# re: str patterns work on code points (UTF-8 internally): spans, classes, case folding
import re

s = 'héllo wörld €uro 日本語 text'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group())
p = re.compile(r'\w+')
print(p.search(s, 2), p.search(s, 7, 9), p.findall(s, 1, 12), p.match(s, 6))
print(re.sub(r'ö|é', '_', s), re.split(r'\s', s), re.subn('', '|', 'éa'))
print(re.findall('(?<=€)\\w', s), re.search('.語', s).span(), re.search('(日)(本)', s).regs)
print(re.findall('[^a-z ]', s), re.findall('[à-ÿ]', s), re.findall('[€日]', s))
print(re.findall('(?i)é', 'ÉéE'), re.findall('(?i)[à-ÿ]+', 'ÀÉé'), re.sub('(?i)ü', 'u', 'ÜBER über'))
print(re.findall(r'\d', '١٢3'), re.findall(r'(?a)\d', '١٢3'), re.findall(r'\w+', 'naïve café'), re.findall(r'(?a)\w+', 'naïve'))
print(re.search(r'\u65e5', s).span(), re.search(r'\U0001F600', 'x😀').span(), re.search('😀+', 'a😀😀b').span(), re.findall('.', '😀a'))
print(re.findall(r'\s', 'a\u2003b\x1cc'), re.findall(r'\S+', 'a\u00a0b'), re.findall(r'\b\w', 'élan ürün'))
print(re.match('(?i)ΣΑΣ', 'σας'), re.fullmatch('.{3}', '日本語'), re.fullmatch('.{3}', '日本'))
print(repr(re.search('€+', 'x€€y')), len(re.sub('.', 'ab', '日本語')), re.escape('日本.'))
print(re.split('(?<=語)', '日本語です'), re.sub('(?<=本)', '|', '日本語'))
