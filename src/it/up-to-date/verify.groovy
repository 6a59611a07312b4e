// Three builds of an unchanged book (invoker.properties): made, then found up to date, then made again as forced.
def dist = new File(basedir, 'dist')
assert dist.list() as Set == ['sach-thu-nghiem.epub', 'sach-thu-nghiem.pdf', '.octavo-build'] as Set
def goals = new File(basedir, 'build.log').text.split(/--- octavo:[^\n]*:build/).drop(1)
assert goals.size() >= 3 : 'three runs of the goal'
assert goals[0].contains('PDF: ') && !goals[0].contains('Up to date')
def upToDate = goals[1] =~ /Up to date: dist\/sach-thu-nghiem.epub, dist\/sach-thu-nghiem.pdf \(made from these very inputs; checked in (\d+\.\d+) s\)/
assert upToDate.find() : goals[1]
assert (upToDate.group(1) as double) < 0.3 : 'the goal finds an unchanged book up to date in under 0.3 s'
assert !goals[1].contains('PDF: ')
assert goals[2].contains('PDF: ') && !goals[2].contains('Up to date') : '-Doctavo.force builds'
return true
