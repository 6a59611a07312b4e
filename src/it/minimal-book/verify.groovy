// A book project with only manuscript/ and the plugin: mvn verify publishes the EPUB, the PDF and the print cover
// (octavo.formats in its pom), EPUBCheck passes, and veraPDF checks each PDF against what it claims: the interior PDF/A-3u
// and PDF/UA-1, the untagged cover PDF/A-3u alone.
def dist = new File(basedir, 'dist')
assert new File(dist, 'sach-thu-nghiem.epub').isFile()
assert new File(dist, 'sach-thu-nghiem.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
assert log.contains('veraPDF: PDF/A-3u, 0 failed rules')
assert log.contains('PDF: ')
assert !new File(basedir, 'styles').exists() : 'the house style comes from the jar'
// The build writes its outputs and nothing else: no file of its own is kept in target/ for the next build.
assert !new File(basedir, 'target/octavo').exists()
assert dist.list() as Set == ['sach-thu-nghiem.epub', 'sach-thu-nghiem.pdf', 'sach-thu-nghiem-cover.pdf',
                              '.octavo-build'] as Set
return true
