// A broken manuscript fails the build with a compiler-style message and publishes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manuscript/01-mot.md:3:4: error: footnote [^7] is used but never defined')
assert !new File(basedir, 'dist').exists()
return true
