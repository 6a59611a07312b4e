// attach=true: mvn install puts the book into the local repository as artifacts of type epub and pdf.
def dir = new File(localRepositoryPath, 'dev/octavo/it/attach-install/1.0')
assert new File(dir, 'attach-install-1.0.epub').isFile()
assert new File(dir, 'attach-install-1.0.pdf').isFile()
return true
