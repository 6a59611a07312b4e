// styles/epub.css of the project replaces the house stylesheet; the templates still come from the jar.
import java.util.zip.ZipFile
def epub = new File(basedir, 'dist/sach-thu-nghiem.epub')
assert epub.isFile()
def zip = new ZipFile(epub)
try {
    def css = zip.getInputStream(zip.getEntry('EPUB/css/epub.css')).text
    assert css.contains('project-style-marker')
    assert zip.getEntry('EPUB/ch01.xhtml') != null
} finally {
    zip.close()
}
assert new File(basedir, 'dist/sach-thu-nghiem.pdf').isFile()
return true
