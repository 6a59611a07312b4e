// A book project with only manuscript/ and the plugin: mvn verify publishes both formats and EPUBCheck passes.
def dist = new File(basedir, 'dist')
assert new File(dist, 'sach-thu-nghiem.epub').isFile()
assert new File(dist, 'sach-thu-nghiem.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
assert log.contains('PDF: ')
assert !new File(basedir, 'styles').exists() : 'the house style comes from the jar'
// The print pagination is kept for the next build in target/octavo (octavo.cache), and nothing else is there.
def cache = new File(basedir, 'target/octavo')
assert cache.list() as List == ['sach-thu-nghiem.pagination']
assert new File(cache, 'sach-thu-nghiem.pagination').text.startsWith('octavo-pagination 2\ninputs ')
return true
