// The init goal made a book project, and mvn verify in it published both formats and checked them clean.
def made = new File(basedir, 'made')
['pom.xml', '.gitignore', '.mvn/jvm.config', 'manuscript/book.yaml', 'manuscript/01-getting-started.md',
 'manuscript/glossary.md', 'manuscript/images/pipeline.svg'].each { assert new File(made, it).isFile() : it }
assert new File(made, 'dist/a-book-of-my-own.epub').isFile()
assert new File(made, 'dist/a-book-of-my-own.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('A new book project in ')
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
return true
