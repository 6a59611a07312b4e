// The import goal replaced the new project's manuscript with pandoc's EPUB 3, and mvn verify in the project
// published both formats of it and checked them clean.
def made = new File(basedir, 'made')
['manuscript/book.yaml', 'manuscript/01-the-rock.md', 'manuscript/02-the-winter.md', 'manuscript/IMPORT.md',
 'manuscript/images/file0.png'].each { assert new File(made, it).isFile() : it }
assert !new File(made, 'manuscript/01-getting-started.md').exists() : 'the starter manuscript was replaced whole'
assert new File(made, 'manuscript/01-the-rock.md').text.contains('[^1]: The wind that spring came from the east')
assert new File(made, 'dist/the-lighthouse-keeper.epub').isFile()
assert new File(made, 'dist/the-lighthouse-keeper.pdf').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Import: 2 chapters, 3 notes, 0 glossary terms, 1 image')
assert log.contains('EPUBCheck: 0 errors, 0 warnings')
assert log.contains('veraPDF: PDF/A-3u and PDF/UA-1, 0 failed rules')
return true
