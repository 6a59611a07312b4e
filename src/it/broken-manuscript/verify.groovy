// A broken manuscript fails the build with a compiler-style message and publishes nothing. The goal builds in a
// JVM of its own (octavo.fork): its diagnostics reach Maven's log at their levels, and no stack trace does.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manuscript/01-mot.md:3:4: error: footnote [^7] is used but never defined')
assert log.contains('The manuscript has 1 error(s); nothing was published. First: manuscript/01-mot.md:3:4: error: footnote [^7] is used but never defined')
assert !(log =~ /\tat dev\.octavo\./) : 'no stack trace of Octavo'
assert !new File(basedir, 'dist').exists()
return true
