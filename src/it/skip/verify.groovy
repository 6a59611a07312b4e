// -Doctavo.skip: nothing is published.
assert !new File(basedir, 'dist').exists()
assert new File(basedir, 'build.log').text.contains('Octavo: skipped (octavo.skip)')
return true
