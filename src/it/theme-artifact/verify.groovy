// The book was built with the installed theme: its stylesheet and title page template, the house's other templates.
import java.util.zip.ZipFile
def epub = new File(basedir, 'book/dist/sach-thu-nghiem.epub')
assert epub.isFile()
assert new File(basedir, 'book/dist/sach-thu-nghiem.pdf').isFile()
def zip = new ZipFile(epub)
try {
    def text = { name -> zip.getInputStream(zip.getEntry(name)).getText('UTF-8') }
    assert text('EPUB/css/epub.css').startsWith('/* plain-house: a theme of the integration test.')
    assert text('EPUB/titlepage.xhtml').contains('A plain-house book.')
    assert text('EPUB/ch01.xhtml').contains('<h1')
} finally {
    zip.close()
}
def log = new File(basedir, 'build.log').text
assert log.contains('PDF: ')
return true
