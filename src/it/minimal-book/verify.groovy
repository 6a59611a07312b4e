// A book project with only manuscript/ and the plugin: mvn verify publishes both formats and EPUBCheck passes.
def dist = new File(basedir, 'dist')
assert new File(dist, 'sach-thu-nghiem.epub').isFile()
assert new File(dist, 'sach-thu-nghiem.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
assert log.contains('PDF: ')
assert !new File(basedir, 'styles').exists() : 'the house style comes from the jar'
// The build writes its outputs and nothing else: no file of its own is kept in target/ for the next build.
assert !new File(basedir, 'target/octavo').exists()
assert dist.list() as Set == ['sach-thu-nghiem.epub', 'sach-thu-nghiem.pdf', '.octavo-build'] as Set
return true
