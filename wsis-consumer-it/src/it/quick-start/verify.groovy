// The quick start ran against the SDK from the invoker's repository and printed its report.
def log = new File(basedir, 'build.log').text
assert log.contains('/sdgs/0 WRONG_TYPE')
assert log.contains('/contributor/country COUNTRY_REQUIRED_FOR_GOVERNMENT')
assert log.contains('BUILD SUCCESS')
// Resolved from the repository, as a user's build would.
assert new File(basedir, '../../it-repo/io/github/wsis20/wsis-io').isDirectory()

// The BOM lists exactly the modules that are published, so that no list drifts.
def root = new File(basedir, '../../../..').canonicalFile
def modules = (new File(root, 'pom.xml').text =~ /<module>([^<]+)<\/module>/).collect { it[1] }
def published = modules.findAll { it != 'wsis-bom' && !new File(root, it + '/pom.xml').text.contains('<publish.skip>true</publish.skip>') }.sort()
def inBom = (new File(root, 'wsis-bom/pom.xml').text =~ /<artifactId>([^<]+)<\/artifactId>/).collect { it[1] }
    .findAll { it != 'wsis-bom' && it.startsWith('wsis-') }.sort()
assert published == inBom : "published modules ${published} but the BOM lists ${inBom}"
