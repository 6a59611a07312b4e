// A real book's project that only declares the plugin: figures in PNG, JPEG, GIF, WebP and SVG, cross-references
// between chapters, a code block, a table, footnotes and a glossary. mvn verify publishes both formats, EPUBCheck
// and veraPDF pass, and the print preflight reports the screenshots that print below 300 ppi.
def dist = new File(basedir, 'dist')
def log = new File(basedir, 'build.log').text
assert dist.list() as Set == ['chu-quoc-ngu-tren-may-tinh.epub', 'chu-quoc-ngu-tren-may-tinh.pdf', '.octavo-build'] as Set
assert log.contains('Manuscript: 3 chapters, 2 footnotes, 3 glossary terms')
// Six figures and the typographic cover.
assert log.contains('EPUB: 7 documents, 6 fonts, 7 images')
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
assert log.contains('manuscript/03-go-tieng-viet.md:5:1: warning: images/unikey.png prints at 106 ppi; print needs 300')
assert !log.contains('[ERROR]')
// The EPUB carries each image in its own format, SVG and WebP among them.
def epub = new java.util.zip.ZipFile(new File(dist, 'chu-quoc-ngu-tren-may-tinh.epub'))
def opf = epub.getInputStream(epub.getEntry('EPUB/package.opf')).text
['image/webp', 'image/svg+xml', 'image/gif', 'image/jpeg', 'image/png'].each { assert opf.contains(it) : it }
def ch01 = epub.getInputStream(epub.getEntry('EPUB/ch01.xhtml')).text
assert ch01.contains('<figcaption><span class="figure-label">Hình 1.1.</span> Bìa một cuốn sách')
def ch03 = epub.getInputStream(epub.getEntry('EPUB/ch03.xhtml')).text
assert ch03.contains('href="ch01.xhtml#dau-thanh-va-dau-phu"')
epub.close()
return true
