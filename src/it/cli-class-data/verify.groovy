// Octavo's own mvn package leaves a class-data archive beside the command-line jar. The JVM a build starts maps it:
// with -Xshare:on, a JVM that cannot map an archive stops, so these runs fail if it is stale or made otherwise.
def target = new File(basedir, '../..').canonicalFile
def jar = target.listFiles().find { it.name.endsWith('-cli.jar') }
assert jar != null : 'the command-line jar'
def archive = new File(target, jar.name.replace('.jar', '.jsa'))
assert archive.isFile() : "the class-data archive ${archive}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def options = ['-XX:+UseParallelGC', '-Xms640m', '-XX:NewSize=192m', '-XX:MaxNewSize=192m',
               '-XX:MaxTenuringThreshold=0', '-XX:MetaspaceSize=128m', '-XX:TieredStopAtLevel=1', '-Xmx850m']
def mapped = new ProcessBuilder([java] + options + ['-Xshare:on', "-XX:SharedArchiveFile=${archive}".toString(),
        '-Doctavo.forked=true', '-cp', jar.path, 'dev.octavo.cli.Main', 'build', 'manuscript', 'dist', '--quiet'])
        .directory(basedir).redirectErrorStream(true).start()
def output = mapped.inputStream.text
assert mapped.waitFor() == 0 : output
assert new File(basedir, 'dist/sach-thu-nghiem.pdf').isFile()
// java -jar with Java's defaults starts the build's JVM with the archive.
def started = new ProcessBuilder([java, '-jar', jar.path, 'build', 'manuscript', 'dist', '--verbose', '--force'])
        .directory(basedir).redirectErrorStream(true).start()
def log = started.inputStream.text
assert started.waitFor() == 0 : log
assert log.contains("-XX:SharedArchiveFile=${archive}") : log
return true
